import { describe, expect, it } from 'vitest';
import { blockFocus, dims, lit, type BlockFocus } from './focus.js';
import type { GptPartName } from '../../counting/index.js';

const part = (name: GptPartName): BlockFocus => ({ kind: 'part', part: name });

describe('blockFocus', () => {
  it('writes parts, count rows and controls as the ids the formula, rows and controls use, and reads them back', () => {
    const all: BlockFocus[] = [
      part('attn.q'),
      part('norm.mlp'),
      { kind: 'neurons' },
      { kind: 'synapses' },
      { kind: 'per-neuron' },
      { kind: 'parameters' },
      { kind: 'control', control: 'd_model' },
      { kind: 'control', control: 'd_ff' },
    ];
    expect(all.map(blockFocus.id)).toEqual([
      'attn.q',
      'norm.mlp',
      'neurons',
      'synapses',
      'per-neuron',
      'parameters',
      'd_model',
      'd_ff',
    ]);
    for (const focus of all) expect(blockFocus.parse(blockFocus.id(focus))).toEqual(focus);
  });

  it('reads nothing from ids it does not know', () => {
    expect(blockFocus.parse('attn')).toBeNull();
    expect(blockFocus.parse('d_head')).toBeNull();
    expect(blockFocus.parse('mlp.')).toBeNull();
    expect(blockFocus.parse('toString')).toBeNull();
    expect(blockFocus.parse(null)).toBeNull();
  });
});

describe('lighting', () => {
  it('a part lights that part alone, in every layer but the one-row highlight, and dims the rest', () => {
    expect(lit(part('mlp.key'), 'mlp.key', 'body')).toBe(true);
    expect(lit(part('mlp.key'), 'mlp.key', 'bias')).toBe(true);
    expect(lit(part('mlp.key'), 'attn.q', 'body')).toBe(false);
    expect(lit(part('norm.attn'), 'norm.attn', 'norm')).toBe(true);
    expect(lit(part('mlp.key'), 'mlp.key', 'row')).toBe(false);
    expect(lit(part('mlp.key'), null, 'stream')).toBe(false);
    expect(dims(part('mlp.key'))).toBe(true);
  });

  it('a count row lights what it counts: neurons the edges, synapses the bodies, per-neuron one row', () => {
    expect(lit({ kind: 'neurons' }, 'attn.q', 'neurons')).toBe(true);
    expect(lit({ kind: 'neurons' }, 'attn.q', 'body')).toBe(false);
    expect(lit({ kind: 'synapses' }, 'mlp.value', 'body')).toBe(true);
    expect(lit({ kind: 'synapses' }, 'mlp.value', 'bias')).toBe(false);
    expect(lit({ kind: 'per-neuron' }, 'mlp.value', 'row')).toBe(true);
    expect(lit({ kind: 'per-neuron' }, 'mlp.value', 'body')).toBe(false);
    expect(lit({ kind: 'parameters' }, 'norm.mlp', 'norm')).toBe(true);
    expect(lit({ kind: 'parameters' }, 'mlp.value', 'bias')).toBe(true);
    expect(lit({ kind: 'parameters' }, null, 'stream')).toBe(false);
    expect(dims({ kind: 'synapses' })).toBe(true);
  });

  it('a control lights what it sets and dims nothing, so dragging keeps the block in view', () => {
    const control = (name: 'd_model' | 'n_heads' | 'd_ff'): BlockFocus => ({ kind: 'control', control: name });
    expect(lit(control('d_model'), null, 'stream')).toBe(true);
    expect(lit(control('d_model'), 'mlp.key', 'body')).toBe(false);
    expect(lit(control('n_heads'), 'attn.q', 'heads')).toBe(true);
    expect(lit(control('n_heads'), 'attn.q', 'body')).toBe(false);
    expect(lit(control('d_ff'), 'mlp.value', 'body')).toBe(true);
    expect(lit(control('d_ff'), 'attn.o', 'body')).toBe(false);
    expect(dims(control('d_ff'))).toBe(false);
  });

  it('nothing focused lights and dims nothing', () => {
    expect(lit(null, 'attn.q', 'body')).toBe(false);
    expect(dims(null)).toBe(false);
  });
});
