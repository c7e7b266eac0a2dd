import { Result } from '../result';
import { builtinKindData, type Catalog } from './catalog';
import { type CatalogKind, CatalogKindSchema } from './schema';

export interface CatalogIssue {
  readonly index: number;
  readonly id: string | undefined;
  readonly path: string;
  readonly message: string;
}

/** Validates raw kind data; duplicate ids are an error too. */
export function validateCatalog(raw: readonly unknown[]): Result<Catalog, CatalogIssue[]> {
  const issues: CatalogIssue[] = [];
  const map = new Map<string, CatalogKind>();
  raw.forEach((entry, index) => {
    const parsed = CatalogKindSchema.safeParse(entry);
    const id =
      typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string'
        ? entry.id
        : undefined;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ index, id, path: issue.path.join('.'), message: issue.message });
      }
      return;
    }
    if (map.has(parsed.data.id)) {
      issues.push({ index, id, path: 'id', message: `duplicate kind id ${parsed.data.id}` });
      return;
    }
    map.set(parsed.data.id, parsed.data);
  });
  return issues.length > 0 ? Result.err(issues) : Result.ok(map);
}

/** Runs the built-in data through the schema (tests; user catalogs always go through it). */
export function validateBuiltinCatalog(): Result<Catalog, CatalogIssue[]> {
  return validateCatalog(builtinKindData);
}
