import { Canvas } from '@react-three/fiber';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { DRAG_MIME, select } from '../app/editor-state';
import type { OfficeStore } from '../app/office-store';
import { OfficeStoreContext, useOffice } from '../app/use-office';

import { BinderLights } from './BinderLights';
import { Bridge } from './Bridge';
import { CameraRig, type ViewMode } from './CameraRig';
import { DeviceLightsGate } from './DeviceLightsGate';
import { EditorAids } from './EditorAids';
import { FrameProbe } from './FrameProbe';
import { Items } from './Items';
import { editor } from './lazy-editor';
import { PlanOpenings } from './PlanOpenings';
import { RoomShell } from './RoomShell';
import { floorPointAt } from './viewport-bridge';

export type { ViewMode };

/**
 * The 3D viewport. The canvas mounts at once, while the log is still being
 * opened (so the GPU's start-up overlaps it); the room appears when the
 * store is ready. Renders on demand: an idle room draws no frames.
 */
export function Viewport({ mode }: { mode: ViewMode }) {
  const { t } = useTranslation();
  const store = useContext(OfficeStoreContext);
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
        if (!kind || !at || !store) return;
        e.preventDefault();
        editor()?.placeKind(store, kind, at);
      }}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: true, preserveDrawingBuffer: import.meta.env.MODE === 'test' }}
        onPointerMissed={() => select([])}
        onCreated={() => performance.mark('hos:canvas-created')}
      >
        <color attach="background" args={['#f6f3ee']} />
        {store && <SceneContent mode={mode} store={store} />}
      </Canvas>
    </div>
  );
}

function SceneContent({ mode, store }: { mode: ViewMode; store: OfficeStore }) {
  const room = useOffice((v) => v.state.room);
  return (
    <>
      <CameraRig mode={mode} room={room} />
      <hemisphereLight args={['#fffaf0', '#8c8070', 1.1]} />
      <directionalLight position={[3, 6, 4]} intensity={1.6} />
      <RoomShell />
      {mode === 'plan' && <PlanOpenings />}
      <Items />
      <BinderLights />
      <DeviceLightsGate />
      <EditorAids />
      <FrameProbe store={store} />
      <Bridge />
    </>
  );
}
