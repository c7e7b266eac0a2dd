import fc from 'fast-check';
import type { ProposedEvent } from '../../../src/core/envelope';
import type { OfficeState, Opening, PlacedItem, Room, Size3 } from '../../../src/core/office-state';
import { overlapWorsened } from '../../../src/core/opening-overlap';
import type { Workspace } from '../../../src/core/workspace';

/**
 * Abstract edits. They are turned into concrete proposals against the
 * current state (`proposalsFor`), so every generated event passes the core's
 * checks: items exist, ids are new, positions are inside even the smallest
 * room (|x|, |z| ≤ 2 m), openings fit the smallest wall (an opening edit
 * that would overlap another opening, or overlap it more, does not apply:
 * `overlapWorsened`, the core's rule), parents are never
 * cycles (an item stands on a free-standing item; removing an item removes
 * what stands on it, as the app does).
 */
export type Op = { dt: number } & (
  | {
      k: 'place';
      kind: string;
      x: number;
      z: number;
      rotation: number;
      parent: number | null;
      size: Size3 | null;
      color: string | null;
      label: string | null;
      points: Array<[number, number]> | null;
      asset: number | null;
    }
  | { k: 'asset'; name: string; bytes: number; scale: number; size: Size3; x: number; z: number }
  | {
      k: 'move';
      picks: number[];
      steps: Array<{ x: number; z: number; rotation: number }>;
      parent: number | null;
    }
  | {
      k: 'style';
      pick: number;
      color: string | null | undefined;
      material: string | null | undefined;
    }
  | { k: 'resize'; pick: number; size: Size3 | null }
  | { k: 'label'; pick: number; label: string | null }
  | { k: 'remove'; picks: number[] }
  | { k: 'room'; room: Room }
  | { k: 'name'; name: string }
  | { k: 'openingPlace'; opening: Omit<Opening, 'id'> }
  | { k: 'openingChange'; pick: number; opening: Omit<Opening, 'id'> }
  | { k: 'openingRemove'; pick: number }
  | { k: 'undo' }
  | { k: 'redo' }
);

const cm = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
const coord = cm(-2, 2);
const rotation = cm(-6.28, 6.28);
const color = fc
  .integer({ min: 0, max: 0xffffff })
  .map((n) => `#${n.toString(16).padStart(6, '0')}`);
const material = fc.constantFrom('oak', 'walnut', 'steel', 'mesh', 'fabric');
const label = fc.string({ maxLength: 24 });
const size: fc.Arbitrary<Size3> = fc.record({
  width: cm(0.05, 3),
  depth: cm(0.05, 3),
  height: cm(0.01, 2),
});
const room: fc.Arbitrary<Room> = fc.record({
  width: cm(2, 12),
  depth: cm(2, 12),
  height: cm(2.2, 5),
  wallThickness: cm(0.05, 0.5),
});
/** Fits every wall of every sane room (2 m long, 2.2 m high). */
const opening: fc.Arbitrary<Omit<Opening, 'id'>> = fc
  .record({
    kind: fc.constantFrom('door' as const, 'window' as const),
    wall: fc.constantFrom('north' as const, 'east' as const, 'south' as const, 'west' as const),
    widthCm: fc.integer({ min: 30, max: 100 }),
    offsetFrac: fc.integer({ min: -100, max: 100 }),
    height: cm(0.3, 1.2),
    sill: cm(0, 1),
    hinge: fc.option(fc.constantFrom('left' as const, 'right' as const), { nil: undefined }),
  })
  .map(({ widthCm, offsetFrac, hinge, ...o }) => {
    const maxOffCm = 100 - Math.ceil(widthCm / 2);
    return {
      ...o,
      width: widthCm / 100,
      // `+ 0`: no -0, which JSON writes as 0 (a file cannot carry it).
      offset: Math.trunc((offsetFrac * maxOffCm) / 100) / 100 + 0,
      ...(hinge ? { hinge } : {}),
    };
  });
const dt = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5000 }));
const pick = fc.nat({ max: 1000 });

const editOp: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      k: fc.constant('place' as const),
      dt,
      kind: fc.constantFrom('desk', 'chair', 'lamp', 'plant', 'monitor', 'rug'),
      x: coord,
      z: coord,
      rotation,
      parent: fc.option(pick, { nil: null }),
      size: fc.option(size, { nil: null }),
      color: fc.option(color, { nil: null }),
      label: fc.option(label, { nil: null }),
      points: fc.option(fc.array(fc.tuple(coord, coord), { minLength: 3, maxLength: 5 }), {
        nil: null,
        freq: 4,
      }),
      asset: fc.option(pick, { nil: null, freq: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('asset' as const),
      dt,
      name: label,
      bytes: fc.integer({ min: 1, max: 1_000_000 }),
      scale: cm(0.01, 10),
      size,
      x: coord,
      z: coord,
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      k: fc.constant('move' as const),
      dt,
      picks: fc.array(pick, { minLength: 1, maxLength: 3 }),
      steps: fc.array(fc.record({ x: coord, z: coord, rotation }), { minLength: 1, maxLength: 3 }),
      parent: fc.option(pick, { nil: null, freq: 3 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('style' as const),
      dt,
      pick,
      color: fc.option(fc.option(color, { nil: null }), { nil: undefined }),
      material: fc.option(fc.option(material, { nil: null }), { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('resize' as const),
      dt,
      pick,
      size: fc.option(size, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('label' as const),
      dt,
      pick,
      label: fc.option(label, { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      k: fc.constant('remove' as const),
      dt,
      picks: fc.array(pick, { minLength: 1, maxLength: 2 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('room' as const), dt, room }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('name' as const), dt, name: label }) },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('openingPlace' as const), dt, opening }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ k: fc.constant('openingChange' as const), dt, pick, opening }),
  },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('openingRemove' as const), dt, pick }) },
);

/** Edits only. */
export const editsArb = (maxLength = 40) =>
  fc.array(editOp, { minLength: 1, maxLength, size: 'max' });

/** Edits mixed with undo and redo. */
export const opsArb = (maxLength = 40) =>
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: editOp },
      { weight: 1, arbitrary: fc.constant<Op>({ k: 'undo', dt: 0 }) },
      { weight: 1, arbitrary: fc.constant<Op>({ k: 'redo', dt: 0 }) },
    ),
    { minLength: 1, maxLength, size: 'max' },
  );

const sortedKeys = (r: Record<string, unknown>) => Object.keys(r).sort();

/**
 * Concrete proposals for one edit against `s`: a list of appends (a drag is
 * several appends sharing one gesture), or null when the edit does not apply
 * (nothing to move yet, ...). `n` makes new ids unique.
 */
export function proposalsFor(s: OfficeState, op: Op, n: number): ProposedEvent[][] | null {
  const items = sortedKeys(s.items);
  const item = (i: number): PlacedItem | undefined => s.items[items[i % items.length]!];
  const roots = items.filter((id) => s.items[id]!.parentId === null);
  const hasChildren = (id: string) => items.some((c) => s.items[c]!.parentId === id);
  const openings = sortedKeys(s.openings);
  const assets = sortedKeys(s.assets);
  const one = (type: string, payload: unknown): ProposedEvent[][] => [[{ type, payload }]];

  switch (op.k) {
    case 'place': {
      const parentId = op.parent !== null && roots.length ? roots[op.parent % roots.length]! : null;
      const placed: PlacedItem = {
        id: `it${n}`,
        kind: op.kind,
        x: op.x,
        z: op.z,
        rotation: op.rotation,
        elevation: parentId ? 0.75 : 0,
        parentId,
        ...(op.size ? { size: op.size } : {}),
        ...(op.color ? { color: op.color } : {}),
        ...(op.label !== null ? { label: op.label } : {}),
        ...(op.points ? { points: op.points } : {}),
        ...(op.asset !== null && assets.length
          ? { assetId: assets[op.asset % assets.length]! }
          : {}),
      };
      return one('ItemPlaced', { item: placed });
    }
    case 'asset': {
      // As the app does: the import and the placement of the model are one gesture.
      const id = `as${n}`;
      const asset = {
        id,
        name: op.name,
        mime: 'model/gltf-binary',
        bytes: op.bytes,
        dataBase64: 'Z2xURgIAAAA=',
        scale: op.scale,
        size: op.size,
        offset: [0, op.size.height / 2, 0],
      };
      const placed: PlacedItem = {
        id: `it${n}`,
        kind: 'custom',
        x: op.x,
        z: op.z,
        rotation: 0,
        elevation: 0,
        parentId: null,
        assetId: id,
      };
      return [
        [
          { type: 'AssetImported', payload: { asset } },
          { type: 'ItemPlaced', payload: { item: placed } },
        ],
      ];
    }
    case 'move': {
      if (!items.length) return null;
      const ids = [...new Set(op.picks.map((p) => item(p)!.id))];
      // Stand on a free-standing item that is not moving; only childless items climb.
      const candidates = roots.filter((r) => !ids.includes(r));
      const parentId =
        op.parent !== null && candidates.length ? candidates[op.parent % candidates.length]! : null;
      return op.steps.map((step, si) => [
        {
          type: 'ItemsMoved',
          payload: {
            moves: ids.map((id, i) => {
              const climbs = parentId !== null && !hasChildren(id);
              return {
                id,
                x: Math.max(-2, Math.min(2, step.x + i / 10 - si / 100)),
                z: step.z,
                rotation: step.rotation,
                elevation: climbs ? 0.75 : 0,
                parentId: climbs ? parentId : null,
              };
            }),
          },
        },
      ]);
    }
    case 'style': {
      if (!items.length) return null;
      return one('ItemStyled', {
        id: item(op.pick)!.id,
        ...(op.color !== undefined ? { color: op.color } : {}),
        ...(op.material !== undefined ? { material: op.material } : {}),
      });
    }
    case 'resize':
      return items.length ? one('ItemResized', { id: item(op.pick)!.id, size: op.size }) : null;
    case 'label':
      return items.length ? one('ItemLabelled', { id: item(op.pick)!.id, label: op.label }) : null;
    case 'remove': {
      if (!items.length) return null;
      const picked = new Set(op.picks.map((p) => item(p)!.id));
      // What stands on a removed item goes with it, listed after it.
      const ids = items.filter((id) => picked.has(id));
      for (const id of items) {
        const parent = s.items[id]!.parentId;
        if (parent && picked.has(parent) && !picked.has(id)) ids.push(id);
      }
      return one('ItemsRemoved', { ids });
    }
    case 'room':
      return one('RoomResized', op.room);
    case 'name':
      return one('SceneNamed', { name: op.name });
    case 'openingPlace': {
      const opening = { id: `op${n}`, ...op.opening };
      if (overlapWorsened(Object.values(s.openings), null, opening)) return null;
      return one('OpeningPlaced', { opening });
    }
    case 'openingChange': {
      if (!openings.length) return null;
      const id = openings[op.pick % openings.length]!;
      const opening = { id, ...op.opening };
      if (overlapWorsened(Object.values(s.openings), s.openings[id]!, opening)) return null;
      return one('OpeningChanged', { opening });
    }
    case 'openingRemove':
      if (!openings.length) return null;
      return one('OpeningRemoved', { id: openings[op.pick % openings.length]! });
    case 'undo':
    case 'redo':
      return null;
  }
}

/**
 * Applies one op to the workspace as a user gesture (or undo/redo).
 * Throws if the log refuses a generated edit: the generator promises valid events.
 * Returns whether anything was done.
 */
export function applyOp(ws: Workspace, op: Op): boolean {
  if (op.k === 'undo') return ws.undo() !== null;
  if (op.k === 'redo') return ws.redo() !== null;
  const log = ws.current.log;
  const groups = proposalsFor(ws.head, op, log.length + 1);
  if (!groups) return false;
  const gesture = `g${log.length + 1}`;
  let at = ws.head.at + op.dt;
  for (const group of groups) {
    const r = ws.append(group.map((p) => ({ ...p, at, meta: { gesture } })));
    if (!r.ok) throw new Error(`generated edit refused: ${JSON.stringify(r.error)}`);
    at += op.dt;
  }
  return true;
}
