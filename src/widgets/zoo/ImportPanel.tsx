import { useId, useRef, useState } from 'react';
import { useDropZone } from '../../components/useDropZone.js';
import { formatQuantity } from '../../format/numbers.js';
import type { ConfigModel, ZooRow } from './rows.js';
import { loadImporter, useImporter } from './useImporter.js';
import { WidgetHeading } from '../../components/WidgetHeading.js';
import { ImportMessages } from './ImportMessages.js';

interface ImportPanelProps {
  /** Adds a model read from a config. */
  onCount: (model: ConfigModel) => ZooRow;
  /** Predict, then reveal: the model counted is named without its count. */
  hideCounts?: boolean;
}

const sampleName = (repo: string) => repo.split('/').at(-1)!;
const carriesData = (types: readonly string[]) => types.some((t) => t === 'Files' || t === 'text/plain');

/**
 * "Count your model": a labelled textarea and a button, a file picker, and
 * the whole panel as a drop zone. A config that cannot be counted leaves the
 * table as it was and says, inline, what is wrong with it.
 */
export function ImportPanel({ onCount, hideCounts = false }: ImportPanelProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [counted, setCounted] = useState<ZooRow | null>(null);
  const id = useId();
  const panel = useRef<HTMLElement>(null);
  const { importer, want } = useImporter(panel);

  const count = async (value: string) => {
    setText(value);
    try {
      const { readConfig } = await loadImporter();
      const row = onCount(readConfig(value));
      setError(null);
      setCounted(row);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setCounted(null);
    }
  };
  const status =
    counted === null
      ? ''
      : hideCounts
        ? `Counted ${counted.name}. It has joined the table; reveal the counts to see it on the chart.`
        : `Counted ${counted.name}: ${formatQuantity(counted.count.parameters, 'parameters')}. It has joined the chart and the table, and its breakdown is below the table.`;
  const readFile = async (file: File) => void count(await file.text());

  const { dragging, handlers } = useDropZone(carriesData, (data) => {
    const file = data.files[0];
    if (file !== undefined) void readFile(file);
    else void count(data.getData('text/plain'));
  });

  return (
    <section
      ref={panel}
      className="zoo-import"
      aria-labelledby={`${id}-title`}
      data-dragging={dragging || undefined}
      onPointerEnter={want}
      onFocus={want}
      {...handlers}
    >
      <WidgetHeading id={`${id}-title`}>Count your model</WidgetHeading>
      <p id={`${id}-hint`} className="zoo-import-hint">
        Paste the <code>config.json</code> of a Hugging Face model, choose the file, or drop it anywhere on this panel.
        {importer && ` It reads model types ${importer.HF_MODEL_TYPES.join(', ')}.`}
      </p>
      <label className="zoo-import-label" htmlFor={`${id}-text`}>
        config.json
      </label>
      <textarea
        id={`${id}-text`}
        rows={7}
        spellCheck={false}
        value={text}
        placeholder={'{ "model_type": "llama", "hidden_size": 4096, … }'}
        aria-invalid={error !== null || undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="zoo-import-actions">
        <button type="button" className="primary" onClick={() => void count(text)}>
          Count this model
        </button>
        <label className="file-button">
          <input
            type="file"
            className="sr-only"
            accept=".json,application/json"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file !== undefined) void readFile(file);
              event.target.value = '';
            }}
          />
          Choose a config.json file…
        </label>
      </div>
      <ImportMessages errorId={`${id}-error`} error={error} status={status} />
      <div className="zoo-samples" role="group" aria-labelledby={`${id}-samples`} aria-busy={importer === null}>
        <span id={`${id}-samples`}>Or count a real one:</span>
        {importer?.HF_CONFIG_EXAMPLES.map((example) => (
          <button
            key={example.repo}
            type="button"
            onClick={() => void count(JSON.stringify({ _name_or_path: example.repo, ...example.config }, null, 2))}
          >
            {sampleName(example.repo)}
          </button>
        ))}
      </div>
    </section>
  );
}
