// What the first page load needs: the entry script, every modulepreload and
// every stylesheet linked from a built index.html, gzip level 9.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialAsset {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** Paths (relative to outDir) of the entry script, modulepreloads and stylesheets. */
export function initialAssetPaths(indexHtml: string): string[] {
  const paths: string[] = [];
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined =>
      new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
        .exec(tag)
        ?.slice(2)
        .find((v) => v !== undefined);
    let ref: string | undefined;
    if (/^<script/i.test(tag)) {
      if (attr('type') === 'module') ref = attr('src');
    } else {
      const rel = attr('rel')?.toLowerCase();
      if (rel === 'modulepreload' || rel === 'stylesheet') ref = attr('href');
    }
    if (ref === undefined || /^(https?:)?\/\//i.test(ref) || ref.startsWith('data:')) continue;
    const path = ref.replace(/^\.?\//, '').replace(/[?#].*$/, '');
    if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** Relative static imports of a built chunk (`import"./x.js"`, `from"./x.js"`; not `import()`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    found.add(m[1]!);
  }
  return [...found];
}

/**
 * The initial assets of a built folder with their raw and gzip-9 sizes: what
 * index.html links, plus any chunk those scripts import statically (Vite
 * normally lists them as modulepreload already; lazy `import()` chunks are not counted).
 */
export function initialAssets(outDir: string): InitialAsset[] {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const queue = initialAssetPaths(html);
  if (queue.length === 0) throw new Error(`${outDir}/index.html links no module script`);
  const assets: InitialAsset[] = [];
  const done = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (done.has(path)) continue;
    done.add(path);
    const content = readFileSync(resolve(outDir, path));
    assets.push({ path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    if (path.endsWith('.js')) {
      for (const spec of staticImports(content.toString('utf8'))) {
        const target = resolve(outDir, dirname(path), spec);
        // A look-alike inside a string literal names no file: skip it.
        if (existsSync(target)) queue.push(relative(outDir, target).split(sep).join('/'));
      }
    }
  }
  return assets;
}

/** Sum of the gzip-9 sizes of the initial assets, in KB (1024 bytes). */
export const initialGzipKb = (outDir: string): number =>
  initialAssets(outDir).reduce((sum, a) => sum + a.gzipBytes, 0) / 1024;
