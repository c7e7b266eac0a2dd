import { MAX_ASSET_BYTES } from '../../core/events/schemas';
import { err, ok, type Result } from '../../core/result';
import { computeGlbFootprint } from '../../layout/glb';
import { select } from '../editor-state';
import { newId } from '../ids';
import type { OfficeStore } from '../office-store';
import type { AppReason, Problem } from '../problem';
import { asGesture } from './gesture';

/** Base64 without a per-character string build-up (files of megabytes). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Imports a user's GLB as an asset and places it, as one gesture. The
 * footprint comes from the model's bounds; nothing is placed if the file
 * is not a readable GLB.
 */
export function importGlbItem(
  store: OfficeStore,
  name: string,
  bytes: Uint8Array,
  scale = 1,
): Result<string, Problem> {
  const refuse = (reason: AppReason) => err<Problem>({ kind: 'app', reason });
  if (bytes.byteLength > MAX_ASSET_BYTES) {
    const mb = (bytes.byteLength / 1048576).toFixed(1);
    return refuse({ code: 'modelTooLarge', params: { mb, limitMb: MAX_ASSET_BYTES / 1048576 } });
  }
  const fp = computeGlbFootprint(bytes, scale);
  if (!fp.ok) return err({ kind: 'glb', error: fp.error });
  const { size, offset } = fp.value;
  if (size.width > 12 || size.depth > 12 || size.height > 5) {
    const m = (n: number) => n.toFixed(2);
    const params = { width: m(size.width), depth: m(size.depth), height: m(size.height) };
    return refuse({ code: 'modelTooBig', params });
  }
  const assetId = `asset-${newId().slice(0, 8)}`;
  const id = `custom-${newId().slice(0, 8)}`;
  const clamp = (n: number) => Math.max(0.01, Math.round(n * 1e4) / 1e4);
  const r = store.edit(
    asGesture([
      {
        type: 'AssetImported',
        payload: {
          asset: {
            id: assetId,
            name: name.slice(0, 200),
            mime: 'model/gltf-binary',
            bytes: bytes.byteLength,
            dataBase64: toBase64(bytes),
            scale,
            size: {
              width: clamp(size.width),
              depth: clamp(size.depth),
              height: clamp(size.height),
            },
            offset: offset.map((o) => Math.round(o * 1e4) / 1e4) as [number, number, number],
          },
        },
      },
      {
        type: 'ItemPlaced',
        payload: {
          item: {
            id,
            kind: 'customModel',
            x: 0,
            z: 0,
            rotation: 0,
            elevation: 0,
            parentId: null,
            assetId,
            // The item is named like the thing, not the file: "chair.glb" places "chair".
            label: (name.replace(/\.glb$/i, '').trim() || name).slice(0, 200),
            size: {
              width: clamp(size.width),
              depth: clamp(size.depth),
              height: clamp(size.height),
            },
          },
        },
      },
    ]),
  );
  if (!r.ok) return r;
  select([id]);
  return ok(id);
}
