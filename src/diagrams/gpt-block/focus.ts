/**
 * What the reader points at in the GPT block widget, as the store's focus
 * string, shared by the diagram, the formula, the count rows and the parts
 * table: a part name from the counting library (`attn.q`, `mlp.key`,
 * `norm.attn`, …), a count row (`neurons`, `per-neuron`, `synapses`,
 * `parameters`), or a control (`d_model`, `n_heads`, `d_ff`).
 */
export type Layer = 'body' | 'neurons' | 'bias' | 'row' | 'heads' | 'norm' | 'stream' | 'op';

const isPart = (focus: string) => /^(attn|mlp|norm)\./.test(focus);

/**
 * Whether one layer of one drawn part is lit for `focus`: true (lit), false
 * (dimmed) or undefined (drawn as usual). `part` is null for the stream. A
 * control under the pointer only lights what it sets and dims nothing, so the
 * whole block stays in view while the reader drags.
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
      return layer === 'stream' || undefined;
    case 'n_heads':
      return layer === 'heads' || undefined;
    case 'd_ff':
      return (part?.startsWith('mlp.') && layer === 'body') || undefined;
    default:
      return undefined;
  }
}
