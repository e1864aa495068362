import { describe, expect, it } from 'vitest';
import { countMlp } from '../../counting/index.js';
import { standardRows } from '../CountTable.js';
import { countsCsv } from './csv.js';

describe('countsCsv', () => {
  it('writes exact counts and parts, quoting where needed', () => {
    const count = countMlp({ sizes: [3, 2, 2] });
    const csv = countsCsv(standardRows(count), count.parts);
    expect(csv).toBe(
      'count,value\nNeurons,4\nSynapses per neuron,2.5\nSynapses,10\nParameters,14\n\n' +
        'part,neurons,synapses per neuron,synapses,parameters\nlayer1,2,3,6,8\nlayer2,2,2,4,6\n',
    );
    expect(countsCsv([{ id: 'a', label: 'A, "b"', value: 1, kind: 'neuron' }])).toBe('count,value\n"A, ""b""",1\n');
  });

  it('starts with the settings and the link that produced the counts, and names parts as the table does', () => {
    const count = countMlp({ sizes: [3, 2, 2] });
    const csv = countsCsv(standardRows(count), count.parts, {
      settings: [
        ['sizes', '3,2,2'],
        ['bias', '1'],
      ],
      source: 'https://example.org/embed/mlp?sizes=3,2,2',
      partLabels: { layer1: 'Layer 1, hidden' },
    });
    const lines = csv.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'setting,value',
      'sizes,"3,2,2"',
      'bias,1',
      'link,"https://example.org/embed/mlp?sizes=3,2,2"',
      '',
    ]);
    const parts = lines.slice(lines.indexOf('part,neurons,synapses per neuron,synapses,parameters') + 1);
    expect(parts.map((line) => line.replace(/,[\d.,]+$/, ''))).toEqual(['"Layer 1, hidden"', 'layer2', '']);
  });
});
