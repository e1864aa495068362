import { countConv } from '../conv.js';
import { flag, product, SizeError, wholeNumber } from '../errors.js';
import { countLinear } from '../linear.js';
import { countOf, parameterPart } from '../parts.js';
import { countRecurrent } from '../recurrent.js';
import type { Count, Part } from '../types.js';
import { expectSize, flattened, sameShape, slidingSide, spatial, withLast, type Shape } from './shape.js';
import type { LayerSpec } from './spec.js';
import { renamed, sides, within } from './within.js';

const KINDS = [
  'input',
  'linear',
  'conv',
  'batchnorm',
  'layernorm',
  'pool',
  'adaptive-pool',
  'embedding',
  'recurrent',
  'activation',
  'dropout',
  'flatten',
  'sequential',
  'residual',
] as const satisfies readonly LayerSpec['kind'][];

/** Counts one layer into `parts` and returns its output shape (null when unknown). */
function step(layer: LayerSpec, path: string, shape: Shape, out: Walk): Shape {
  const { parts } = out;
  switch (layer.kind) {
    case 'linear': {
      parts.push(...renamed(within(path, () => countLinear(layer)).parts, () => path));
      if (shape === null) return null;
      expectSize(shape, -1, layer.inFeatures, `${path}.inFeatures`, 'features');
      return withLast(shape, layer.outFeatures);
    }
    case 'conv': {
      parts.push(...renamed(within(path, () => countConv(layer)).parts, () => path));
      const window = {
        stride: wholeNumber(layer.stride ?? 1, `${path}.stride`),
        padding: wholeNumber(layer.padding ?? 0, `${path}.padding`, 0),
        dilation: wholeNumber(layer.dilation ?? 1, `${path}.dilation`),
      };
      if (shape === null) return null;
      const kernel = sides(layer.kernelSize, layer.dims, path);
      const input = spatial(shape, kernel.length, path);
      expectSize(shape, 0, layer.inChannels, `${path}.inChannels`, 'channels');
      const out = input.map((n, i) => slidingSide(n, { ...window, kernel: kernel[i]! }, `${path}.kernelSize`));
      return [layer.outChannels, ...out];
    }
    case 'batchnorm': {
      const features = wholeNumber(layer.features, `${path}.features`);
      if (flag(layer.affine, `${path}.affine`, true)) parts.push(parameterPart(path, product(path, 2, features)));
      if (shape !== null) expectSize(shape, 0, features, `${path}.features`, 'channels');
      return shape;
    }
    case 'layernorm': {
      const normalized = Array.isArray(layer.shape) ? layer.shape : [layer.shape];
      const dims = normalized.map((n, i) => wholeNumber(n, `${path}.shape[${i}]`));
      if (flag(layer.affine, `${path}.affine`, true)) parts.push(parameterPart(path, product(path, 2, ...dims)));
      if (shape !== null && shape.slice(-dims.length).join() !== dims.join()) {
        throw new SizeError(
          `${path}.shape`,
          `is [${dims.join(', ')}] but the layer before gives [${shape.join(', ')}]`,
        );
      }
      return shape;
    }
    case 'pool': {
      const kernel = wholeNumber(layer.kernelSize, `${path}.kernelSize`);
      const stride = wholeNumber(layer.stride ?? kernel, `${path}.stride`);
      const padding = wholeNumber(layer.padding ?? 0, `${path}.padding`, 0);
      if (2 * padding > kernel)
        throw new SizeError(`${path}.padding`, `(${padding}) must be at most half the kernel size`);
      const dims = sides(kernel, layer.dims, path).length;
      if (shape === null) return null;
      const input = spatial(shape, dims, path);
      const window = { kernel, stride, padding, dilation: 1 };
      return [shape[0]!, ...input.map((n) => slidingSide(n, window, `${path}.kernelSize`))];
    }
    case 'adaptive-pool': {
      const output = sides(layer.output, layer.dims, path, 'output');
      if (shape === null) return null;
      spatial(shape, output.length, path);
      return [shape[0]!, ...output];
    }
    case 'embedding': {
      const rows = wholeNumber(layer.numEmbeddings, `${path}.numEmbeddings`);
      const dim = wholeNumber(layer.embeddingDim, `${path}.embeddingDim`);
      parts.push(parameterPart(path, product(`${path}.numEmbeddings`, rows, dim)));
      return shape === null ? null : [...shape, dim];
    }
    case 'recurrent': {
      parts.push(...renamed(within(path, () => countRecurrent(layer)).parts, (p) => `${path}.${p.name}`));
      if (shape === null) return null;
      expectSize(shape, -1, layer.inputSize, `${path}.inputSize`, 'features');
      return withLast(shape, layer.hiddenSize * (layer.bidirectional ? 2 : 1));
    }
    case 'activation':
    case 'dropout':
      return shape;
    case 'flatten':
      return shape === null ? null : flattened(shape, path);
    case 'sequential':
      return walk(layer.layers, path, shape, out);
    case 'residual': {
      const main = walk(layer.layers, path, shape, out);
      const shortcut =
        layer.shortcut === undefined
          ? shape
          : walk(layer.shortcut, `${path}.${layer.shortcutName ?? 'downsample'}`, shape, out);
      return sameShape(main, shortcut, path);
    }
    case 'input':
      throw new SizeError(path, 'is an input, which may only be the first layer of the network');
    default: {
      const kind = (layer as { kind: unknown }).kind;
      throw new SizeError(`${path}.kind`, `must be one of ${KINDS.join(', ')}; got ${JSON.stringify(kind)}`);
    }
  }
}

function walk(layers: readonly LayerSpec[], prefix: string, shape: Shape, out: Walk): Shape {
  if (!Array.isArray(layers) || layers.length === 0) {
    throw new SizeError(prefix === '' ? 'layers' : `${prefix}.layers`, 'must list at least one layer');
  }
  return layers.reduce<Shape>((input, layer, i) => {
    const name = layer.name ?? String(i);
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const output = step(layer, path, input, out);
    if (layer.kind !== 'sequential' && layer.kind !== 'residual') out.trace.push({ path, layer, output });
    return output;
  }, shape);
}

/** One computing layer of a network as {@link traceNetwork} reports it. */
export interface LayerTrace {
  /** Its module path, the name of its part(s): `features.0`, `layer1.0.conv1`. */
  path: string;
  layer: LayerSpec;
  /** Its output's shape for one example; null when the network gives no input shape. */
  output: readonly number[] | null;
}

interface Walk {
  parts: Part[];
  trace: LayerTrace[];
}

function run(layers: readonly LayerSpec[]): Walk {
  const out: Walk = { parts: [], trace: [] };
  const first = Array.isArray(layers) ? layers[0] : undefined;
  if (first?.kind === 'input') {
    if (!Array.isArray(first.shape) || first.shape.length === 0) {
      throw new SizeError('input.shape', 'must list at least one size');
    }
    const shape = first.shape.map((n: unknown, i: number) => wholeNumber(n, `input.shape[${i}]`));
    walk(layers.slice(1), '', shape, out);
  } else {
    walk(layers, '', null, out);
  }
  return out;
}

/**
 * Counts a network given as its layers (see {@link LayerSpec}): one part per
 * layer that has parameters, named by its module path (`features.0`,
 * `layer1.0.conv1`, `rnn.layer2`). Conv neurons are output channels, so
 * stride and padding change no count; when the first layer is an `input`
 * shape, each layer's input is checked against the layer before (channels,
 * features and, through stride and padding, spatial sizes), so a spec that
 * could not run in PyTorch is an error naming the layer, not a wrong count.
 */
export function countNetwork(layers: readonly LayerSpec[]): Count {
  return countOf(run(layers).parts, 'layers');
}

/** Every computing layer in order, with its path and output shape: what the network looks like, for labels. */
export function traceNetwork(layers: readonly LayerSpec[]): LayerTrace[] {
  return run(layers).trace;
}
