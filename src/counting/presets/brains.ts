import { product } from '../errors.js';

/**
 * A nervous system, as its source estimates it. Figures are published
 * estimates, not counts: the comparison is about orders of magnitude.
 */
export interface NervousSystem {
  id: string;
  name: string;
  /** Latin name of the species, shown in italics. */
  species: string;
  neurons: number;
  /** Total synapses, where the source gives them. */
  synapses?: number;
  /** Synapses per neuron, where the source gives that instead of a total. */
  synapsesPerNeuron?: number;
  source: string;
  /** The source in a few words, for charts and captions: "Azevedo et al. 2009". */
  cite: string;
  /** Where the synapse figure comes from, when not from `source`. */
  synapsesSource?: string;
}

/** A nervous system whose source gives synapses too (as a total or per neuron). */
export type NervousSystemWithSynapses = NervousSystem & ({ synapses: number } | { synapsesPerNeuron: number });

export const NERVOUS_SYSTEMS: readonly NervousSystem[] = [
  {
    id: 'c-elegans',
    name: 'Roundworm',
    species: 'C. elegans',
    neurons: 302,
    cite: 'White et al. 1986',
    source: 'White et al. 1986, “The structure of the nervous system of the nematode Caenorhabditis elegans”',
  },
  {
    id: 'fruit-fly',
    name: 'Fruit fly',
    species: 'Drosophila melanogaster',
    neurons: 139_000,
    synapses: 54_500_000,
    cite: 'Dorkenwald et al. 2024',
    source: 'Dorkenwald et al. 2024, “Neuronal wiring diagram of an adult brain” (FlyWire)',
  },
  {
    id: 'honey-bee',
    name: 'Honey bee',
    species: 'Apis mellifera',
    neurons: 960_000,
    cite: 'Menzel & Giurfa 2001',
    source: 'Menzel & Giurfa 2001, “Cognitive architecture of a mini-brain: the honeybee”',
  },
  {
    id: 'mouse',
    name: 'Mouse',
    species: 'Mus musculus',
    neurons: 71_000_000,
    cite: 'Herculano-Houzel et al. 2006',
    source: 'Herculano-Houzel et al. 2006, “Cellular scaling rules for rodent brains”',
  },
  {
    id: 'human',
    name: 'Human',
    species: 'Homo sapiens',
    neurons: 86_000_000_000,
    synapsesPerNeuron: 7000,
    cite: 'Azevedo et al. 2009',
    source:
      'Azevedo et al. 2009, “Equal numbers of neuronal and nonneuronal cells make the human brain an isometrically scaled-up primate brain”',
    synapsesSource: 'a commonly quoted average of about 7,000 synapses per neuron',
  },
];

/** The human brain, the comparison the site comes back to. */
export const HUMAN_BRAIN = NERVOUS_SYSTEMS.find((s) => s.id === 'human') as NervousSystemWithSynapses;

/** Neurons, synapses and synapses per neuron of a nervous system; null where its source gives neither. */
export function countNervousSystem(system: NervousSystemWithSynapses): {
  neurons: number;
  synapses: number;
  synapsesPerNeuron: number;
};
export function countNervousSystem(system: NervousSystem): {
  neurons: number;
  synapses: number | null;
  synapsesPerNeuron: number | null;
};
export function countNervousSystem(system: NervousSystem) {
  const { neurons, synapses, synapsesPerNeuron } = system;
  if (synapses !== undefined) return { neurons, synapses, synapsesPerNeuron: synapses / neurons };
  if (synapsesPerNeuron !== undefined) {
    return { neurons, synapses: product(system.id, neurons, synapsesPerNeuron), synapsesPerNeuron };
  }
  return { neurons, synapses: null, synapsesPerNeuron: null };
}
