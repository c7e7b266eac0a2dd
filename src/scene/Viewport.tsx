import { Canvas } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { DRAG_MIME, select } from '../app/editor-state';
import { useOffice, useOfficeStore } from '../app/use-office';

import { BinderLights } from './BinderLights';
import { Bridge } from './Bridge';
import { CameraRig, type ViewMode } from './CameraRig';
import { FrameProbe } from './FrameProbe';
import { Items } from './Items';
import { editor } from './lazy-editor';
import { RoomHandles } from './RoomHandles';
import { RoomShell } from './RoomShell';
import { RotateHandle } from './RotateHandle';
import { floorPointAt } from './viewport-bridge';

export type { ViewMode };

/**
 * The 3D viewport. Renders on demand: an idle room draws no frames; React
 * updates to the scene invalidate it.
 */
export function Viewport({ mode }: { mode: ViewMode }) {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const room = useOffice((v) => v.state.room);
  return (
    <div
      className="viewport"
      data-testid="viewport"
      role="img"
      aria-label={mode === 'plan' ? t('scene.viewportPlan') : t('scene.viewport')}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(DRAG_MIME)) e.preventDefault();
      }}
      onDrop={(e) => {
        const kind = e.dataTransfer.getData(DRAG_MIME);
        const at = floorPointAt(e.clientX, e.clientY);
        if (!kind || !at) return;
        e.preventDefault();
        editor()?.placeKind(store, kind, at);
      }}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: true, preserveDrawingBuffer: import.meta.env.MODE === 'test' }}
        onPointerMissed={() => select([])}
      >
        <color attach="background" args={['#f6f3ee']} />
        <CameraRig mode={mode} room={room} />
        <hemisphereLight args={['#fffaf0', '#8c8070', 1.1]} />
        <directionalLight position={[3, 6, 4]} intensity={1.6} />
        <RoomShell />
        <Items />
        <BinderLights />
        <RotateHandle />
        <RoomHandles />
        <FrameProbe store={store} />
        <Bridge />
      </Canvas>
    </div>
  );
}
