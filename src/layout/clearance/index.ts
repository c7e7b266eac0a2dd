export { clashingDoors, type DoorClash, doorClashIssues } from './door-clash';
export { doorSwingPolygon } from './door-swing';
export { type FindClearanceOptions, findClearanceIssues } from './find-issues';
export { openingMisfit, openingMisfitIssues } from './opening-fit';
export { openingOverlapIssues, openingsOverlap, overlappingPairs } from './opening-overlap';
export { outsideRoomIssues } from './outside-room';
export {
  type ClearanceIssue,
  type ClearanceKind,
  type ClearanceOptions,
  defaultClearanceOptions,
  messageKeys as clearanceMessageKeys,
} from './types';
export { isFloorObstacle, walkwayIssues } from './walkway';
export {
  WINDOW_COVER_LIMIT,
  WINDOW_ZONE_DEPTH,
  windowBlockedIssues,
} from './window-light';
export { type ClearanceZone, clearanceZones } from './zones';
