import { createContext, lazy, memo, Suspense, use, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import type { Schema } from '../state/schema.js';
import type { WidgetModel, WidgetProps } from '../state/useWidgetStore.js';
import { CATALOG, type WidgetId } from './catalog.js';
import { useNearViewport } from './useNearViewport.js';

/** What a widget's module exports: the component, and the model an embed needs to build its store. */
export interface WidgetModule {
  default: ComponentType<WidgetProps>;
  model: WidgetModel<Schema>;
}

/** A widget as chapters and embeds know it: id and title (shipped with every page), code and model (loaded when shown). */
export interface WidgetEntry {
  id: WidgetId;
  title: string;
  load: () => Promise<WidgetModule>;
  Component: ComponentType<WidgetProps>;
}

/** Collects the ids of the widgets a page renders, in order, so prerendering can preload the first one's code. */
export const WidgetUsage = createContext<Set<string> | null>(null);

/** Suspends until `promise` settles (while hydrating, React keeps the prerendered widget meanwhile). */
function WhenOpen({ promise, children }: { promise: Promise<unknown> | null; children: ReactNode }) {
  if (promise !== null) use(promise);
  return children;
}

/**
 * A widget: its id (also its folder's name, which registry.test.ts checks) and its module, which must export
 * the component as default and its model — the type says so, for each widget's own schema.
 */
function defineWidget<S extends Schema>(
  id: WidgetId,
  load: () => Promise<{ default: ComponentType<WidgetProps>; model: WidgetModel<S> }>,
): WidgetEntry {
  // A model of one widget's schema serves where any schema's is expected: the store reads it by its own keys.
  const loadModule = load as () => Promise<WidgetModule>;
  const Lazy = lazy(loadModule);
  function Widget(props: WidgetProps) {
    use(WidgetUsage)?.add(id);
    const [nearViewport, observe] = useNearViewport(loadModule);
    return (
      <div ref={observe} className="widget-slot">
        <ErrorBoundary name={CATALOG[id]}>
          <Suspense fallback={<div className="widget widget-loading" aria-busy="true" />}>
            <WhenOpen promise={nearViewport}>
              <Lazy {...props} />
            </WhenOpen>
          </Suspense>
        </ErrorBoundary>
      </div>
    );
  }
  Widget.displayName = `Widget(${id})`;
  // A chapter re-rendering around a widget that is still waiting to hydrate must not reach it (see useNearViewport).
  return { id, title: CATALOG[id], load: loadModule, Component: memo(Widget) };
}

export const widgets: Readonly<Record<string, WidgetEntry>> = Object.fromEntries(
  [
    defineWidget('mlp', () => import('./mlp/MlpWidget.js')),
    defineWidget('conv', () => import('./conv/ConvWidget.js')),
    defineWidget('gpt-totals', () => import('./gpt-totals/GptTotalsWidget.js')),
    defineWidget('gpt-params', () => import('./gpt-params/GptParamsWidget.js')),
    defineWidget('spikes', () => import('./spikes/SpikesWidget.js')),
    defineWidget('synapse', () => import('./synapse/SynapseWidget.js')),
    defineWidget('gpt-block', () => import('./gpt-block/GptBlockWidget.js')),
    defineWidget('key-value', () => import('./key-value/KeyValueWidget.js')),
    defineWidget('zoo', () => import('./zoo/ZooWidget.js')),
    defineWidget('recurrent', () => import('./recurrent/RecurrentWidget.js')),
    defineWidget('experts', () => import('./experts/ExpertsWidget.js')),
  ].map((entry) => [entry.id, entry]),
);

/** A widget as a chapter places it: numbered "Figure N" by the build (rehype-figure-numbers), with what to try. */
interface ChapterWidgetProps extends WidgetProps {
  name: string;
  /** The figure's number in its chapter, set by the build, never typed. */
  figure?: string;
  /** One or two sentences: what to drag or try. */
  caption?: string;
}

/** `<Widget name="mlp" preset="two-layer" caption="Drag …" />` in a chapter. */
export function Widget({ name, figure, caption, ...props }: ChapterWidgetProps) {
  const entry = widgets[name];
  if (entry === undefined) throw new Error(`No widget named "${name}"; known: ${Object.keys(widgets).join(', ')}`);
  if (figure === undefined) return <entry.Component {...props} />;
  return (
    <div className="numbered-figure" id={`figure-${figure}`}>
      <entry.Component {...props} />
      <p className="figure-caption">
        <span className="figure-number">Figure {figure}.</span> {caption}
      </p>
    </div>
  );
}
