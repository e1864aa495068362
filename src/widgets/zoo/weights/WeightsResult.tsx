import { useMemo } from 'react';
import { CountTable, standardRows, type CountRow } from '../../../components/CountTable.js';
import { formatCount } from '../../../format/numbers.js';
import { checkpointName, type WeightsReading } from '../../../weights/read.js';
import { readingNotes } from './describe.js';
import { ConfigCheck } from './ConfigCheck.js';
import { TensorTable } from './TensorTable.js';

function activeRows(reading: WeightsReading): CountRow[] {
  const { active } = reading.count;
  if (active === undefined) return [];
  return [
    { id: 'active-neurons', label: 'Neurons per token', value: active.neurons, kind: 'neuron' },
    { id: 'active-synapses', label: 'Synapses per token', value: active.synapses, kind: 'synapse' },
    { id: 'active-parameters', label: 'Parameters per token', value: active.parameters, kind: 'param' },
  ];
}

/**
 * What a weights file holds: its totals (and, for experts, what one token
 * uses), the caveats, and every tensor. Loaded with the readers, on first use.
 */
export default function WeightsResult({ reading }: { reading: WeightsReading }) {
  const { count } = reading;
  const dtypes = useMemo(() => new Map(reading.tensors.map((t) => [t.name, t.dtype])), [reading]);
  const notes = useMemo(() => readingNotes(count.parts, dtypes), [count, dtypes]);
  const name = checkpointName(reading);
  const experts = Math.max(...count.layers.map((l) => l.experts));
  const rows = [...standardRows(count), ...activeRows(reading)];

  return (
    <div className="weights-result" data-weights={name}>
      <CountTable rows={rows} caption={`Counts of ${name}, from its weights`} />
      {reading.topK !== undefined && (
        <p className="weights-topk">
          Per token: what one token uses, top‑{reading.topK.value} of the {formatCount(experts)} experts in each layer
          (as {reading.topK.from} says) and every other weight.
        </p>
      )}
      {experts > 0 && reading.topK === undefined && (
        <p className="weights-topk">
          This model routes each token to a few of its experts. Add its <code>config.json</code> to the files you choose
          to see what one token uses.
        </p>
      )}
      <ConfigCheck reading={reading} />
      {reading.missingBytes > 0 && (
        <p className="weights-note" role="note">
          The files are {formatCount(reading.missingBytes)} bytes shorter than their headers say: an incomplete
          download? The counts need only the headers, so they stand.
        </p>
      )}
      {notes.map((note) => (
        <p key={note} className="weights-note" role="note">
          {note}
        </p>
      ))}
      <TensorTable count={count} dtypes={dtypes} caption={`Every tensor of ${name}, layer by layer`} />
    </div>
  );
}
