import type { FootprintSpec } from '../../layout/catalog/schema';
import { box, cylinder, type Part } from './part';

const TOP = 0.03;
const LEG = 0.045;

/**
 * Desk tops follow the footprint: L and U tops are built from their
 * rectangular bars (instanced boxes), semicircle and free polygons from an
 * extruded outline.
 */
export function deskParts(w: number, d: number, h: number, f: FootprintSpec): Part[] {
  const y = h - TOP / 2;
  const legH = h - TOP;
  const leg = (x: number, z: number) => box(x, legH / 2, z, LEG, legH, LEG, 'legs');
  const inset = LEG;
  switch (f.shape) {
    case 'rect':
      return [
        box(0, y, 0, w, TOP, d, 'top', true),
        leg(-w / 2 + inset, -d / 2 + inset),
        leg(w / 2 - inset, -d / 2 + inset),
        leg(-w / 2 + inset, d / 2 - inset),
        leg(w / 2 - inset, d / 2 - inset),
      ];
    case 'L': {
      const a = f.arm;
      return [
        box(0, y, -d / 2 + a / 2, w, TOP, a, 'top', true),
        box(-w / 2 + a / 2, y, a / 2, a, TOP, d - a, 'top', true),
        leg(-w / 2 + inset, -d / 2 + inset),
        leg(w / 2 - inset, -d / 2 + inset),
        leg(w / 2 - inset, -d / 2 + a - inset),
        leg(-w / 2 + inset, d / 2 - inset),
        leg(-w / 2 + a - inset, d / 2 - inset),
      ];
    }
    case 'U': {
      const a = f.arm;
      return [
        box(0, y, -d / 2 + a / 2, w, TOP, a, 'top', true),
        box(-w / 2 + a / 2, y, a / 2, a, TOP, d - a, 'top', true),
        box(w / 2 - a / 2, y, a / 2, a, TOP, d - a, 'top', true),
        leg(-w / 2 + inset, -d / 2 + inset),
        leg(w / 2 - inset, -d / 2 + inset),
        leg(-w / 2 + inset, d / 2 - inset),
        leg(w / 2 - inset, d / 2 - inset),
        leg(-w / 2 + a - inset, d / 2 - inset),
        leg(w / 2 - a + inset, d / 2 - inset),
      ];
    }
    case 'semicircle':
    case 'polygon':
      return [
        {
          shape: 'outline',
          position: [0, h - TOP, 0],
          scale: [1, TOP, 1],
          slot: 'top',
          main: true,
        },
        cylinder(0, legH / 2, -d / 4, 0.08, legH, 'legs'),
        cylinder(-w / 3, legH / 2, -d / 4, 0.05, legH, 'legs'),
        cylinder(w / 3, legH / 2, -d / 4, 0.05, legH, 'legs'),
      ];
    default: {
      const never: never = f;
      throw new Error(`unhandled footprint ${(never as { shape: string }).shape}`);
    }
  }
}

/** The outline of a semicircular or polygon top in local x/z. */
export function outlineOf(
  w: number,
  d: number,
  f: FootprintSpec,
  points?: Array<[number, number]>,
) {
  if (points && points.length >= 3) return points;
  if (f.shape === 'polygon') return f.points as Array<[number, number]>;
  const n = f.shape === 'semicircle' ? f.segments : 16;
  const out: Array<[number, number]> = [];
  // Flat edge at the back (-z), arc bulging to the front (+z).
  for (let i = 0; i <= n; i++) {
    const t = Math.PI - (i / n) * Math.PI;
    out.push([(Math.cos(t) * w) / 2, -d / 2 + Math.sin(t) * d]);
  }
  return out;
}
