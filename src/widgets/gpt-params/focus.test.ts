import { describe, expect, it } from 'vitest';
import { countGpt, GPT2_PRESETS, parameterSteps } from '../../counting/index.js';
import { litRows, paramsFocus, type ParamsFocus } from './focus.js';

const small = GPT2_PRESETS.find((p) => p.id === 'gpt2-small')!;
const steps = parameterSteps(countGpt(small.spec));
const lit = (id: string | null) => {
  const rows = litRows(paramsFocus.parse(id), steps);
  return rows && [...rows].sort();
};

describe('paramsFocus', () => {
  it('writes steps, parts, the gap and the total as the ids the waterfall, formula and tables use, and reads them back', () => {
    const all: ParamsFocus[] = [
      { kind: 'step', step: 'norms' },
      { kind: 'step', step: 'synapses' },
      { kind: 'part', part: 'attn.q' },
      { kind: 'gap' },
      { kind: 'parameters' },
    ];
    expect(all.map(paramsFocus.id)).toEqual(['norms', 'synapses', 'attn.q', 'gap', 'parameters']);
    for (const focus of all) expect(paramsFocus.parse(paramsFocus.id(focus))).toEqual(focus);
  });

  it('reads nothing from ids it does not know', () => {
    expect(paramsFocus.parse('neurons')).toBeNull();
    expect(paramsFocus.parse('attn')).toBeNull();
    expect(paramsFocus.parse(null)).toBeNull();
  });
});

describe('litRows', () => {
  it('a step lights itself alone', () => {
    expect(lit('biases')).toEqual(['biases']);
  });

  it('a part lights each step it is summed into: a projection its synapses and its biases, a norm the norms', () => {
    expect(lit('attn.q')).toEqual(['biases', 'synapses']);
    expect(lit('norm.mlp')).toEqual(['norms']);
    expect(lit('embed.positions')).toEqual(['positions']);
  });

  it('"other parameters" lights every step after the synapses, and the total lights itself', () => {
    expect(lit('gap')).toEqual(['biases', 'norms', 'positions', 'tokens']);
    expect(lit('parameters')).toEqual(['parameters']);
  });

  it('a part the model lacks, a count the waterfall does not show, or nothing, dims nothing', () => {
    expect(lit('lm_head')).toBeNull();
    expect(lit('neurons')).toBeNull();
    expect(lit(null)).toBeNull();
  });
});
