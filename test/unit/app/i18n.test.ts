import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalKeys } from '../../../models';
import { en } from '../../../src/app/i18n/en';
import { initI18n, pickLanguage } from '../../../src/app/i18n/index';
import { zh } from '../../../src/app/i18n/zh';
import { builtinCatalog } from '../../../src/layout/catalog/catalog';
import { catalogNames } from '../../../src/layout/catalog/names';
import { CATEGORIES, MATERIAL_IDS } from '../../../src/layout/catalog/schema';
import { clearanceMessageKeys } from '../../../src/layout/clearance';

type Tree = { readonly [k: string]: string | Tree };

/** `a.b.c` → string, for every leaf. */
function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(path, v);
    else for (const [p, s] of leaves(v, path)) out.set(p, s);
  }
  return out;
}

const enLeaves = leaves(en);
const zhLeaves = leaves(zh);
const placeholders = (s: string) =>
  new Set([...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]));
/** A key as i18next resolves it: itself or its plural forms. */
const has = (m: Map<string, string>, key: string) =>
  m.has(key) || m.has(`${key}_other`) || m.has(`${key}_one`);

describe('message catalogs', () => {
  it('en and zh have exactly the same keys, deep', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
    expect(enLeaves.size).toBeGreaterThan(100);
  });

  it('no message is empty or only whitespace', () => {
    const empty = [...enLeaves, ...zhLeaves].filter(([, s]) => s.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('every placeholder of an English message is in the Chinese one, and the other way', () => {
    const diffs: string[] = [];
    for (const [k, s] of enLeaves) {
      const a = placeholders(s);
      const b = placeholders(zhLeaves.get(k) ?? '');
      for (const p of a) if (!b.has(p)) diffs.push(`${k}: zh lacks {{${p}}}`);
      for (const p of b) if (!a.has(p)) diffs.push(`${k}: zh has extra {{${p}}}`);
    }
    expect(diffs).toEqual([]);
  });

  it('zh is mostly Chinese: no message was left in English by mistake', () => {
    const latinOnly = [...zhLeaves]
      .filter(([k]) => !k.startsWith('languages.'))
      .filter(
        ([, s]) => /[a-z]{4,}/i.test(s.replace(/\{\{\w+\}\}/g, '')) && !/\p{Script=Han}/u.test(s),
      )
      .map(([k]) => k);
    expect(latinOnly).toEqual([]);
  });

  it('every catalog kind has a name in both languages', () => {
    const missing = [...builtinCatalog.keys()].filter(
      (id) => !catalogNames[id]?.en.trim() || !catalogNames[id]?.zh.trim(),
    );
    expect(missing).toEqual([]);
  });

  it('every refusal reason has a message in both', () => {
    const missing = refusalKeys
      .map((k) => `refusal.${k}`)
      .filter((k) => !enLeaves.get(k) || !zhLeaves.get(k));
    expect(missing).toEqual([]);
  });

  it('every clearance message key, category and material has a message in both', () => {
    const keys = [
      ...Object.values(clearanceMessageKeys),
      ...CATEGORIES.map((c) => `category.${c}`),
      ...MATERIAL_IDS.map((m) => `material.${m}`),
    ];
    expect(keys.filter((k) => !enLeaves.has(k) || !zhLeaves.has(k))).toEqual([]);
  });

  it('every literal t("…") key in the source exists', () => {
    const src = join(__dirname, '../../../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.tsx?$/.test(f),
    );
    const used = new Set<string>();
    for (const f of files) {
      const text = readFileSync(join(src, f), 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !has(enLeaves, k))).toEqual([]);
  });
});

describe('i18n instance', () => {
  it('resolves nested refusal keys, catalog names and interpolation in both languages', () => {
    const en = initI18n('en');
    expect(en.t('refusal.binder.full', { category: 'sketches' })).toBe(
      'the binder has no free slot in “sketches”',
    );
    expect(en.t('catalog.deskRect')).toBe('Rectangular desk');
    expect(en.t('status.unsaved', { count: 1 })).toBe('1 unsaved event');
    expect(en.t('status.unsaved', { count: 3 })).toBe('3 unsaved events');
    const zh = initI18n('zh');
    expect(zh.t('catalog.deskRect')).toBe('矩形书桌');
    expect(zh.t('status.unsaved', { count: 3 })).toBe('3 个事件未保存');
    expect(zh.t('refusal.binder.full', { category: 'sketches' })).toContain('sketches');
  });
});

describe('pickLanguage', () => {
  it('picks zh for Chinese browsers and en otherwise', () => {
    expect(pickLanguage(['zh-CN', 'en'], null)).toBe('zh');
    expect(pickLanguage(['zh-TW'], null)).toBe('zh');
    expect(pickLanguage(['ZH-hant-HK'], null)).toBe('zh');
    expect(pickLanguage(['en-GB', 'zh-CN'], null)).toBe('en');
    expect(pickLanguage(['fr-FR', 'de'], null)).toBe('en');
    expect(pickLanguage(['fr-FR', 'zh'], null)).toBe('zh');
    expect(pickLanguage([], null)).toBe('en');
  });

  it('a stored choice wins; a bad stored value is ignored', () => {
    expect(pickLanguage(['zh-CN'], 'en')).toBe('en');
    expect(pickLanguage(['en-US'], 'zh')).toBe('zh');
    expect(pickLanguage(['zh-CN'], 'klingon')).toBe('zh');
  });
});
