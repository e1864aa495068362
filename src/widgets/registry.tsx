import { createContext, lazy, Suspense, use, type ComponentType } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import type { Schema } from '../state/schema.js';
import type { WidgetModel, WidgetProps } from '../state/useWidgetStore.js';
import { mlpModel } from './mlp/model.js';
import { recurrentModel } from './recurrent/model.js';

/** A widget as chapters and embeds know it: its model (small, loaded with the page) and its code (loaded when shown). */
export interface WidgetEntry {
  model: WidgetModel<Schema>;
  Component: ComponentType<WidgetProps>;
}

/** Collects the ids of the widgets a page renders, so prerendering can preload their code. */
export const WidgetUsage = createContext<Set<string> | null>(null);

function defineWidget<S extends Schema>(
  model: WidgetModel<S>,
  load: () => Promise<{ default: ComponentType<WidgetProps> }>,
): WidgetEntry {
  const Lazy = lazy(load);
  function Widget(props: WidgetProps) {
    use(WidgetUsage)?.add(model.id);
    return (
      <ErrorBoundary name={model.title}>
        <Suspense fallback={<div className="widget widget-loading" aria-busy="true" />}>
          <Lazy {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  Widget.displayName = `Widget(${model.id})`;
  return { model: model as unknown as WidgetModel<Schema>, Component: Widget };
}

export const widgets: Readonly<Record<string, WidgetEntry>> = Object.fromEntries(
  [
    defineWidget(mlpModel, () => import('./mlp/MlpWidget.js')),
    defineWidget(recurrentModel, () => import('./recurrent/RecurrentWidget.js')),
  ].map((entry) => [entry.model.id, entry]),
);

/** `<Widget name="mlp" preset="two-layer" />` in a chapter. */
export function Widget({ name, ...props }: WidgetProps & { name: string }) {
  const entry = widgets[name];
  if (entry === undefined) throw new Error(`No widget named "${name}"; known: ${Object.keys(widgets).join(', ')}`);
  return <entry.Component {...props} />;
}
