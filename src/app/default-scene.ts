import defaultScene from '../../scenes/default.json';
import { type ImportedBranch, validateOfficeFile } from '../core/file-format';
import type { Result } from '../core/result';
import { registry } from './event-registry';

/** The preset the app opens on, validated like any imported file. */
export function loadDefaultScene(): Result<ImportedBranch, string> {
  return validateOfficeFile(defaultScene, registry);
}
