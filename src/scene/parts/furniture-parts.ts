import { box, cylinder, type Part } from './part';

/** Seating: a chair's seat and back, a sofa's base, back and arms. */
export function seatingParts(id: string, w: number, d: number, h: number): Part[] {
  if (id === 'chairTask') {
    const seatY = 0.47;
    return [
      cylinder(0, 0.04, 0, w * 0.9, 0.06, 'base'),
      cylinder(0, seatY / 2, 0, 0.05, seatY, 'base'),
      box(0, seatY, 0, w * 0.8, 0.08, d * 0.75, 'seat', true),
      box(0, (seatY + h) / 2 + 0.05, -d * 0.36, w * 0.75, h - seatY - 0.1, 0.07, 'seat', true),
    ];
  }
  const seatH = Math.min(0.45, h * 0.5);
  return [
    box(0, seatH / 2, 0.05 * d, w, seatH, d * 0.9, 'seat', true),
    box(0, h / 2, -d / 2 + 0.1, w, h, 0.2, 'seat', true),
    box(-w / 2 + 0.08, seatH + 0.1, 0, 0.16, 0.2, d, 'seat', true),
    box(w / 2 - 0.08, seatH + 0.1, 0, 0.16, 0.2, d, 'seat', true),
  ];
}

export function bedParts(w: number, d: number, h: number): Part[] {
  return [
    box(0, 0.15, 0, w, 0.3, d, 'frame'),
    box(0, 0.38, 0.03, w - 0.06, 0.18, d - 0.1, 'mattress', true),
    box(0, h / 2, -d / 2 + 0.04, w, h, 0.08, 'frame'),
  ];
}

/** Shelving: sides, a back and evenly spaced boards (instanced: same box). */
export function storageParts(w: number, d: number, h: number): Part[] {
  const t = 0.025;
  const boards = Math.max(2, Math.round(h / 0.38));
  const parts: Part[] = [
    box(-w / 2 + t / 2, h / 2, 0, t, h, d, 'body', true),
    box(w / 2 - t / 2, h / 2, 0, t, h, d, 'body', true),
    box(0, h / 2, -d / 2 + 0.005, w, h, 0.01, 'body', true),
  ];
  for (let i = 0; i <= boards; i++) {
    const y = Math.min(h - t / 2, t / 2 + (i * (h - t)) / boards);
    parts.push(box(0, y, 0, w - 2 * t, t, d, 'body', true));
  }
  return parts;
}

export function partitionParts(w: number, d: number, h: number): Part[] {
  return [
    box(0, h / 2 + 0.03, 0, w, h - 0.06, d, 'panel', true),
    box(-w / 2 + 0.15, 0.015, 0, 0.06, 0.03, 0.4, 'feet'),
    box(w / 2 - 0.15, 0.015, 0, 0.06, 0.03, 0.4, 'feet'),
  ];
}

export function rugParts(w: number, d: number, h: number): Part[] {
  return [box(0, h / 2, 0, w, h, d, 'pile', true)];
}

export function plantParts(w: number, _d: number, h: number): Part[] {
  const potH = Math.min(0.4, h * 0.3);
  return [
    cylinder(0, potH / 2, 0, w * 0.6, potH, 'pot'),
    {
      shape: 'sphere',
      position: [0, potH + (h - potH) / 2, 0],
      scale: [w, h - potH, w],
      slot: 'leaves',
      main: true,
    },
  ];
}

export function lampParts(id: string, w: number, _d: number, h: number): Part[] {
  if (id === 'lampCeiling') {
    return [
      cylinder(0, h - 0.02, 0, 0.08, 0.04, 'body'),
      {
        shape: 'cylinder',
        position: [0, h / 2, 0],
        scale: [w, h * 0.6, w],
        slot: 'shade',
        main: true,
        glow: '#ffe2b0',
      },
    ];
  }
  const shadeH = Math.min(0.3, h * 0.3);
  return [
    cylinder(0, 0.015, 0, w * 0.7, 0.03, 'body'),
    cylinder(0, (h - shadeH) / 2, 0, 0.025, h - shadeH, 'body'),
    {
      shape: 'cylinder',
      position: [0, h - shadeH / 2, 0],
      scale: [w, shadeH, w],
      slot: 'shade',
      main: true,
      glow: '#ffe2b0',
    },
  ];
}
