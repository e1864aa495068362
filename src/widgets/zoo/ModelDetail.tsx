import { useId, useMemo, useState } from 'react';
import { CountTable } from '../../components/CountTable.js';
import { PartsTable } from '../../components/PartsTable.js';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { detailRows, publishedNote, readSummary } from './notes.js';
import { GROUP_ABOVE, groupParts, partLabels } from './parts.js';
import type { ZooRow } from './rows.js';
import { WidgetHeading } from '../../components/WidgetHeading.js';

interface ModelDetailProps {
  row: ZooRow;
  onRemove: (id: string) => void;
}

function Published({ row }: { row: ZooRow }) {
  const note = publishedNote(row);
  if (note === undefined) return null;
  return note.matches ? (
    <p className="zoo-published" data-matches="">
      <strong>Matches</strong> the published count, {note.printed}.
    </p>
  ) : (
    <p className="zoo-published" data-matches="false">
      <strong>Printed as {note.printed}</strong>, which this count does not round to. {note.reason}
    </p>
  );
}

/** One model in full: where it comes from, its counts with how they are made, and its parts. */
export function ModelDetail({ row, onRemove }: ModelDetailProps) {
  const id = useId();
  const [everyLayer, setEveryLayer] = useState(false);
  const labels = useMemo(() => partLabels(row), [row]);
  const grouped = useMemo(() => groupParts(row.count.parts), [row]);
  const canGroup = row.preset?.kind === 'network' && row.count.parts.length > GROUP_ABOVE;
  const showGrouped = canGroup && !everyLayer;
  const groupLabels = Object.fromEntries(
    [...grouped.sizes].map(([name, size]) => [name, size === 1 ? (labels[name] ?? name) : `${name} · ${size} layers`]),
  );
  const blocks = row.preset?.kind === 'network' ? undefined : (row.preset?.spec ?? row.imported?.spec)?.nLayers;

  return (
    <section className="zoo-detail" aria-labelledby={`${id}-title`} data-detail={row.id}>
      <header className="zoo-detail-header">
        <WidgetHeading id={`${id}-title`}>{row.name}</WidgetHeading>
        {row.imported && (
          <button type="button" onClick={() => onRemove(row.id)}>
            Remove from the table
          </button>
        )}
      </header>
      <p className="zoo-detail-about">
        {row.description}.{' '}
        {row.preset ? <span className="zoo-source">Source: {row.preset.source}.</span> : 'Read from your config.json.'}
      </p>
      <Published row={row} />
      <div className="zoo-detail-body">
        <CountTable rows={detailRows(row)} caption={`Counts of ${row.name}`} />
        {row.imported && (
          <dl className="zoo-read" aria-label="What was read from config.json">
            {readSummary(row.imported.spec).map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <div className="zoo-parts">
        <PartsTable
          caption={
            blocks === undefined
              ? `Parts of ${row.name}, layer by layer`
              : `Parts of ${row.name}, those of a block summed over its ${formatQuantity(blocks, 'blocks')}`
          }
          parts={showGrouped ? grouped.parts : row.count.parts}
          labels={showGrouped ? groupLabels : labels}
        />
      </div>
      {canGroup && (
        <button
          type="button"
          className="zoo-expand"
          aria-expanded={everyLayer}
          onClick={() => setEveryLayer((v) => !v)}
        >
          {everyLayer ? 'Group by module' : `Show all ${formatCount(row.count.parts.length)} parts`}
        </button>
      )}
    </section>
  );
}
