import { useId } from 'react';

interface ChoiceProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  /** Why an option cannot be picked here (it would move a hidden setting), or null: such options are disabled. */
  refuse?: (value: T) => string | null;
}

/** A segmented radio group: arrow keys move between options, as in any native radio group. */
export function Choice<T extends string>({ label, value, options, onChange, refuse }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="control choice">
      <legend>{label}</legend>
      <div className="segments">
        {options.map((option) => {
          const refused = option.value === value ? null : (refuse?.(option.value) ?? null);
          return (
            <label key={option.value} className="segment" title={refused ?? undefined}>
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={option.value === value}
                disabled={refused !== null}
                onChange={() => onChange(option.value)}
              />
              <span>{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Locked: flipping it would move a hidden setting. */
  disabled?: boolean;
}

export function Toggle({ label, checked, onChange, disabled = false }: ToggleProps) {
  return (
    <label className="control toggle">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
