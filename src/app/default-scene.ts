import defaultScene from '../../scenes/default.json';
import { type FileError, type ImportedBranch, validateOfficeFile } from '../core/file-format';
import type { Result } from '../core/result';
import { registry } from './event-registry';

/**
 * The preset the app opens on, validated like any imported file. A refusal
 * is a bug in the shipped scene: boot cannot open without it.
 */
export function loadDefaultScene(): Result<ImportedBranch, FileError> {
  return validateOfficeFile(defaultScene, registry);
}
