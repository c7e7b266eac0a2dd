import { EDITOR_AIDS } from './editor-aids';
import { useEditor } from './lazy-editor';
import { Markers } from './Markers';
import { PolygonDrawer } from './PolygonDrawer';
import { RoomHandles } from './RoomHandles';
import { RotateHandle } from './RotateHandle';

/**
 * Every editing aid, in one group beside the room and its items: the exports
 * leave this group out (export-view.ts), so an aid drawn anywhere else would
 * end up in the user's PNG and GLB.
 */
export function EditorAids() {
  // Handles come with the editor's code, after the first frame: their
  // material is one shader program fewer to compile before the room shows.
  const editing = useEditor() !== null;
  return (
    <group name={EDITOR_AIDS}>
      <Markers />
      {editing && (
        <>
          <RotateHandle />
          <RoomHandles />
          <PolygonDrawer />
        </>
      )}
    </group>
  );
}
