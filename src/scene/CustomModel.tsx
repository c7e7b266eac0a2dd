import { useEffect, useState } from 'react';
import type * as THREE from 'three';
import { useOffice, useOfficeStore } from '../app/use-office';
import type { AssetInfo, Size3 } from '../core/office-state';
import { loadEditor } from './lazy-editor';

const loaded = new Map<string, Promise<THREE.Object3D>>();

/** Parses an asset's GLB once (the loader is fetched on demand, from the bundle). */
function loadAsset(id: string, base64: string): Promise<THREE.Object3D> {
  let p = loaded.get(id);
  if (!p) {
    p = Promise.all([import('three/examples/jsm/loaders/GLTFLoader.js'), loadEditor()]).then(
      ([{ GLTFLoader }, rt]) => {
        const bytes = rt.fromBase64(base64);
        return new GLTFLoader()
          .parseAsync(bytes.buffer as ArrayBuffer, '')
          .then((gltf) => gltf.scene);
      },
    );
    loaded.set(id, p);
  }
  return p;
}

/**
 * A user's model, scaled to the item's size (the inspector resizes it).
 * Clones share the parsed geometry and materials, so ten copies of one
 * model hold one set of GPU buffers.
 */
export function CustomModel({ asset, size }: { asset: AssetInfo; size: Size3 }) {
  const store = useOfficeStore();
  const [object, setObject] = useState<THREE.Object3D | null>(null);
  // An import older than the stored snapshot is found once the older events are in.
  const loaded = useOffice((v) => v.historyLoaded);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `loaded` means more events to search
  useEffect(() => {
    const e = store.workspace.current.log
      .loaded()
      .find(
        (ev) =>
          ev.type === 'AssetImported' &&
          (ev.payload as { asset: { id: string } }).asset.id === asset.id,
      );
    if (!e) return;
    let live = true;
    const data = (e.payload as { asset: { dataBase64: string } }).asset.dataBase64;
    loadAsset(asset.id, data)
      .then((o) => {
        if (live) setObject(o.clone());
      })
      .catch(() => {
        // An unreadable model stays a placeholder box; the item is still in the layout.
      });
    return () => {
      live = false;
    };
  }, [asset.id, store, loaded]);
  const k: [number, number, number] = [
    size.width / asset.size.width,
    size.height / asset.size.height,
    size.depth / asset.size.depth,
  ];
  if (!object) {
    return (
      <mesh position={[0, size.height / 2, 0]}>
        <boxGeometry args={[size.width, size.height, size.depth]} />
        <meshStandardMaterial color="#9aa3ad" transparent opacity={0.5} />
      </mesh>
    );
  }
  return (
    <primitive
      object={object}
      scale={[asset.scale * k[0], asset.scale * k[1], asset.scale * k[2]]}
      position={[asset.offset[0] * k[0], asset.offset[1] * k[1], asset.offset[2] * k[2]]}
    />
  );
}
