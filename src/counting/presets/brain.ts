import type { NervousSystemSpec } from '../brain.js';

/** A nervous system the site compares models with; `sources` says where each figure comes from. */
export interface NervousSystemPreset extends NervousSystemSpec {
  id: string;
  name: string;
  /** Short citations for each figure, e.g. "Azevedo et al. 2009". */
  sources: { neurons: string; synapsesPerNeuron: string };
}

/**
 * About 86 billion neurons (Azevedo et al. 2009, counted by isotropic
 * fractionation) and about 7,000 synapses per neuron, a common round estimate
 * and the one the original post uses. Both are averages over a whole brain.
 */
export const HUMAN_BRAIN: NervousSystemPreset = {
  id: 'human',
  name: 'Human brain',
  neurons: 86_000_000_000,
  synapsesPerNeuron: 7_000,
  sources: { neurons: 'Azevedo et al. 2009', synapsesPerNeuron: 'a common estimate' },
};
