import { box, cylinder, type Part } from './part';

/** Devices: dark bodies with a lit screen or status light where they have one. */
export function deviceParts(id: string, w: number, d: number, h: number): Part[] {
  switch (id) {
    case 'computer':
      return [
        box(0, 0.01, 0.02, w * 0.35, 0.02, d * 0.6, 'body'),
        box(0, 0.12, -0.02, 0.05, 0.22, 0.04, 'body'),
        box(0, h * 0.62, 0, w, h * 0.62, 0.03, 'body', true),
        {
          shape: 'box',
          position: [0, h * 0.62, 0.0155],
          scale: [w * 0.94, h * 0.56, 0.002],
          slot: 'screen',
          glow: '#7fb3ff',
        },
        box(0, 0.012, d * 0.75, w * 0.7, 0.02, 0.14, 'body'),
      ];
    case 'smartBinder':
      return binderParts(w, d, h);
    case 'router':
      return [
        box(0, h * 0.25, 0, w, h * 0.5, d, 'body', true),
        cylinder(-w * 0.35, h * 0.75, -d * 0.3, 0.012, h * 0.5, 'body'),
        cylinder(w * 0.35, h * 0.75, -d * 0.3, 0.012, h * 0.5, 'body'),
      ];
    case 'eBoard':
      return [
        box(0, h / 2, 0, w, h, d, 'body', true),
        {
          shape: 'box',
          position: [0, h / 2, d / 2 + 0.001],
          scale: [w * 0.92, h * 0.88, 0.002],
          slot: 'screen',
          glow: '#f4f7f2',
        },
      ];
    default:
      return [
        box(0, h / 2, 0, w, h, d, 'body', true),
        box(w * 0.35, h * 0.9, d / 2 + 0.002, 0.02, 0.01, 0.004, 'light'),
      ];
  }
}

/** Binder slots are separate parts so that one can light up (instanced as one box). */
/** 10 × 10 sleeves: the binder model's 100 slots, in slot order from the top left. */
export const BINDER_COLUMNS = 10;
export const BINDER_ROWS = 10;

function binderParts(w: number, d: number, h: number): Part[] {
  const parts: Part[] = [box(0, h / 2, -0.01, w, h, d - 0.02, 'body', true)];
  for (let i = 0; i < BINDER_COLUMNS * BINDER_ROWS; i++) {
    const s = binderSlotBox(i, w, d, h);
    parts.push({ shape: 'box', position: s.position, scale: s.scale, slot: 'slot' });
  }
  return parts;
}

/** Where slot `index` sits on the binder's front, in the item's frame. */
export function binderSlotBox(index: number, w: number, d: number, h: number) {
  const sw = (w - 0.06) / BINDER_COLUMNS;
  const sh = (h - 0.1) / BINDER_ROWS;
  const c = index % BINDER_COLUMNS;
  const r = BINDER_ROWS - 1 - Math.floor(index / BINDER_COLUMNS);
  return {
    position: [-w / 2 + 0.03 + sw * (c + 0.5), 0.05 + sh * (r + 0.5), d / 2 - 0.01] as [
      number,
      number,
      number,
    ],
    scale: [sw * 0.86, sh * 0.8, 0.02] as [number, number, number],
  };
}
