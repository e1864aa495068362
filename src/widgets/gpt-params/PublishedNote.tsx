import { countGpt, GPT3_PRESETS, type GptPreset, type GptSpec } from '../../counting/index.js';
import { formatCount, formatRatio } from '../../format/numbers.js';
import { headsAddUp } from '../../models/gptShape.js';
import type { GptSizes } from '../gpt-sizes/schema.js';
import { compareWithPublished } from '../../models/published.js';

interface PublishedNoteProps {
  preset: GptPreset | undefined;
  sizes: GptSizes;
  /** The sizes as the library counts them, from the widget's view. */
  spec: GptSpec;
  /** The count; null while the counts are hidden (predict, then reveal). */
  parameters: number | null;
}

/** The count beside the model's published figure; for a row that does not add up, what it would be if it did. */
export function PublishedNote({ preset, sizes, spec, parameters }: PublishedNoteProps) {
  if (preset === undefined) {
    return (
      <p className="published-note">These sizes are not one of the published models: no figure to compare with.</p>
    );
  }
  const source = GPT3_PRESETS.includes(preset) ? 'Table 2.1 of the GPT‑3 paper prints' : 'its published checkpoint has';
  if (parameters === null) {
    return (
      <p className="published-note">
        <span>
          <strong>{preset.name}</strong>: {source} <strong>{preset.published.as}</strong>. How close is the count?
        </span>
      </p>
    );
  }
  const c = compareWithPublished(preset.published, parameters);
  const percent = formatRatio(Math.abs(c.relative) * 100);
  let verdict: string;
  if (c.exact) verdict = 'the count matches it exactly.';
  else if (c.counted === c.printed)
    verdict = `the count rounds to the same figure (${percent}% ${c.relative < 0 ? 'below' : 'above'}).`;
  else verdict = `the count is ${c.counted}, ${percent}% ${c.relative < 0 ? 'below' : 'above'}.`;
  let addingUp: string | undefined;
  if (!headsAddUp(sizes.dModel, sizes)) {
    // Attention as wide as d_model: one head of width d_model gives the same counts as any even split.
    const even = countGpt({ ...spec, nHeads: 1, dHead: spec.dModel }).parameters;
    const asEven = compareWithPublished(preset.published, even);
    addingUp = `This row does not add up: ${formatCount(sizes.nHeads)} heads × ${formatCount(sizes.dHead)} = ${formatCount(sizes.nHeads * sizes.dHead)}, not d_model = ${formatCount(sizes.dModel)}. With attention as wide as d_model, the count would be ${formatCount(even)} (${asEven.counted}).`;
  }
  return (
    <p className="published-note" data-exact={c.exact}>
      <span>
        <strong>{preset.name}</strong>: {source} <strong>{c.printed}</strong>; {verdict}
      </span>
      {addingUp && <span className="published-odd"> {addingUp}</span>}
    </p>
  );
}
