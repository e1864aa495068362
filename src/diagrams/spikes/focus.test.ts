import { describe, expect, it } from 'vitest';
import { partLit, spikeFocus, spikePartOf, type SpikeFocus } from './focus.js';

describe('spikeFocus', () => {
  it('reads back every id it writes', () => {
    const kinds: SpikeFocus['kind'][] = ['spikes', 'rate', 'w', 'output', 'output-rate', 'theta', 'tau', 'peak'];
    for (const kind of kinds) expect(spikeFocus.parse(spikeFocus.id({ kind }))).toEqual({ kind });
  });

  it('reads nothing from ids it does not know', () => {
    expect(spikeFocus.parse('other')).toBeNull();
    expect(spikeFocus.parse('hasOwnProperty')).toBeNull();
    expect(spikeFocus.parse(null)).toBeNull();
  });
});

describe('lighting', () => {
  it('maps count rows and formula terms to diagram parts', () => {
    const ids = ['spikes', 'rate', 'w', 'output', 'output-rate', 'theta', 'tau', 'peak', 'other', null];
    expect(ids.map((id) => spikePartOf(spikeFocus.parse(id)))).toEqual([
      'inputs',
      'inputs',
      'inputs',
      'output',
      'output',
      'threshold',
      'trace',
      'trace',
      null,
      null,
    ]);
  });

  it('lights only the part in focus', () => {
    expect(partLit('output', 'output')).toBe(true);
    expect(partLit('output', 'inputs')).toBe(false);
    expect(partLit(null, 'inputs')).toBe(false);
  });
});
