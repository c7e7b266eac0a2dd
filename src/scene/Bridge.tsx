import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { viewportBridge } from './viewport-bridge';

export function Bridge() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    viewportBridge.camera = camera;
    viewportBridge.canvas = gl.domElement;
    viewportBridge.scene = scene;
    viewportBridge.render = () => gl.render(scene, camera);
    return () => {
      viewportBridge.camera = null;
      viewportBridge.canvas = null;
      viewportBridge.scene = null;
      viewportBridge.render = null;
    };
  }, [camera, gl, scene]);
  return null;
}
