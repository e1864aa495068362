import { formatCount } from '../../format/numbers.js';
import { headsAddUp } from '../../models/gptShape.js';
import type { GptSizes } from './schema.js';

/**
 * How attention is split into heads. It changes no count when n_heads × d_head
 * = d_model; where a published row says otherwise, the row is counted as given.
 */
export function HeadsNote({ sizes }: { sizes: GptSizes }) {
  const { dModel, nHeads, dHead } = sizes;
  const addsUp = headsAddUp(dModel, sizes);
  return (
    <p className="heads-note" data-adds-up={addsUp}>
      <span className="heads-label">Attention heads</span>{' '}
      <span className="heads-sum">
        n_heads × d_head = {formatCount(nHeads)} × {formatCount(dHead)} = {formatCount(nHeads * dHead)}
      </span>{' '}
      {addsUp ? <span>= d_model</span> : <strong>≠ d_model ({formatCount(dModel)}): counted as given</strong>}
    </p>
  );
}
