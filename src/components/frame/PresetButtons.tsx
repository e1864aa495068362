import { memo } from 'react';
import { useStore } from 'zustand';
import type { Schema } from '../../state/schema.js';
import { valuesOf, type WidgetStore } from '../../state/store.js';
import type { WidgetModel } from '../../state/useWidgetStore.js';

/** Which preset the current values match, if any. */
export function activePreset<S extends Schema>(
  model: WidgetModel<S>,
  current: Record<string, unknown>,
): string | undefined {
  return model.presets?.find((preset) =>
    Object.entries(preset.values).every(([k, v]) => JSON.stringify(current[k]) === JSON.stringify(v)),
  )?.id;
}

function PresetButtonsOf<S extends Schema>({ model, store }: { model: WidgetModel<S>; store: WidgetStore<S> }) {
  // A string selector: re-render only when the values change, not on focus or notices.
  const values = useStore(store, (s) => JSON.stringify(valuesOf(model.schema, s)));
  if (!model.presets?.length) return null;
  const active = activePreset(model, JSON.parse(values) as Record<string, unknown>);
  return (
    <div className="presets" role="group" aria-label="Presets">
      {model.presets.map((preset, i) => (
        <button
          key={preset.id}
          type="button"
          aria-pressed={preset.id === active}
          onClick={() => store.getState().update(preset.values)}
          title={i < 9 ? `Preset ${i + 1}` : undefined}
        >
          {preset.label}
        </button>
      ))}
    </div>
  );
}

/** Memoised: re-renders when the values change, not whenever the widget does. */
export const PresetButtons = memo(PresetButtonsOf) as typeof PresetButtonsOf;
