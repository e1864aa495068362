/**
 * What the reader points at in the GPT block widget, as the store's focus
 * string, shared by the diagram, the formula, the count rows and the parts
 * table: a part name from the counting library (`attn.q`, `mlp.key`,
 * `norm.attn`, …), a count row (`neurons`, `per-neuron`, `synapses`,
 * `parameters`), or a control (`d_model`, `n_heads`, `d_ff`).
 */
export type Layer = 'body' | 'neurons' | 'bias' | 'row' | 'heads' | 'norm' | 'stream';

const isPart = (focus: string) => /^(attn|mlp|norm)\./.test(focus);

/**
 * Whether one layer of one drawn part is lit for `focus`: true (lit), false
 * (dimmed) or undefined when nothing is focused. `part` is null for the stream.
 */
export function lit(focus: string | null, part: string | null, layer: Layer): boolean | undefined {
  if (focus === null) return undefined;
  if (isPart(focus)) return part === focus && layer !== 'row';
  switch (focus) {
    case 'neurons':
      return layer === 'neurons';
    case 'synapses':
      return layer === 'body';
    case 'per-neuron':
      return layer === 'row';
    case 'parameters':
      return ['body', 'neurons', 'bias', 'norm', 'heads'].includes(layer);
    case 'd_model':
      return layer === 'stream';
    case 'n_heads':
      return part !== null && /^attn\.[qkvo]$/.test(part) && layer !== 'row' && layer !== 'bias';
    case 'd_ff':
      return part !== null && part.startsWith('mlp.') && layer !== 'row';
    default:
      return undefined;
  }
}
