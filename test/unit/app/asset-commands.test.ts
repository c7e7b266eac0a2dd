import { beforeEach, describe, expect, it } from 'vitest';
import { fromBase64, importGlbItem, toBase64 } from '../../../src/app/commands/asset-commands';
import { asGesture } from '../../../src/app/commands/gesture';
import { select, selection } from '../../../src/app/editor-state';
import type { OfficeStore } from '../../../src/app/office-store';
import { buildGlb } from '../layout/helpers/glb-builder';
import { named, newStore } from './helpers';

let store: OfficeStore;
beforeEach(() => {
  store = newStore();
  select([]);
});
const len = () => store.workspace.current.log.length;
const since = (from: number) => store.workspace.current.log.all().slice(from);

/** A 0.8 × 0.4 × 1.2 m box (x × z × y), off-centre by +0.1 m in x. */
const boxGlb = () =>
  new Uint8Array(
    buildGlb({ meshes: [{ min: [-0.3, 0, -0.2], max: [0.5, 1.2, 0.2] }], nodes: [{ mesh: 0 }] }),
  );

describe('base64', () => {
  it('round-trips every byte value and buffers larger than one chunk', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    const big = Uint8Array.from({ length: 0x8000 * 2 + 17 }, (_, i) => (i * 31 + 7) & 255);
    const b64 = toBase64(big);
    expect(b64).toBe(Buffer.from(big).toString('base64'));
    expect(fromBase64(b64)).toEqual(big);
    expect(toBase64(new Uint8Array())).toBe('');
    expect(fromBase64('')).toEqual(new Uint8Array());
  });
});

describe('asGesture', () => {
  it('stamps every proposal with one new gesture id and the user source', () => {
    const out = asGesture([named('a'), named('b')]);
    expect(out).toHaveLength(2);
    expect(out[0]!.meta!.gesture).toBe(out[1]!.meta!.gesture);
    expect(out[0]!.meta!.gesture).not.toBe('g-a');
    expect(out.every((e) => e.source === 'user')).toBe(true);
    expect(asGesture([named('c')])[0]!.meta!.gesture).not.toBe(out[0]!.meta!.gesture);
  });
});

describe('importGlbItem', () => {
  it('appends AssetImported and ItemPlaced as one gesture, sized from the model', () => {
    const bytes = boxGlb();
    const from = len();
    const r = importGlbItem(store, 'Lamp “Arc”', bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const added = since(from);
    expect(added.map((e) => e.type)).toEqual(['AssetImported', 'ItemPlaced']);
    expect(added[0]!.meta!.gesture).toBe(added[1]!.meta!.gesture);
    const s = store.workspace.head;
    const item = s.items[r.value]!;
    expect(item).toMatchObject({ kind: 'customModel', label: 'Lamp “Arc”', parentId: null });
    expect(item.size).toEqual({ width: 0.8, depth: 0.4, height: 1.2 });
    const asset = s.assets[item.assetId!]!;
    expect(asset.bytes).toBe(bytes.byteLength);
    // The bytes live in the event, not in the state.
    const payload = added[0]!.payload as { asset: { id: string; dataBase64: string } };
    expect(payload.asset.id).toBe(item.assetId);
    expect(fromBase64(payload.asset.dataBase64)).toEqual(bytes);
    // The offset moves the model's footprint centre and floor to the item's origin.
    expect(asset.offset[0]).toBeCloseTo(-0.1, 4);
    expect(asset.offset[1]).toBeCloseTo(0, 4);
    expect(selection.get()).toEqual([r.value]);
  });

  it('names the item like the thing, not the file: “chair.glb” places “chair”', () => {
    const bytes = boxGlb();
    // The asset keeps its file's name.
    const fromFile = importGlbItem(store, 'Arc lamp.GLB', bytes);
    if (!fromFile.ok) throw new Error(JSON.stringify(fromFile.error));
    const placed = store.workspace.head.items[fromFile.value]!;
    expect(placed.label).toBe('Arc lamp');
    expect(store.workspace.head.assets[placed.assetId!]!.name).toBe('Arc lamp.GLB');
    const bare = importGlbItem(store, '.glb', bytes);
    if (!bare.ok) throw new Error(JSON.stringify(bare.error));
    expect(store.workspace.head.items[bare.value]!.label).toBe('.glb');
  });

  it('undo takes the placed model away as one step; redo brings it back', () => {
    const r = importGlbItem(store, 'box', boxGlb());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    store.undo();
    expect(store.workspace.head.items[r.value]).toBeUndefined();
    store.redo();
    expect(store.workspace.head.items[r.value]).toBeDefined();
    expect(store.workspace.canRedo()).toBe(false);
  });

  it('refuses a file that is not a GLB, and appends nothing', () => {
    const from = len();
    const r = importGlbItem(store, 'junk', new TextEncoder().encode('not a model at all'));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toEqual({ kind: 'glb', error: { code: 'tooShort', params: { bytes: 18 } } });
    expect(len()).toBe(from);
    expect(selection.get()).toEqual([]);
  });

  it('refuses a model too large for a room, and appends nothing', () => {
    const from = len();
    const huge = new Uint8Array(
      buildGlb({ meshes: [{ min: [0, 0, 0], max: [20, 1, 1] }], nodes: [{ mesh: 0 }] }),
    );
    const r = importGlbItem(store, 'hangar', huge);
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) {
      expect(r.error).toEqual({
        kind: 'app',
        reason: {
          code: 'modelTooBig',
          params: { width: '20.00', depth: '1.00', height: '1.00' },
        },
      });
    }
    expect(len()).toBe(from);
    // Scaled down, the same file fits.
    expect(importGlbItem(store, 'hangar', huge, 0.1).ok).toBe(true);
  });

  it('refuses a file over the asset limit before reading it', () => {
    const from = len();
    const r = importGlbItem(store, 'big', new Uint8Array(10 * 1024 * 1024 + 1));
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) {
      expect(r.error).toEqual({
        kind: 'app',
        reason: { code: 'modelTooLarge', params: { mb: '10.0', limitMb: 10 } },
      });
    }
    expect(len()).toBe(from);
  });
});
