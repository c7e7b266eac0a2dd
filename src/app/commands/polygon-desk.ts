import { isSimplePolygon } from '../../layout/geometry/simple-polygon';
import { drawing, select } from '../editor-state';
import { newId } from '../ids';
import type { OfficeStore } from '../office-store';
import { asGesture } from './gesture';

const r3 = (n: number) => Math.round(n * 1000) / 1000;

export type PolygonDeskResult = { ok: true; id: string } | { ok: false; reasonKey: string };

/**
 * Places an irregular desk from the corners drawn on the floor: the item
 * stands at the outline's centre and keeps the outline in its own frame,
 * so it moves and rotates like any other desk.
 */
export function placePolygonDesk(
  store: OfficeStore,
  corners: ReadonlyArray<{ x: number; z: number }>,
): PolygonDeskResult {
  if (corners.length < 3) return { ok: false, reasonKey: 'draw.tooFew' };
  if (corners.length > 64) return { ok: false, reasonKey: 'draw.tooMany' };
  if (!isSimplePolygon(corners)) return { ok: false, reasonKey: 'draw.notSimple' };
  const cx = r3(corners.reduce((s, p) => s + p.x, 0) / corners.length);
  const cz = r3(corners.reduce((s, p) => s + p.z, 0) / corners.length);
  const points = corners.map((p) => [r3(p.x - cx), r3(p.z - cz)] as [number, number]);
  const xs = points.map((p) => p[0]);
  const zs = points.map((p) => p[1]);
  const id = `deskPolygon-${newId().slice(0, 8)}`;
  const r = store.edit(
    asGesture([
      {
        type: 'ItemPlaced',
        payload: {
          item: {
            id,
            kind: 'deskPolygon',
            x: cx,
            z: cz,
            rotation: 0,
            elevation: 0,
            parentId: null,
            points,
            size: {
              width: r3(Math.max(...xs) - Math.min(...xs)),
              depth: r3(Math.max(...zs) - Math.min(...zs)),
              height: 0.74,
            },
          },
        },
      },
    ]),
  );
  if (!r.ok) return { ok: false, reasonKey: 'draw.refused' };
  drawing.set(null);
  select([id]);
  return { ok: true, id };
}
