import { memo, useId } from 'react';
import { formatCount, formatRatio } from '../../format/numbers.js';
import { SORT_KEYS, SORT_LABELS, type Order, type SortKey } from './model.js';
import { FAMILY_LABELS, type ZooRow } from './rows.js';

interface ZooTableProps {
  rows: readonly ZooRow[];
  sort: SortKey;
  order: Order;
  onSort: (key: SortKey) => void;
  focus: string | null;
  onFocus: (id: string | null) => void;
  selected: string | null;
  onSelect: (id: string) => void;
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
}: ZooTableProps) {
  const captionId = useId();
  return (
    <>
      <p className="zoo-table-caption" id={captionId}>
        Every model, counted. Sort by any column; pick a model for its breakdown.
      </p>
      <div className="zoo-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
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
                    <button type="button" onClick={() => onSort(key)}>
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
                onPointerEnter={() => onFocus(row.id)}
                onPointerLeave={() => onFocus(null)}
                onClick={() => onSelect(row.id)}
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
                <td className="num" data-count="neurons">
                  {formatCount(row.count.neurons)}
                </td>
                <td className="num" data-count="synapses">
                  {formatCount(row.count.synapses)}
                </td>
                <td className="num" data-count="per-neuron">
                  {formatRatio(row.count.synapsesPerNeuron)}
                </td>
                <td className="num" data-count="parameters">
                  {formatCount(row.count.parameters)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
});
