/**
 * `npm run validate -- FILE`: the import check from the command line.
 * Exit 0 with a one-line summary when the file would import; exit 2 with
 * the same message the app shows when it would not. Never a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { deviceEventDefinitions } from '../models/events';
import { inEnglish } from '../src/app/i18n/english';
import { coreEventDefinitionsFor } from '../src/core/events/core-definitions';
import {
  type FileError,
  fileTooLarge,
  MAX_FILE_BYTES,
  parseOfficeFile,
} from '../src/core/file-format';
import { foldInto } from '../src/core/fold';
import { initialOfficeState } from '../src/core/office-state';
import { createRegistry } from '../src/core/registry';
import { builtinCatalog } from '../src/layout/catalog/catalog';

// The app's registry (src/app/event-registry.ts) with the device events loaded.
const registry = createRegistry([
  ...coreEventDefinitionsFor(builtinCatalog),
  ...deviceEventDefinitions,
]);

/** The app's own English message for a refused file (the English catalog). */
const refusal = (error: FileError) => inEnglish({ kind: 'file', error });

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    process.stderr.write('usage: npm run validate -- FILE\n');
    return 2;
  }
  const file = args[0]!;
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    process.stderr.write(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return 2;
  }
  if (size > MAX_FILE_BYTES) {
    process.stderr.write(`${file}: ${refusal(fileTooLarge(size))}\n`);
    return 2;
  }
  const r = parseOfficeFile(readFileSync(file, 'utf8'), registry, size);
  if (!r.ok) {
    process.stderr.write(`${file}: ${refusal(r.error)}\n`);
    return 2;
  }
  const s = foldInto(registry, initialOfficeState(), r.value.events);
  const items = Object.keys(s.items).length;
  process.stdout.write(
    `${file}: valid: branch "${r.value.name}", ${r.value.events.length} events, room ${s.room.width}×${s.room.depth} m, ${items} items\n`,
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`validate: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
