import { useMemo } from 'react';
import { useStore } from 'zustand';
import type { WidgetStore } from '../../state/store.js';
import type { GptSizes, GptSizesSchema } from './schema.js';

/** The sizes in the store, one selector per value, as one object that changes only when a size does. */
export function useSizes(store: WidgetStore<GptSizesSchema>): GptSizes {
  const nLayers = useStore(store, (s) => s.nLayers);
  const dModel = useStore(store, (s) => s.dModel);
  const nHeads = useStore(store, (s) => s.nHeads);
  const dHead = useStore(store, (s) => s.dHead);
  const nCtx = useStore(store, (s) => s.nCtx);
  const tied = useStore(store, (s) => s.tied);
  return useMemo(() => ({ nLayers, dModel, nHeads, dHead, nCtx, tied }), [nLayers, dModel, nHeads, dHead, nCtx, tied]);
}
