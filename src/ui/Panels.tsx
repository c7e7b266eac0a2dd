import { BranchPanel } from './BranchPanel';
import { CatalogPanel } from './CatalogPanel';
import { ChecksPanel } from './ChecksPanel';
import { DevicesPanel } from './DevicesPanel';
import { FileActions } from './FileActions';
import { Inspector } from './Inspector';
import { ItemsPanel } from './ItemsPanel';
import { RoomPanel } from './RoomPanel';
import { TimelinePanel } from './TimelinePanel';

/**
 * The editing panels, loaded after the first frame (see App): the room
 * shows before the catalog and inspector code arrives.
 */
export function LeftPanels() {
  return (
    <>
      <RoomPanel />
      <CatalogPanel />
    </>
  );
}

export function RightPanels() {
  return (
    <>
      <ItemsPanel />
      <Inspector />
      <ChecksPanel />
      <DevicesPanel />
      <TimelinePanel />
      <BranchPanel />
    </>
  );
}

export { FileActions };
