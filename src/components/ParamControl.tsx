import { memo } from 'react';
import { useStore } from 'zustand';
import type { Schema, Values } from '../state/schema.js';
import { valuesOf, type WidgetStore } from '../state/store.js';
import { lockReason } from '../state/locks.js';
import type { WidgetModel } from '../state/useWidgetStore.js';
import { useWidgetOptions } from '../state/widgetOptions.js';
import { Choice, Toggle } from './Choice.js';
import { Slider } from './Slider.js';

interface ParamControlProps<S extends Schema, K extends keyof S & string> {
  model: WidgetModel<S>;
  store: WidgetStore<S>;
  name: K;
  /** The formula term / diagram part this control sets; focusing the control lights it. */
  term?: string;
}

/**
 * The control for one schema parameter — slider, segmented choice or checkbox
 * — labelled, bounded and marked as the schema table says.
 */
function ParamControlOf<S extends Schema, K extends keyof S & string>({
  model,
  store,
  name,
  term,
}: ParamControlProps<S, K>) {
  const param = model.schema[name]!;
  const value = useStore(store, (s) => s[name]);
  const { hidden } = useWidgetOptions();
  // With hidden (locked) settings, which values this control may take depends on the others: re-render when they move.
  useStore(store, (s) => (hidden.size === 0 ? '' : JSON.stringify(valuesOf(model.schema, s))));
  if (hidden.has(param.key)) return null;
  const { update, setFocus } = store.getState();
  const set = (v: unknown) => update({ [name]: v } as unknown as Partial<Values<S>>);
  /** Why `v` cannot be used (it would move a hidden setting), or null. */
  const refuse =
    hidden.size === 0
      ? undefined
      : (v: unknown) => lockReason(model, valuesOf(model.schema, store.getState()), name, v, hidden);
  switch (param.kind) {
    case 'int':
    case 'number':
      return (
        <Slider
          label={param.label}
          value={value as number}
          min={param.min}
          max={param.max}
          step={param.step}
          trackStep={param.trackStep}
          log={param.log}
          unit={param.unit}
          marks={param.marks}
          term={term}
          onChange={set}
          refuse={refuse}
          onFocusChange={term === undefined ? undefined : (on) => setFocus(on ? term : null)}
        />
      );
    case 'choice':
      return (
        <Choice label={param.label} value={value as string} options={param.options} onChange={set} refuse={refuse} />
      );
    case 'flag':
      return (
        <Toggle
          label={param.label}
          checked={value as boolean}
          onChange={set}
          disabled={refuse?.(!(value as boolean)) != null}
        />
      );
    case 'intList':
      throw new Error(`${model.id}.${name}: a list parameter needs its own controls`);
  }
}

/** Memoised: with a stable model and store, a control re-renders only when its own value changes. */
export const ParamControl = memo(ParamControlOf) as typeof ParamControlOf;
