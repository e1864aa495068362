/**
 * Neurons, synapses and parameters without their parts: what one token uses
 * of a part or a model (see {@link Count.active}).
 */
export interface Usage {
  neurons: number;
  synapses: number;
  parameters: number;
}

/**
 * One named piece of a layer or model, e.g. `attn.q` or `embed.tokens`.
 *
 * A neuron is one row of a weight matrix; its synapses are that row's entries.
 * Pieces that hold parameters but no weight matrix (biases kept apart, norms,
 * embedding tables) have `neurons: 0` and `synapses: 0`, so that every
 * {@link Count} satisfies `synapses === Σ parts.synapses`.
 *
 * `N` is the vocabulary of its names: any string by default, `GptPartName`
 * for the parts of a GPT.
 *
 * @example { name: 'attn.q', neurons: 12288, synapsesPerNeuron: 12288,
 *            synapses: 150994944, parameters: 151007232 }
 */
export interface Part<N extends string = string> {
  name: N;
  /** Rows of the weight matrix (output units). */
  neurons: number;
  /** Entries per row; 0 for parts without neurons. */
  synapsesPerNeuron: number;
  /** neurons × synapsesPerNeuron. */
  synapses: number;
  /** What PyTorch's `numel()` reports for this part: weights plus biases, norm and embedding tables. */
  parameters: number;
  /**
   * What one token uses of this part, where that is less than all of it: the
   * routed experts of a mixture of experts, of which a token uses top‑k.
   * Absent means a token uses the whole part.
   *
   * @example 8 experts, top‑2: { neurons: 2 · 14,336, synapses: 2 · 14,336 · 4,096, … }
   */
  active?: Usage;
}

/**
 * Totals of a layer or model, with the parts they are summed from.
 * All fields are exact integers except `synapsesPerNeuron`, which is
 * `synapses / neurons` unrounded (display rounds it). `N` is the vocabulary
 * of its parts' names (see {@link Part}).
 */
export interface Count<N extends string = string> {
  neurons: number;
  synapses: number;
  synapsesPerNeuron: number;
  parameters: number;
  /**
   * What one token uses: every part it always passes through (attention,
   * norms, routers, shared experts, dense layers, the embedding table and the
   * LM head, counted whole) plus the top‑k routed experts of each sparse
   * block. Always present; equal to the totals for every model without
   * routed experts. Counting the whole embedding table is how Mistral
   * (Mixtral's 12.9B) and Qwen count active parameters; OpenAI (gpt-oss) and
   * DeepSeek leave the input embedding out — subtract the `embed.tokens`
   * part to compare with them.
   */
  active: Usage;
  parts: Part<N>[];
}
