// The startup baseline: the smallest @react-three/fiber page, one lit box.
// It marks `hos:first-frame` after its first rendered frame, as the app does,
// so test/bench/startup.bench.ts can compare the two.
import { Canvas } from '@react-three/fiber';
import { StrictMode, useRef } from 'react';
import { createRoot } from 'react-dom/client';

function Box() {
  const marked = useRef(false);
  return (
    <mesh
      rotation={[0.4, 0.6, 0]}
      onAfterRender={() => {
        if (marked.current) return;
        marked.current = true;
        performance.mark('hos:first-frame');
      }}
    >
      <boxGeometry args={[1, 1, 1]} />
      <meshStandardMaterial color="#b07a4a" />
    </mesh>
  );
}

const root = document.getElementById('root');
if (root === null) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Canvas frameloop="demand" camera={{ position: [2, 2, 3] }}>
      <ambientLight intensity={0.5} />
      <directionalLight position={[3, 5, 2]} />
      <Box />
    </Canvas>
  </StrictMode>,
);
