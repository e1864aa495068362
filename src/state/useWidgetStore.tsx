import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { Explain } from './query.js';
import { defaultsOf, type Schema, type Values } from './schema.js';
import { createWidgetStore, type Constrain, type WidgetStore } from './store.js';
import { connectUrl } from './urlSync.js';

/** A named starting point, e.g. the seed's figure of a two-layer MLP. */
export interface Preset<S extends Schema> {
  id: string;
  label: string;
  values: Partial<Values<S>>;
}

/** Everything about a widget that is not drawing: its id, its schema table, its rules and presets. */
export interface WidgetModel<S extends Schema> {
  /** Used in embed URLs: `/embed/<id>`. */
  id: string;
  title: string;
  schema: S;
  constrain?: Constrain<S>;
  /** Why `constrain` changed a value read from the link, for the notice the reader sees. */
  explain?: Explain<S>;
  presets?: readonly Preset<S>[];
}

/** Props every widget takes from a chapter. */
export interface WidgetProps {
  /** Widgets with the same `link` on a page share one store (they must share one schema object): dragging one moves the others. */
  link?: string;
  /** Start from this preset instead of the schema's defaults. */
  preset?: string;
  /** Keep the page's query string in step with this widget (default true; one widget per key and page). */
  url?: boolean;
}

interface Entry {
  store: WidgetStore<Schema>;
  model: WidgetModel<Schema>;
}

/** Stores whose query string is already synced by a widget: linked widgets sync once. */
const connected = new WeakSet<object>();

const Scope = createContext<Map<string, Entry> | null>(null);

/** One per page: holds the stores that linked widgets share. */
export function WidgetScope({ children }: { children: ReactNode }) {
  const [entries] = useState(() => new Map<string, Entry>());
  return <Scope value={entries}>{children}</Scope>;
}

export function baseValues<S extends Schema>(model: WidgetModel<S>, presetId?: string): Values<S> {
  const defaults = defaultsOf(model.schema);
  const preset = model.presets?.find((p) => p.id === presetId);
  const values = { ...defaults, ...preset?.values };
  return model.constrain ? model.constrain(values, defaults) : values;
}

/**
 * The widget's store, shared with linked widgets on the page. The first render
 * (on the server and while hydrating) uses the preset or the defaults; the
 * link's query string is applied right after, with notices in the store of
 * what in it was ignored or clamped.
 */
export function useWidgetStore<S extends Schema>(
  model: WidgetModel<S>,
  { link, preset, url = true }: WidgetProps,
): { store: WidgetStore<S>; base: Values<S> } {
  const scope = use(Scope);
  const [own] = useState(() => {
    const base = baseValues(model, preset);
    const existing = link === undefined ? undefined : scope?.get(link);
    if (existing !== undefined && existing.model.schema !== (model.schema as Schema)) {
      throw new Error(`Widgets linked as "${link}" must share one schema; ${model.id} and ${existing.model.id} differ`);
    }
    const entry: Entry = existing ?? {
      store: createWidgetStore(model.schema, base, model.constrain) as unknown as WidgetStore<Schema>,
      model: model as unknown as WidgetModel<Schema>,
    };
    if (link !== undefined && scope !== null) scope.set(link, entry);
    return { entry, base };
  });

  useEffect(() => {
    const { store } = own.entry;
    if (!url || connected.has(store)) return;
    connected.add(store);
    const disconnect = connectUrl(store as unknown as WidgetStore<S>, model.schema, own.base, model.explain);
    return () => {
      connected.delete(store);
      disconnect();
    };
  }, [own, model.schema, model.explain, url]);

  return { store: own.entry.store as unknown as WidgetStore<S>, base: own.base };
}
