import type { BranchInfo } from '../core/branch-info';
import { freeName } from '../core/branch-names';
import {
  exportBranch,
  type FileError,
  fileTooLarge,
  MAX_FILE_BYTES,
  parseOfficeFile,
} from '../core/file-format';
import { err, ok, type Result } from '../core/result';
import { ensureDeviceEvents, registry } from './event-registry';
import { newId } from './ids';
import type { OfficeStore } from './office-store';

/** Serialises the current branch in the shared file format. */
export function exportCurrentBranch(store: OfficeStore): { name: string; json: string } {
  const b = store.workspace.current;
  const file = exportBranch(b.info.name, b.log, new Date().toISOString());
  return { name: b.info.name, json: JSON.stringify(file) };
}

/**
 * Validates a file completely, then opens it as a new branch. A refused file
 * changes nothing.
 */
export async function importFile(
  store: OfficeStore,
  file: File,
): Promise<Result<BranchInfo, FileError>> {
  // Refused before reading it: a huge file is not even loaded into memory.
  if (file.size > MAX_FILE_BYTES) return err(fileTooLarge(file.size));
  const text = await file.text();
  await ensureDeviceEvents();
  return importText(store, text, file.size);
}

export function importText(
  store: OfficeStore,
  text: string,
  bytes: number,
  createdAt = new Date().toISOString(),
  /** The branch's name instead of the file's (an example named in the language shown). */
  name?: string,
): Result<BranchInfo, FileError> {
  const parsed = parseOfficeFile(text, registry, bytes);
  if (!parsed.ok) return parsed;
  const ws = store.workspace;
  const info: BranchInfo = {
    id: newId(),
    // Importing the same file twice gives "Main" and "Main (2)", not two "Main".
    name: freeName(ws, name ?? parsed.value.name),
    parentId: null,
    forkSeq: 0,
    createdAt,
  };
  ws.addBranch(info, parsed.value.events);
  ws.switchTo(info.id);
  return ok(info);
}

/** Offers a file to the user without any network: a blob URL clicked once. */
export function downloadText(fileName: string, text: string): void {
  downloadBlob(fileName, new Blob([text], { type: 'application/json' }));
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file name from a user's branch name. */
export function fileNameFor(branchName: string): string {
  const base =
    branchName
      .replace(/[^\p{L}\p{N}_ -]+/gu, '')
      .trim()
      .slice(0, 60) || 'office';
  return `${base}.home-office.json`;
}
