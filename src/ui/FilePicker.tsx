import { useRef } from 'react';

interface Props {
  label: string;
  accept: string;
  disabled?: boolean;
  onFile(file: File): void | Promise<void>;
}

/**
 * A button that opens the file chooser. The hidden input carries the same
 * accessible name, so tests (and assistive tools) can hand it a file.
 */
export function FilePicker({ label, accept, disabled, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={label}
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared first, so choosing the same file again fires again.
          e.target.value = '';
          if (file) void onFile(file);
        }}
      />
    </>
  );
}
