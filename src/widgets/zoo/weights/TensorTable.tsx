import { Fragment, useId, useState } from 'react';
import type { Part, TensorLayer, TensorsCount } from '../../../counting/index.js';
import { formatCount, formatRatio } from '../../../format/numbers.js';
import { FOLD_ABOVE, layerLabel, readAs, shapeText } from './describe.js';
import { ScrollRegion } from '../../../components/ScrollRegion.js';

interface TensorTableProps {
  count: TensorsCount;
  dtypes: ReadonlyMap<string, string>;
  caption: string;
}

/** Neurons, synapses per neuron and parameters of a tensor, a layer or the whole; "—" where there are no neurons. */
function Counts({ part }: { part: Pick<Part, 'neurons' | 'synapsesPerNeuron' | 'parameters'> }) {
  const none = part.neurons === 0;
  return (
    <>
      <td className="num neuron-text" data-count="neurons">
        {none ? '—' : formatCount(part.neurons)}
      </td>
      <td className="num synapse-text" data-count="per-neuron">
        {none ? '—' : formatRatio(part.synapsesPerNeuron)}
      </td>
      <td className="num" data-count="parameters">
        {formatCount(part.parameters)}
      </td>
    </>
  );
}

/** A dotted tensor name that may wrap after any dot, so long names do not widen the table. */
function BreakableName({ name }: { name: string }) {
  const segments = name.split('.');
  return segments.map((segment, i) => (
    <Fragment key={i}>
      {segment}
      {i < segments.length - 1 && (
        <>
          .<wbr />
        </>
      )}
    </Fragment>
  ));
}

function Layer({
  layer,
  open,
  onToggle,
  dtypes,
}: {
  layer: TensorLayer;
  open: boolean;
  onToggle: () => void;
  dtypes: ReadonlyMap<string, string>;
}) {
  return (
    <tbody data-layer={layer.key ?? ''}>
      <tr className="tensor-layer">
        <th scope="rowgroup" colSpan={3}>
          <button type="button" aria-expanded={open} onClick={onToggle}>
            <span className="fold" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {layerLabel(layer)}
          </button>
        </th>
        <Counts part={layer} />
      </tr>
      {open &&
        layer.parts.map((part) => (
          <tr key={part.name} data-tensor={part.name} data-kind={part.kind}>
            <th scope="row" className="tensor-name">
              <BreakableName name={part.name} />
            </th>
            <td className="tensor-shape">
              {shapeText(part.shape)}
              <span className="dtype"> {dtypes.get(part.name)}</span>
            </td>
            <td className="tensor-kind">{readAs(part)}</td>
            <Counts part={part} />
          </tr>
        ))}
    </tbody>
  );
}

/**
 * Every tensor of a checkpoint, one row each, grouped by numbered layer
 * with each layer's totals on its heading row, which folds and unfolds it.
 * Models of many layers start folded. The whole sits in a labelled region
 * that scrolls sideways on a phone.
 */
export function TensorTable({ count, dtypes, caption }: TensorTableProps) {
  const id = useId();
  const numbered = count.layers.filter((l) => l.key !== null).length;
  const [open, setOpen] = useState<ReadonlySet<string | null>>(
    () => new Set(numbered > FOLD_ABOVE ? [null] : count.layers.map((l) => l.key)),
  );
  const allOpen = count.layers.every((l) => open.has(l.key));
  const toggle = (key: string | null) =>
    setOpen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <div className="tensor-table">
      <div className="tensor-table-head">
        <p id={`${id}-caption`}>{caption}</p>
        <button type="button" onClick={() => setOpen(new Set(allOpen ? [] : count.layers.map((l) => l.key)))}>
          {allOpen ? 'Fold every layer' : 'Unfold every layer'}
        </button>
      </div>
      <ScrollRegion className="zoo-table-scroll" labelledBy={`${id}-caption`}>
        <table className="tensors">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Tensor</th>
              <th scope="col">Shape</th>
              <th scope="col">Read as</th>
              <th scope="col" className="num neuron-text">
                Neurons
              </th>
              <th scope="col" className="num synapse-text">
                Synapses per neuron
              </th>
              <th scope="col" className="num">
                Parameters
              </th>
            </tr>
          </thead>
          {count.layers.map((layer) => (
            <Layer
              key={layer.key ?? ''}
              layer={layer}
              open={open.has(layer.key)}
              onToggle={() => toggle(layer.key)}
              dtypes={dtypes}
            />
          ))}
          <tfoot>
            <tr data-total="">
              <th scope="row" colSpan={3}>
                Total, {formatCount(count.parts.length)} tensors
              </th>
              <Counts part={count} />
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </div>
  );
}
