import type { Vec2 } from '../geometry/vec';

export type ClearanceKind =
  | 'doorSwing'
  | 'chairPullOut'
  | 'frontAccess'
  | 'walkway'
  | 'outsideRoom'
  /** A door or window past the end of its wall (the room was made narrower). */
  | 'openingOffWall'
  /** A door or window above the ceiling (the room was made lower). */
  | 'openingTooTall'
  /** Two doors or windows on one wall overlapping along it and in height (a file from before the rule). */
  | 'openingsOverlap'
  /** Something tall standing in front of a window, hiding much of its glass. */
  | 'windowBlocked'
  /** Two doors whose leaves sweep the same floor (near a corner, or across a narrow room). */
  | 'doorsClash';

export interface ClearanceIssue {
  readonly kind: ClearanceKind;
  /** The item whose clearance is blocked first, then what blocks it (if an item); none for an opening's own issue. */
  readonly itemIds: readonly string[];
  /** i18n key, `clearance.<kind>`; the UI translates and may interpolate the names. */
  readonly messageKey: string;
  /** Where to draw the marker on the floor. */
  readonly where: Vec2;
  /**
   * The door whose swing is blocked (doorSwing), the opening that does not
   * fit (opening*), or the first of two that overlap (openingsOverlap) or
   * clash (doorsClash).
   */
  readonly openingId?: string;
  /** The second of the two, in the room's order (openingsOverlap and doorsClash only). */
  readonly otherOpeningId?: string;
  /** Measured width of a too-narrow walkway, metres (walkway only). */
  readonly gap?: number;
}

export interface ClearanceOptions {
  /** Narrowest comfortable walkway; narrower gaps are flagged. */
  readonly minWalkway: number;
  /**
   * Gaps narrower than this are taken as deliberate (a desk a hand's width
   * off the wall for cables), not as a walkway anyone would try to use.
   */
  readonly ignoreGapBelow: number;
  /** Width of the zone a desk chair needs to roll back into. */
  readonly chairZoneWidth: number;
  /** Height of a seated person: what the chair pull-out zone must keep free. */
  readonly chairZoneHeight: number;
}

export const defaultClearanceOptions: ClearanceOptions = {
  minWalkway: 0.6,
  ignoreGapBelow: 0.15,
  chairZoneWidth: 0.9,
  chairZoneHeight: 1.1,
};

export const messageKeys: Readonly<Record<ClearanceKind, string>> = {
  doorSwing: 'clearance.doorSwing',
  chairPullOut: 'clearance.chairPullOut',
  frontAccess: 'clearance.frontAccess',
  walkway: 'clearance.walkway',
  outsideRoom: 'clearance.outsideRoom',
  openingOffWall: 'clearance.openingOffWall',
  openingTooTall: 'clearance.openingTooTall',
  openingsOverlap: 'clearance.openingsOverlap',
  windowBlocked: 'clearance.windowBlocked',
  doorsClash: 'clearance.doorsClash',
};
