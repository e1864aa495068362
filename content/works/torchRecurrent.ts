import type { Reference } from '../references.js';

export const torchRecurrent: Reference = {
  authors: 'PyTorch contributors',
  title: 'torch.nn.RNN, torch.nn.LSTM and torch.nn.GRU',
  venue: 'PyTorch documentation',
  url: 'https://docs.pytorch.org/docs/stable/nn.html#recurrent-layers',
};
