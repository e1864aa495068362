import type { Cell } from '../../counting/index.js';

/**
 * One group of H linear neurons inside a recurrent cell. Every group reads the
 * same x_t and h_{t−1}; only what happens to its outputs differs: squashed by
 * σ (a gate, between 0 and 1) or tanh (a candidate value, between −1 and 1).
 */
export interface Gate {
  /** The letter in PyTorch's equations: i, f, g, o (LSTM); r, z, n (GRU); h (plain RNN). */
  id: string;
  name: string;
  squash: 'σ' | 'tanh';
}

/** Gate groups in the order PyTorch stacks their rows in weight_ih and weight_hh. */
export const GATE_GROUPS: Readonly<Record<Cell, readonly Gate[]>> = {
  rnn: [{ id: 'h', name: 'hidden', squash: 'tanh' }],
  lstm: [
    { id: 'i', name: 'input gate', squash: 'σ' },
    { id: 'f', name: 'forget gate', squash: 'σ' },
    { id: 'g', name: 'cell candidate', squash: 'tanh' },
    { id: 'o', name: 'output gate', squash: 'σ' },
  ],
  gru: [
    { id: 'r', name: 'reset gate', squash: 'σ' },
    { id: 'z', name: 'update gate', squash: 'σ' },
    { id: 'n', name: 'new candidate', squash: 'tanh' },
  ],
};

/** Only the LSTM carries a second state, c_t, from step to step. */
export const hasCellState = (cell: Cell): boolean => cell === 'lstm';
