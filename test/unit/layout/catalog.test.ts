import { describe, expect, it } from 'vitest';
import {
  builtinCatalog,
  CATEGORIES,
  catalogKindIds,
  catalogNames,
  DEVICE_MODELS,
  defineKind,
  materialPresets,
  validateBuiltinCatalog,
  validateCatalog,
} from '../../../src/layout';

describe('catalog', () => {
  it('validates and covers every category the issue asks for', () => {
    const cats = new Set([...builtinCatalog.values()].map((k) => k.category));
    for (const c of CATEGORIES) expect(cats.has(c)).toBe(true);
    const shapes = new Set([...builtinCatalog.values()].map((k) => k.footprint.shape));
    expect([...shapes].sort()).toEqual(['L', 'U', 'polygon', 'rect', 'semicircle']);
    const mounts = new Set([...builtinCatalog.values()].map((k) => k.mount));
    expect([...mounts].sort()).toEqual(['ceiling', 'desk', 'floor', 'wall']);
  });

  it('links one kind to every device model', () => {
    const models = [...builtinCatalog.values()].flatMap((k) => (k.model ? [k.model] : []));
    expect([...models].sort()).toEqual([...DEVICE_MODELS].sort());
  });

  it('names every kind in English and Chinese, under its label key', () => {
    expect(Object.keys(catalogNames).sort()).toEqual([...catalogKindIds].sort());
    for (const k of builtinCatalog.values()) {
      expect(k.label).toBe(`catalog.${k.id}`);
      expect(catalogNames[k.id]!.en.length).toBeGreaterThan(0);
      expect(catalogNames[k.id]!.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('rugs do not collide; desks carry a surface and a chair zone', () => {
    expect(builtinCatalog.get('rugRect')!.collides).toBe(false);
    for (const id of ['deskRect', 'deskL', 'deskU', 'deskSemicircle', 'deskPolygon']) {
      const k = builtinCatalog.get(id)!;
      expect(k.surfaceHeight).toBe(0.74);
      expect(k.clearances).toContainEqual({ kind: 'chairPullOut', depth: 0.6 });
    }
  });

  it('material presets are physically plausible and cover every part', () => {
    for (const p of Object.values(materialPresets)) {
      expect(p.color).toMatch(/^#[0-9a-f]{6}$/);
      for (const n of [p.roughness, p.metalness, p.opacity]) {
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(1);
      }
    }
    for (const k of builtinCatalog.values()) {
      for (const m of Object.values(k.materials)) expect(materialPresets[m]).toBeDefined();
    }
  });

  it('rejects bad entries with a path and duplicate ids', () => {
    const good = defineKind({
      id: 'stool',
      category: 'seating',
      size: { width: 0.4, depth: 0.4, height: 0.45 },
      mount: 'floor',
      priceEur: 40,
      materials: { seat: 'wood' },
    });
    expect(validateCatalog([good]).ok).toBe(true);
    const bad = validateCatalog([
      { ...good, size: { width: -1, depth: 0.4, height: 0.45 } },
      good,
      good,
    ]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error[0]).toMatchObject({ index: 0, id: 'stool', path: 'size.width' });
      expect(bad.error.some((e) => e.message.includes('duplicate'))).toBe(true);
    }
    const device = validateCatalog([{ ...good, id: 'gadget', category: 'device' }]);
    expect(device.ok).toBe(false);
  });
});

describe('built-in catalog data', () => {
  it('passes the schema, and parsing changes nothing (so start-up may skip it)', () => {
    const r = validateBuiltinCatalog();
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.size).toBe(builtinCatalog.size);
    for (const [id, parsed] of r.value) expect(builtinCatalog.get(id)).toEqual(parsed);
  });
});
