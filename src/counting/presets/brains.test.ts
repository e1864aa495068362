import { describe, expect, it } from 'vitest';
import { countNervousSystem, NERVOUS_SYSTEMS } from '../index.js';

const system = (id: string) => countNervousSystem(NERVOUS_SYSTEMS.find((s) => s.id === id)!);

describe('nervous systems', () => {
  it('the human brain: 86 billion neurons of about 7,000 synapses, 602 trillion synapses', () => {
    expect(system('human')).toEqual({ neurons: 86e9, synapses: 602e12, synapsesPerNeuron: 7000 });
  });

  it('the fruit fly: synapses per neuron from the FlyWire totals', () => {
    expect(system('fruit-fly')).toEqual({
      neurons: 139_000,
      synapses: 54_500_000,
      synapsesPerNeuron: 54_500_000 / 139_000,
    });
  });

  it('systems whose sources give only neurons have no synapse figures, not made-up ones', () => {
    for (const id of ['c-elegans', 'honey-bee', 'mouse']) {
      expect(system(id)).toMatchObject({ synapses: null, synapsesPerNeuron: null });
    }
    expect(system('c-elegans').neurons).toBe(302);
  });
});
