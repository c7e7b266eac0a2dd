import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: number;
  step: number;
  min?: number;
  max?: number;
  onCommit(value: number): void;
}

/**
 * A typed number: committed on Enter or blur, one event per commit (not per
 * keystroke); a value that is not a finite number is not committed.
 */
export function NumberField({ label, value, step, min, max, onCommit }: Props) {
  const shown = String(Math.round(value * 1000) / 1000);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const n = Number(text);
    if (
      text.trim() === '' ||
      !Number.isFinite(n) ||
      (min !== undefined && n < min) ||
      (max !== undefined && n > max)
    ) {
      setText(shown);
      return;
    }
    if (n !== value) onCommit(n);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        step={step}
        min={min}
        max={max}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}
