import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { Canvas } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { useOffice, useOfficeStore } from '../app/use-office';
import { FrameProbe } from './FrameProbe';
import { Items } from './Items';
import { RoomShell } from './RoomShell';

export type ViewMode = '3d' | 'plan';

/**
 * The 3D viewport. Renders on demand: an idle room draws no frames; React
 * updates to the scene invalidate it.
 */
export function Viewport({ mode }: { mode: ViewMode }) {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const room = useOffice((v) => v.state.room);
  const span = Math.max(room.width, room.depth);
  return (
    <div
      className="viewport"
      data-testid="viewport"
      role="img"
      aria-label={mode === 'plan' ? t('scene.viewportPlan') : t('scene.viewport')}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: true, preserveDrawingBuffer: import.meta.env.MODE === 'test' }}
      >
        <color attach="background" args={['#f6f3ee']} />
        {mode === '3d' ? (
          <PerspectiveCamera
            makeDefault
            fov={45}
            position={[span * 0.95, span * 1.05, span * 1.25]}
            near={0.05}
            far={100}
          />
        ) : (
          <OrthographicCamera makeDefault position={[0, 20, 0]} zoom={60} near={0.1} far={100} />
        )}
        <OrbitControls
          key={mode}
          makeDefault
          target={[0, mode === '3d' ? 0.6 : 0, 0]}
          enableRotate={mode === '3d'}
          maxPolarAngle={Math.PI / 2.05}
        />
        <hemisphereLight args={['#fffaf0', '#8c8070', 1.1]} />
        <directionalLight position={[3, 6, 4]} intensity={1.6} />
        <RoomShell />
        <Items />
        <FrameProbe store={store} />
      </Canvas>
    </div>
  );
}
