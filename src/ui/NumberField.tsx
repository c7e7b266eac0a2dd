import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LabelRef, Notice } from '../app/office-store';
import type { Problem } from '../app/problem';
import { useOfficeStore } from '../app/use-office';

interface Props {
  /** Catalog key of the label: a notice names the field by it, in the language shown then. */
  labelKey: string;
  /** What the field belongs to, for notices, when other things have the same field. */
  of?: LabelRef;
  value: number;
  step: number;
  min?: number;
  max?: number;
  /** The store's refusal, or null when it took the value (or there was nothing to change). */
  onCommit(value: number): Problem | null;
}

/**
 * A typed number: committed on Enter or blur, one event per commit (not per
 * keystroke); a value that is not a finite number is not committed. A value
 * out of range, or one the store refuses, is told in the status bar with the
 * field's name: a field that quietly reverts looks like it took the value.
 */
export function NumberField({ labelKey, of, value, step, min, max, onCommit }: Props) {
  const { t } = useTranslation();
  const store = useOfficeStore();
  const shown = String(Math.round(value * 1000) / 1000);
  // What is typed is a draft over the value it started from. A commit drops
  // it, so the field shows the value the item has: the new one if the store
  // took it, the old one if it refused (a refusal changes nothing to re-sync
  // on). A value changed elsewhere (undo, a drag, another tab) drops it too.
  const [draft, setDraft] = useState<{ text: string; over: string } | null>(null);
  const typed = draft?.over === shown ? draft.text : null;
  const commit = () => {
    if (typed === null) return;
    setDraft(null);
    const n = Number(typed);
    if (typed.trim() === '' || !Number.isFinite(n)) return;
    const range = rangeNotice(labelKey, n, min, max);
    if (range) {
      store.setNotice(of ? { ...range, fieldOf: of } : range);
      return;
    }
    if (n === value) return;
    const problem = onCommit(n);
    if (problem)
      store.setNotice({
        kind: 'error',
        key: 'field.refused',
        field: labelKey,
        ...(of && { fieldOf: of }),
        reason: problem,
      });
  };
  return (
    <label className="field">
      <span>{t(labelKey)}</span>
      <input
        type="number"
        step={step}
        min={min}
        max={max}
        value={typed ?? shown}
        onChange={(e) => setDraft({ text: e.target.value, over: shown })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

/** The notice for a value outside [min, max], worded by which bounds the field has. */
function rangeNotice(field: string, n: number, min?: number, max?: number): Notice | null {
  if ((min === undefined || n >= min) && (max === undefined || n <= max)) return null;
  const bounds = {
    ...(min !== undefined && { min: String(min) }),
    ...(max !== undefined && { max: String(max) }),
  };
  const key =
    min === undefined ? 'field.atMost' : max === undefined ? 'field.atLeast' : 'field.between';
  return { kind: 'error', key, field, params: bounds };
}
