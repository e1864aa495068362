import { expect } from 'vitest';
import type { Count } from './types.js';

/** Asserts the invariants every Count keeps: totals are the sums of the parts, each part is rows × columns. */
export function sumOfParts(count: Omit<Count, 'active'>): void {
  const sum = (key: 'neurons' | 'synapses' | 'parameters') => count.parts.reduce((a, p) => a + p[key], 0);
  expect(count.neurons).toBe(sum('neurons'));
  expect(count.synapses).toBe(sum('synapses'));
  expect(count.parameters).toBe(sum('parameters'));
  expect(count.synapsesPerNeuron).toBe(count.neurons === 0 ? 0 : count.synapses / count.neurons);
  for (const part of count.parts) expect(part.synapses).toBe(part.neurons * part.synapsesPerNeuron);
}
