import type { RecurrentSpec } from '../recurrent.js';

/**
 * One layer of a network, written the way its reference code builds it, so a
 * model reads like its PyTorch source: `{ kind: 'conv', inChannels: 3,
 * outChannels: 64, kernelSize: 7, stride: 2, padding: 3, bias: false }` is
 * `nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False)`.
 *
 * `name` is the module's name in its container; it defaults to the layer's
 * index there, as `nn.Sequential` numbers its children (activations, pools
 * and dropouts included), so part names match PyTorch's `named_parameters()`
 * prefixes, e.g. `features.3` or `layer2.0.downsample.0`.
 */
export type LayerSpec =
  | InputSpec
  | LinearLayer
  | ConvLayer
  | BatchNormLayer
  | LayerNormLayer
  | PoolLayer
  | AdaptivePoolLayer
  | EmbeddingLayer
  | RecurrentLayer
  | PassLayer
  | FlattenLayer
  | SequentialLayer
  | ResidualLayer;

interface Named {
  name?: string;
}

/**
 * The shape of one example (no batch dimension), e.g. [3, 224, 224] for an
 * image or [35] for 35 token ids. Only as the network's first layer; with it,
 * every layer's input is checked against the output of the layer before.
 */
export interface InputSpec {
  kind: 'input';
  shape: readonly number[];
}

/** `nn.Linear`: acts on the last dimension. */
export interface LinearLayer extends Named {
  kind: 'linear';
  inFeatures: number;
  outFeatures: number;
  bias?: boolean;
}

/**
 * `nn.Conv{1,2,3}d`. Stride, padding and dilation change the output's size,
 * not the neurons (one per output channel) nor their synapses.
 */
export interface ConvLayer extends Named {
  kind: 'conv';
  inChannels: number;
  outChannels: number;
  kernelSize: number | readonly number[];
  dims?: 1 | 2 | 3;
  stride?: number;
  padding?: number;
  dilation?: number;
  groups?: number;
  bias?: boolean;
}

/** `nn.BatchNorm{1,2,3}d(features)`: a weight and a bias per feature when affine (the default). */
export interface BatchNormLayer extends Named {
  kind: 'batchnorm';
  features: number;
  affine?: boolean;
}

/** `nn.LayerNorm(shape)`: a weight and a bias per normalised element when affine (the default). */
export interface LayerNormLayer extends Named {
  kind: 'layernorm';
  shape: number | readonly number[];
  affine?: boolean;
}

/** `nn.MaxPool*d` / `nn.AvgPool*d`; stride defaults to the kernel size. No parameters. */
export interface PoolLayer extends Named {
  kind: 'pool';
  mode: 'max' | 'avg';
  kernelSize: number;
  stride?: number;
  padding?: number;
  dims?: 1 | 2 | 3;
}

/** `nn.AdaptiveAvgPool*d(output)` / `nn.AdaptiveMaxPool*d(output)`. No parameters. */
export interface AdaptivePoolLayer extends Named {
  kind: 'adaptive-pool';
  mode: 'max' | 'avg';
  output: number | readonly number[];
  dims?: 1 | 2 | 3;
}

/** `nn.Embedding`: a lookup table, parameters but no neurons. Appends a dimension of `embeddingDim`. */
export interface EmbeddingLayer extends Named {
  kind: 'embedding';
  numEmbeddings: number;
  embeddingDim: number;
}

/** `nn.RNN / nn.LSTM / nn.GRU` over a sequence: acts on the last dimension. */
export interface RecurrentLayer extends Named, RecurrentSpec {
  kind: 'recurrent';
}

/** A layer with no parameters that keeps its input's shape: an activation (`fn`, e.g. 'relu') or dropout. */
export interface PassLayer extends Named {
  kind: 'activation' | 'dropout';
  fn?: string;
}

/** `torch.flatten(x, 1)` / `nn.Flatten()`: one dimension of every element. */
export interface FlattenLayer extends Named {
  kind: 'flatten';
}

/** `nn.Sequential`: its layers in order; their parts are named `<name>.<child>`. */
export interface SequentialLayer extends Named {
  kind: 'sequential';
  layers: readonly LayerSpec[];
}

/**
 * A residual block: `layers(x) + shortcut(x)`, the shortcut being the
 * identity when absent (as in ResNet's BasicBlock and Bottleneck, whose
 * shortcut is named `downsample`). Both paths must give the same shape.
 */
export interface ResidualLayer extends Named {
  kind: 'residual';
  layers: readonly LayerSpec[];
  shortcut?: readonly LayerSpec[];
  /** The shortcut's module name. Default `downsample`. */
  shortcutName?: string;
}
