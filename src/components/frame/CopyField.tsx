import { useId, useRef, useState } from 'react';

/** A read-only snippet with a button that copies it in one click (selecting it where the clipboard is off limits). */
export function CopyField({ label, value, rows = 1 }: { label: string; value: string; rows?: number }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      field.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C) to copy.');
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={rows} value={value} onFocus={(e) => e.currentTarget.select()} />
      <div className="copy-row">
        <button type="button" onClick={copy}>
          Copy
        </button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
