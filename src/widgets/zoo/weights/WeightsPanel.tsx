import { lazy, Suspense, useId, useState } from 'react';
import { useDropZone } from '../../../components/useDropZone.js';
import { formatCount } from '../../../format/numbers.js';
import type { WeightsReading } from '../../../weights/read.js';
import { WidgetHeading } from '../../../components/WidgetHeading.js';
import { ImportMessages } from '../ImportMessages.js';

const WeightsResult = lazy(() => import('./WeightsResult.js'));

const carriesFiles = (types: readonly string[]) => types.includes('Files');

const milliseconds = (ms: number) => (ms < 1 ? 'under a millisecond' : `${formatCount(Math.round(ms))} ms`);

/**
 * "Count from a weights file": a file picker and a drop zone for one
 * checkpoint's .safetensors or .gguf files (all its shards at once), with
 * its config.json if the reader has it. Only the headers are read, on this
 * device; the readers and the result's table load on first use. A file that cannot be read
 * says why, and the panel takes the next one.
 */
export function WeightsPanel() {
  const id = useId();
  const [reading, setReading] = useState<WeightsReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const read = async (files: File[]) => {
    if (files.length === 0) return;
    setStatus(`Reading the header${files.length === 1 ? '' : 's'} of ${files.map((f) => f.name).join(', ')}…`);
    setError(null);
    try {
      const { checkpointName, readWeights } = await import('../../../weights/read.js');
      const result = await readWeights(files);
      setReading(result);
      const weights = result.files.filter((f) => f.format !== 'config').length;
      setStatus(
        `Counted ${checkpointName(result)} from ${weights === 1 ? 'its header' : `the headers of ${weights} files`} in ${milliseconds(result.milliseconds)}: ${formatCount(result.count.parts.length)} tensors, ${formatCount(result.count.parameters)} parameters.`,
      );
    } catch (caught) {
      setReading(null);
      setStatus('');
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  const { dragging, handlers } = useDropZone(carriesFiles, (data) => void read([...data.files]));

  return (
    <section className="weights-panel" aria-labelledby={`${id}-title`}>
      <WidgetHeading id={`${id}-title`}>Count from a weights file</WidgetHeading>
      <p id={`${id}-hint`} className="zoo-import-hint">
        Open a model’s <code>.safetensors</code> or <code>.gguf</code> file, or every shard of it at once, and its{' '}
        <code>config.json</code> if you have it. Only each file’s header, its list of tensors and their shapes, is read,
        here on your device: the weights themselves are not, and nothing is sent anywhere.
      </p>
      <div className="weights-drop" data-dragging={dragging || undefined} {...handlers}>
        <span aria-hidden="true">Drop .safetensors or .gguf files here, or</span>
        <label className="file-button">
          <input
            type="file"
            className="sr-only"
            multiple
            accept=".safetensors,.gguf,.json"
            aria-describedby={`${id}-hint ${id}-error`}
            onChange={(event) => {
              void read([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
          Choose weights files…
        </label>
      </div>
      <ImportMessages errorId={`${id}-error`} error={error} status={status} />
      {reading !== null && (
        <Suspense fallback={null}>
          <WeightsResult reading={reading} />
        </Suspense>
      )}
    </section>
  );
}
