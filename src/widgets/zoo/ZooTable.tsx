import { memo, useId } from 'react';
import { formatCount, formatRatio } from '../../format/numbers.js';
import { SORT_KEYS, SORT_LABELS, type Order, type SortKey } from './model.js';
import { FAMILY_LABELS, type ZooRow } from './rows.js';
import { hoverLight } from '../../components/pointing.js';
import { ScrollRegion } from '../../components/ScrollRegion.js';

interface ZooTableProps {
  rows: readonly ZooRow[];
  sort: SortKey;
  order: Order;
  onSort: (key: SortKey) => void;
  focus: string | null;
  onFocus: (id: string | null) => void;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Predict, then reveal: the counts are hidden until the reader shows them. */
  hideCounts?: boolean;
}

/** A count cell, with what one token uses under it for a mixture of experts, or a "?" while the counts are hidden. */
function CountCell({ id, text, active, hidden }: { id: string; text: string; active?: string; hidden: boolean }) {
  if (hidden) return <td className="num">?</td>;
  return (
    <td className="num">
      <span data-count={id}>{text}</span>
      {active !== undefined && (
        <span className="per-token" data-active={id}>
          {active} <abbr title="what one token uses">a token</abbr>
        </span>
      )}
    </td>
  );
}

/** What one token uses of `key`, where it is less than the whole (a mixture of experts). */
function perToken(row: ZooRow, key: 'neurons' | 'synapses' | 'parameters'): string | undefined {
  const active = row.count.active[key];
  return active < row.count[key] ? formatCount(active) : undefined;
}

const COLUMN_CLASS: Readonly<Record<SortKey, string>> = {
  name: '',
  neurons: 'num neuron-text',
  synapses: 'num synapse-text',
  'per-neuron': 'num synapse-text',
  parameters: 'num',
};

/**
 * Every model with its four counts. Each column header is a button that
 * sorts by it (again to turn the order round), with `aria-sort` on the
 * sorted one; each model's name is a button that opens its breakdown.
 */
export const ZooTable = memo(function ZooTable({
  rows,
  sort,
  order,
  onSort,
  focus,
  onFocus,
  selected,
  onSelect,
  hideCounts = false,
}: ZooTableProps) {
  const captionId = useId();
  return (
    <>
      <p className="zoo-table-caption" id={captionId}>
        Every model, counted. Sort by any column; pick a model for its breakdown. Under a mixture of experts’ total,
        what one token uses (“a token”): every part it passes through, and only the experts the router picks.
      </p>
      <ScrollRegion className="zoo-table-scroll" labelledBy={captionId}>
        <table className="zoo-table">
          <caption className="sr-only">
            Every model with its neurons, synapses, synapses per neuron and parameters
          </caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => {
                const sorted = sort === key;
                return (
                  <th
                    key={key}
                    scope="col"
                    className={COLUMN_CLASS[key]}
                    aria-sort={sorted ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" onClick={() => onSort(key)} disabled={hideCounts && key !== 'name'}>
                      {SORT_LABELS[key]}
                      <span className="sort-arrow" aria-hidden="true" data-sorted={sorted || undefined}>
                        {sorted && order === 'desc' ? '▼' : '▲'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-row={row.id}
                data-focused={focus === row.id ? '' : undefined}
                data-selected={selected === row.id || undefined}
                data-imported={row.imported ? '' : undefined}
                {...hoverLight((on) => onFocus(on ? row.id : null))}
                onClick={() => {
                  onFocus(row.id);
                  onSelect(row.id);
                }}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="model-name"
                    aria-pressed={selected === row.id}
                    onFocus={() => onFocus(row.id)}
                    onBlur={() => onFocus(null)}
                  >
                    <span className="name">{row.name}</span>
                    <span className="family">
                      {row.imported ? 'Yours · ' : ''}
                      {FAMILY_LABELS[row.family]}
                    </span>
                  </button>
                </th>
                <CountCell
                  id="neurons"
                  text={formatCount(row.count.neurons)}
                  active={perToken(row, 'neurons')}
                  hidden={hideCounts}
                />
                <CountCell
                  id="synapses"
                  text={formatCount(row.count.synapses)}
                  active={perToken(row, 'synapses')}
                  hidden={hideCounts}
                />
                <CountCell id="per-neuron" text={formatRatio(row.count.synapsesPerNeuron)} hidden={hideCounts} />
                <CountCell
                  id="parameters"
                  text={formatCount(row.count.parameters)}
                  active={perToken(row, 'parameters')}
                  hidden={hideCounts}
                />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
});
