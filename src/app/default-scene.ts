import defaultScene from '../../scenes/default.json';
import { type ImportedBranch, validateOfficeFile } from '../core/file-format';
import { err, type Result } from '../core/result';
import { registry } from './event-registry';
import { inEnglish } from './i18n/english';

/**
 * The preset the app opens on, validated like any imported file. A refusal
 * is a bug in the shipped scene, so it is told in English, for developers.
 */
export function loadDefaultScene(): Result<ImportedBranch, string> {
  const r = validateOfficeFile(defaultScene, registry);
  return r.ok ? r : err(inEnglish({ kind: 'file', error: r.error }));
}
