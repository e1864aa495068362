import { useStore } from 'zustand';
import { Toggle } from '../../components/Choice.js';
import { ParamControl } from '../../components/ParamControl.js';
import { Slider } from '../../components/Slider.js';
import { formatCount } from '../../format/numbers.js';
import { blockFocus } from '../../diagrams/gpt-block/focus.js';
import type { WidgetStore } from '../../state/store.js';
import { focusSetter } from '../../state/useFocus.js';
import { useControlShown } from '../../state/widgetOptions.js';
import { D_FF_FOLLOWS } from '../../models/gptShape.js';
import { D_FF_RANGE, gptBlockModel, gptBlockSchema, type GptBlockSchema } from './model.js';

interface BlockControlsProps {
  store: WidgetStore<GptBlockSchema>;
  /** The widget's view's d_head and d_ff in use, computed once by the widget. */
  dHead: number;
  dFF: number;
}

/** d_model, n_heads (with the d_head it leaves), d_ff (following 4 · d_model or the reader's own) and the circuits view. */
export function BlockControls({ store, dHead, dFF: dFFNow }: BlockControlsProps) {
  const dModel = useStore(store, (s) => s.dModel);
  const nHeads = useStore(store, (s) => s.nHeads);
  const follows = useStore(store, (s) => s.dFF === D_FF_FOLLOWS);
  const headsShown = useControlShown(gptBlockSchema.nHeads.key);
  const dFFShown = useControlShown(gptBlockSchema.dFF.key);
  const { update } = store.getState();
  const setFocus = focusSetter(store, blockFocus);
  return (
    <>
      <ParamControl model={gptBlockModel} store={store} name="dModel" term="d_model" />
      {headsShown && (
        <div className="control-group">
          <ParamControl model={gptBlockModel} store={store} name="nHeads" term="n_heads" />
          <p className="control-note">
            d_head = {formatCount(dModel)} ÷ {formatCount(nHeads)} = <strong>{formatCount(dHead)}</strong>; heads must
            divide d_model.
          </p>
        </div>
      )}
      {dFFShown && (
        <div className="control-group">
          <Slider
            label={gptBlockSchema.dFF.label}
            value={dFFNow}
            {...D_FF_RANGE}
            log
            unit={gptBlockSchema.dFF.unit}
            term="d_ff"
            onChange={(value) => update({ dFF: value })}
            onFocusChange={(on) => setFocus(on ? { kind: 'control', control: 'd_ff' } : null)}
          />
          <Toggle
            label="d_ff follows 4 · d_model"
            checked={follows}
            onChange={(on) => update({ dFF: on ? D_FF_FOLLOWS : dFFNow })}
          />
        </div>
      )}
      <ParamControl model={gptBlockModel} store={store} name="circuits" />
    </>
  );
}
