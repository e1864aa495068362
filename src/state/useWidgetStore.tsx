import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { Explain } from './query.js';
import { defaultsOf, flag, type FlagParam, type Schema, type Values } from './schema.js';
import { createWidgetStore, type Constrain, type WidgetStore } from './store.js';
import { connectUrl } from './urlSync.js';
import { EMBED_PAGE_KEYS, useWidgetOptions } from './widgetOptions.js';

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
  /**
   * The widget at its heaviest (largest sizes), and the accessible name of the
   * slider to step there: what `npm run bench` times.
   */
  stress?: { values: Partial<Values<S>>; control: string };
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

export interface Entry {
  store: WidgetStore<Schema>;
  model: WidgetModel<Schema>;
}

/** Stores whose query string is already synced by a widget: linked widgets sync once. */
const connected = new WeakSet<object>();

/** Whether a widget keeps the page's query string in step with `store` (a chapter link then carries its state). */
export function isUrlSynced(store: object): boolean {
  return connected.has(store);
}

/** Settings every widget has beside its own, kept in its store and its link. */
export interface FrameSchema extends Schema {
  /** Predict, then reveal: the counts are hidden until the reader (or teacher) shows them. */
  predict: FlagParam;
}

const FRAME_SCHEMA: FrameSchema = {
  predict: flag({ key: 'predict', label: 'Hide the counts (predict, then reveal)', default: false }),
};

const framed = new WeakMap<Schema, Schema>();

/** The widget's schema with the frame's settings added; the same object for the same schema. */
export function withFrame<S extends Schema>(schema: S): S & FrameSchema {
  let full = framed.get(schema);
  if (full === undefined) {
    full = { ...schema, ...FRAME_SCHEMA };
    framed.set(schema, full);
  }
  return full as S & FrameSchema;
}

export type Stores = Map<string, Entry>;

const Scope = createContext<Stores | null>(null);

/**
 * One per page: holds the stores that linked widgets share. An embed passes
 * `stores` it made itself, to drive a widget from outside (element attributes).
 */
export function WidgetScope({ children, stores }: { children: ReactNode; stores?: Stores }) {
  const [entries] = useState(() => stores ?? new Map<string, Entry>());
  return <Scope value={entries}>{children}</Scope>;
}

export function baseValues<S extends Schema>(model: WidgetModel<S>, presetId?: string): Values<S & FrameSchema> {
  const defaults = defaultsOf(model.schema);
  const preset = model.presets?.find((p) => p.id === presetId);
  const values = { ...defaults, ...preset?.values };
  const own = model.constrain ? model.constrain(values, defaults) : values;
  return { ...own, ...defaultsOf(FRAME_SCHEMA) } as Values<S & FrameSchema>;
}

/** A store for `model`, outside React (an embed that drives its widget from attributes). */
export function storeEntry<S extends Schema>(model: WidgetModel<S>, presetId?: string): Entry {
  return {
    store: createWidgetStore(
      withFrame(model.schema),
      baseValues(model, presetId),
      frameConstrain(model),
    ) as unknown as WidgetStore<Schema>,
    model: model as unknown as WidgetModel<Schema>,
  };
}

function frameConstrain<S extends Schema>(model: WidgetModel<S>): Constrain<S & FrameSchema> | undefined {
  const { constrain } = model;
  if (constrain === undefined) return undefined;
  return (next, previous) => ({ ...next, ...constrain(next, previous) });
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
): { store: WidgetStore<S & FrameSchema>; base: Values<S & FrameSchema> } {
  const scope = use(Scope);
  const { embedded } = useWidgetOptions();
  const [own] = useState(() => {
    const existing = link === undefined ? undefined : scope?.get(link);
    if (existing !== undefined && existing.model.schema !== (model.schema as Schema)) {
      throw new Error(`Widgets linked as "${link}" must share one schema; ${model.id} and ${existing.model.id} differ`);
    }
    const entry = existing ?? storeEntry(model, preset);
    if (link !== undefined && scope !== null) scope.set(link, entry);
    return { entry, base: baseValues(model, preset) };
  });

  useEffect(() => {
    const { store } = own.entry;
    if (!url || connected.has(store)) return;
    connected.add(store);
    const disconnect = connectUrl(
      store as unknown as WidgetStore<S & FrameSchema>,
      withFrame(model.schema),
      own.base,
      model.explain as Explain<S & FrameSchema> | undefined,
      // Alone on the page, the widget is the only reader of the link: any key it does not know is a mistake.
      embedded ? EMBED_PAGE_KEYS : undefined,
    );
    return () => {
      connected.delete(store);
      disconnect();
    };
  }, [own, model.schema, model.explain, url, embedded]);

  return { store: own.entry.store as unknown as WidgetStore<S & FrameSchema>, base: own.base };
}
