/**
 * One named piece of a layer or model, e.g. `attn.q` or `embed.tokens`.
 *
 * A neuron is one row of a weight matrix; its synapses are that row's entries.
 * Pieces that hold parameters but no weight matrix (biases kept apart, norms,
 * embedding tables) have `neurons: 0` and `synapses: 0`, so that every
 * {@link Count} satisfies `synapses === Σ parts.synapses`.
 *
 * @example { name: 'attn.q', neurons: 12288, synapsesPerNeuron: 12288,
 *            synapses: 150994944, parameters: 151007232 }
 */
export interface Part {
  name: string;
  /** Rows of the weight matrix (output units). */
  neurons: number;
  /** Entries per row; 0 for parts without neurons. */
  synapsesPerNeuron: number;
  /** neurons × synapsesPerNeuron. */
  synapses: number;
  /** What PyTorch's `numel()` reports for this part: weights plus biases, norm and embedding tables. */
  parameters: number;
}

/**
 * Totals of a layer or model, with the parts they are summed from.
 * All fields are exact integers except `synapsesPerNeuron`, which is
 * `synapses / neurons` unrounded (display rounds it).
 */
export interface Count {
  neurons: number;
  synapses: number;
  synapsesPerNeuron: number;
  parameters: number;
  parts: Part[];
}
