import { memo } from 'react';
import { useStore } from 'zustand';
import type { Schema, Values } from '../../state/schema.js';
import { valuesOf, type WidgetStore } from '../../state/store.js';
import type { Preset, WidgetModel } from '../../state/useWidgetStore.js';
import { useWidgetOptions } from '../../state/widgetOptions.js';
import { lockedChanges, sameValue } from '../../state/locks.js';

/** Which preset the current values match, if any. */
export function activePreset<S extends Schema>(
  model: WidgetModel<S>,
  current: Record<string, unknown>,
): string | undefined {
  return model.presets?.find((preset) => Object.entries(preset.values).every(([k, v]) => sameValue(current[k], v)))?.id;
}

/**
 * The presets a reader may pick: with `hide=`, a hidden control's value is
 * locked, so a preset that would change it (itself or through the widget's
 * rules) is not offered. Number keys count these, in this order.
 */
export function offeredPresets<S extends Schema>(
  model: WidgetModel<S>,
  current: Values<S>,
  hidden: ReadonlySet<string>,
): readonly Preset<S>[] {
  return (model.presets ?? []).filter((preset) => lockedChanges(model, current, preset.values, hidden).length === 0);
}

function PresetButtonsOf<S extends Schema>({ model, store }: { model: WidgetModel<S>; store: WidgetStore<S> }) {
  // A string selector: re-render only when the values change, not on focus or notices.
  const values = useStore(store, (s) => JSON.stringify(valuesOf(model.schema, s)));
  const { hidden } = useWidgetOptions();
  const current = JSON.parse(values) as Values<S>;
  const presets = offeredPresets(model, current, hidden);
  if (!presets.length) return null;
  const active = activePreset(model, current);
  return (
    <div className="presets" role="group" aria-label="Presets">
      {presets.map((preset, i) => (
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
