import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { resolveGptSpec } from '../counting/gpt-spec.js';
import { view } from '../models/gptShape.js';
import { formatCount } from '../format/numbers.js';
import type { Schema, Values } from '../state/schema.js';
import { createWidgetStore, type WidgetStore } from '../state/store.js';
import { baseValues, withFrame, WidgetScope, type Stores, type WidgetModel } from '../state/useWidgetStore.js';
import GptBlockWidget, { model as gptBlockModel } from './gpt-block/GptBlockWidget.js';
import GptParamsWidget, { model as gptParamsModel } from './gpt-params/GptParamsWidget.js';
import GptTotalsWidget, { model as gptTotalsModel } from './gpt-totals/GptTotalsWidget.js';

// Count every view, and every time the library resolves a GPT spec (each count of a block or a model does it once).
vi.mock('../models/gptShape.js', async (original) => {
  const shape = await original<typeof import('../models/gptShape.js')>();
  return { ...shape, view: vi.fn(shape.view) };
});
vi.mock('../counting/gpt-spec.js', async (original) => {
  const spec = await original<typeof import('../counting/gpt-spec.js')>();
  return { ...spec, resolveGptSpec: vi.fn(spec.resolveGptSpec) };
});

type Widget = (props: { link: string; url: boolean }) => React.ReactNode;

/**
 * Renders a widget as the prerender does, on a store holding `model`'s
 * defaults changed by `patch` (through the widget's rules), and counts the
 * views and resolutions that one render makes.
 */
function renderCounting<S extends Schema>(Widget: Widget, model: WidgetModel<S>, patch: Partial<Values<S>> = {}) {
  const base = baseValues(model);
  const values = { ...base, ...(model.constrain?.({ ...base, ...patch }, base) ?? patch) };
  const store = createWidgetStore(withFrame(model.schema), values) as unknown as WidgetStore<Schema>;
  const stores: Stores = new Map([['shared', { store, model: model as unknown as WidgetModel<Schema> }]]);
  vi.mocked(view).mockClear();
  vi.mocked(resolveGptSpec).mockClear();
  const html = renderToStaticMarkup(
    <WidgetScope stores={stores}>
      <Widget link="shared" url={false} />
    </WidgetScope>,
  );
  return {
    views: vi.mocked(view).mock.calls.length,
    resolved: vi.mocked(resolveGptSpec).mock.calls.length,
    // What the d_model slider shows: the render is of the changed sizes.
    dModel: /aria-valuetext="([\d,]+) features"/.exec(html)?.[1],
  };
}

// The server renders each state once, as a first visit does: one render per change of the sizes.
describe('each GPT widget computes its view once per change', () => {
  it('gpt-block: one view, one block counted (two with the circuits), whatever its children show', () => {
    for (const [patch, resolved] of [
      [{}, 1],
      [{ dModel: 12_288 }, 1],
      [{ dModel: 12_288, circuits: true }, 2],
    ] as const) {
      const shown = renderCounting(GptBlockWidget, gptBlockModel, patch);
      expect(shown).toEqual({ views: 1, resolved, dModel: formatCount(patch.dModel ?? 768) });
    }
  });

  for (const [id, Widget, model] of [
    ['gpt-totals', GptTotalsWidget, gptTotalsModel],
    ['gpt-params', GptParamsWidget, gptParamsModel],
  ] as const) {
    it(`${id}: one view, one block and one model counted`, () => {
      for (const patch of [{}, { dModel: 4096 }]) {
        const shown = renderCounting(Widget, model, patch);
        expect(shown).toEqual({ views: 1, resolved: 2, dModel: formatCount(patch.dModel ?? 12_288) });
      }
    });
  }
});
