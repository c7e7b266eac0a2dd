import { describe, expect, it } from 'vitest';
import { placePolygonDesk } from '../../../src/app/commands/polygon-desk';
import { drawing, selection } from '../../../src/app/editor-state';
import { collisionsFor } from '../../../src/layout/collision';
import { isSimplePolygon } from '../../../src/layout/geometry/simple-polygon';
import { newStore } from './helpers';

const pts = (...xz: number[]) => {
  const out: Array<{ x: number; z: number }> = [];
  for (let i = 0; i < xz.length; i += 2) out.push({ x: xz[i]!, z: xz[i + 1]! });
  return out;
};

describe('isSimplePolygon', () => {
  it('accepts triangles and concave outlines, refuses figure eights, slivers and too few corners', () => {
    expect(isSimplePolygon(pts(0, 0, 1, 0, 0, 1))).toBe(true);
    expect(isSimplePolygon(pts(0, 0, 2, 0, 2, 2, 1, 1, 0, 2))).toBe(true);
    expect(isSimplePolygon(pts(0, 0, 1, 1, 1, 0, 0, 1))).toBe(false);
    expect(isSimplePolygon(pts(0, 0, 1, 0, 2, 0))).toBe(false);
    expect(isSimplePolygon(pts(0, 0, 1, 0))).toBe(false);
  });
});

describe('placePolygonDesk', () => {
  it('places a desk at the outline centre with the outline in its own frame, as one gesture', () => {
    const store = newStore();
    drawing.set(pts(-1.5, 0.4, -0.5, 0.4, -0.5, 1.2, -1.5, 1.2));
    const before = store.getSnapshot().length;
    const r = placePolygonDesk(store, drawing.get()!);
    if (!r.ok) throw new Error(r.reasonKey);
    const v = store.getSnapshot();
    expect(v.length).toBe(before + 1);
    const desk = v.head.items[r.id]!;
    expect(desk.kind).toBe('deskPolygon');
    expect([desk.x, desk.z]).toEqual([-1, 0.8]);
    expect(desk.points).toEqual([
      [-0.5, -0.4],
      [0.5, -0.4],
      [0.5, 0.4],
      [-0.5, 0.4],
    ]);
    expect(desk.size).toMatchObject({ width: 1, depth: 0.8 });
    // Placed in a free part of the default room: nothing collides with it.
    expect(collisionsFor(r.id, Object.values(v.head.items))).toEqual([]);
    expect(drawing.get()).toBeNull();
    expect(selection.get()).toEqual([r.id]);
    store.undo();
    expect(store.getSnapshot().head.items[r.id]).toBeUndefined();
  });

  it('refuses a crossing outline and appends nothing', () => {
    const store = newStore();
    const before = store.getSnapshot().length;
    const r = placePolygonDesk(store, pts(0, 0, 1, 1, 1, 0, 0, 1));
    expect(r).toEqual({ ok: false, reasonKey: 'draw.notSimple' });
    expect(store.getSnapshot().length).toBe(before);
  });
});
