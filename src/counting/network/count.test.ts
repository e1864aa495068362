import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countConv,
  countLinear,
  countMlp,
  countNetwork,
  countRecurrent,
  presets,
  traceNetwork,
  type LayerSpec,
} from '../index.js';
import { sumOfParts } from '../test-helpers.js';

const conv = (inChannels: number, outChannels: number, kernelSize: number, more: object = {}): LayerSpec => ({
  kind: 'conv',
  inChannels,
  outChannels,
  kernelSize,
  ...more,
});

describe('countNetwork', () => {
  it('a chain of linear layers is the MLP of the same sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4096 }), { minLength: 2, maxLength: 6 }), (sizes) => {
        const layers: LayerSpec[] = sizes
          .slice(1)
          .map((m, i) => ({ kind: 'linear', inFeatures: sizes[i]!, outFeatures: m }));
        const network = countNetwork([{ kind: 'input', shape: [sizes[0]!] }, ...layers]);
        const mlp = countMlp({ sizes });
        expect(network).toMatchObject({ neurons: mlp.neurons, synapses: mlp.synapses, parameters: mlp.parameters });
        sumOfParts(network);
      }),
    );
  });

  it('stride and padding change the output size, never the neurons or synapses', () => {
    const plain = countNetwork([conv(3, 64, 7)]);
    const strided = countNetwork([{ kind: 'input', shape: [3, 224, 224] }, conv(3, 64, 7, { stride: 2, padding: 3 })]);
    expect(strided).toEqual(plain);
    expect(plain.parts[0]).toEqual({
      ...countConv({ inChannels: 3, outChannels: 64, kernelSize: 7 }).parts[0],
      name: '0',
    });
  });

  it('names parts by module path through sequential and residual blocks, skipping layers without parameters', () => {
    const count = countNetwork([
      { kind: 'input', shape: [8, 16, 16] },
      {
        kind: 'sequential',
        name: 'stage',
        layers: [
          { kind: 'activation', fn: 'relu' },
          {
            kind: 'residual',
            name: 'block',
            layers: [
              conv(8, 16, 3, { stride: 2, padding: 1, name: 'conv1' }),
              { kind: 'batchnorm', features: 16, name: 'bn1' },
            ],
            shortcut: [conv(8, 16, 1, { stride: 2, bias: false })],
          },
        ],
      },
      { kind: 'adaptive-pool', mode: 'avg', output: 1 },
      { kind: 'flatten' },
      { kind: 'linear', inFeatures: 16, outFeatures: 10, name: 'fc' },
    ]);
    expect(count.parts.map((p) => [p.name, p.parameters])).toEqual([
      ['stage.block.conv1', 16 * 8 * 9 + 16],
      ['stage.block.bn1', 32],
      ['stage.block.downsample.0', 16 * 8],
      ['fc', 16 * 10 + 10],
    ]);
    expect(count.neurons).toBe(16 + 16 + 10);
    sumOfParts(count);
  });

  it('counts embeddings and norms as parameters only, recurrent layers as the recurrent counter does', () => {
    const count = countNetwork([
      { kind: 'input', shape: [20] },
      { kind: 'embedding', numEmbeddings: 1000, embeddingDim: 32, name: 'embed' },
      { kind: 'recurrent', cell: 'gru', inputSize: 32, hiddenSize: 64, bidirectional: true, name: 'rnn' },
      { kind: 'layernorm', shape: 128, name: 'norm' },
      { kind: 'linear', inFeatures: 128, outFeatures: 1000, bias: false, name: 'head' },
    ]);
    const gru = countRecurrent({ cell: 'gru', inputSize: 32, hiddenSize: 64, bidirectional: true });
    expect(count.parts.map((p) => p.name)).toEqual(['embed', 'rnn.layer1', 'rnn.layer1.reverse', 'norm', 'head']);
    expect(count.parameters).toBe(1000 * 32 + gru.parameters + 2 * 128 + 128 * 1000);
    expect(count.synapses).toBe(gru.synapses + countLinear({ inFeatures: 128, outFeatures: 1000 }).synapses);
  });

  it('a norm without affine weights adds nothing', () => {
    const count = countNetwork([conv(3, 4, 3), { kind: 'batchnorm', features: 4, affine: false }]);
    expect(count.parts).toHaveLength(1);
  });
});

describe('countNetwork checks each layer against the one before when given an input shape', () => {
  const image: LayerSpec = { kind: 'input', shape: [3, 32, 32] };
  const fails = (layers: LayerSpec[], message: RegExp | string) => expect(() => countNetwork(layers)).toThrow(message);

  it('channels and features must match, naming the layer', () => {
    fails([image, conv(4, 8, 3)], '0.inChannels is 4 but the layer before gives 3 channels');
    fails([image, conv(3, 8, 3), { kind: 'batchnorm', features: 6, name: 'bn' }], 'bn.features is 6');
    fails(
      [image, { kind: 'flatten' }, { kind: 'linear', inFeatures: 3000, outFeatures: 10 }],
      '1.inFeatures is 3000 but the layer before gives 3072 features',
    );
    fails(
      [
        { kind: 'input', shape: [5, 16] },
        { kind: 'recurrent', cell: 'lstm', inputSize: 8, hiddenSize: 8 },
      ],
      '0.inputSize is 8',
    );
    fails(
      [
        { kind: 'input', shape: [4, 8] },
        { kind: 'layernorm', shape: [4] },
      ],
      '0.shape is [4] but the layer before gives [4, 8]',
    );
  });

  it('spatial sizes follow stride and padding; a kernel larger than its input is an error', () => {
    const layers: LayerSpec[] = [
      image,
      conv(3, 8, 3, { stride: 2, padding: 1 }),
      { kind: 'flatten' },
      { kind: 'linear', inFeatures: 8 * 16 * 16, outFeatures: 2 },
    ];
    expect(countNetwork(layers).neurons).toBe(10);
    fails([image, conv(3, 8, 40)], '0.kernelSize (40) is larger than its padded input (32)');
    fails([image, { kind: 'pool', mode: 'max', kernelSize: 64 }], '0.kernelSize (64) is larger');
    fails(
      [image, { kind: 'pool', mode: 'max', kernelSize: 2, padding: 2 }],
      '0.padding (2) must be at most half the kernel size',
    );
    fails([{ kind: 'input', shape: [3, 32] }, conv(3, 8, 3)], '0 needs channels and 2 sides as input, got [3, 32]');
  });

  it('a residual block’s two paths must have the same shape', () => {
    fails(
      [image, { kind: 'residual', name: 'block', layers: [conv(3, 8, 3, { padding: 1 })] }],
      'block adds a main path of shape [8, 32, 32] to a shortcut of shape [3, 32, 32]',
    );
  });

  it('without an input shape nothing is checked, only counted', () => {
    expect(countNetwork([conv(4, 8, 3), { kind: 'linear', inFeatures: 5, outFeatures: 2 }]).neurons).toBe(10);
  });
});

describe('countNetwork rejects specs that describe no network, naming the field', () => {
  it.each<[string, unknown, string]>([
    ['no layers', [], 'layers must list at least one layer'],
    [
      'an empty block',
      [{ kind: 'sequential', name: 'features', layers: [] }],
      'features.layers must list at least one layer',
    ],
    ['an unknown kind', [{ kind: 'attention' }], '0.kind must be one of input, linear, conv'],
    [
      'an input that is not first',
      [conv(1, 1, 1), { kind: 'input', shape: [1] }],
      '1 is an input, which may only be the first layer',
    ],
    ['an empty input shape', [{ kind: 'input', shape: [] }, conv(1, 1, 1)], 'input.shape must list at least one size'],
    [
      'a bad size deep inside',
      [{ kind: 'sequential', name: 'f', layers: [conv(3, 0, 3)] }],
      'f.0.outChannels must be at least 1, got 0',
    ],
    ['a fractional stride', [conv(3, 4, 3, { stride: 1.5 })], '0.stride must be a whole number, got 1.5'],
    ['a bad adaptive output', [{ kind: 'adaptive-pool', mode: 'avg', output: 0 }], '0.output must be at least 1'],
    ['a non-boolean affine', [{ kind: 'batchnorm', features: 3, affine: 'yes' }], '0.affine must be true or false'],
  ])('%s', (_, layers, message) => {
    expect(() => countNetwork(layers as LayerSpec[])).toThrow(message);
  });
});

describe('traceNetwork', () => {
  const shapes = (id: string) => {
    const preset = presets.find((p) => p.id === id)!;
    return new Map(traceNetwork(preset.spec as readonly LayerSpec[]).map((t) => [t.path, t.output]));
  };

  it('follows LeNet‑5 through padding and pooling: 28 → 28 → 14 → 10 → 5, then 400 features', () => {
    const lenet = shapes('lenet-5');
    expect(lenet.get('0')).toEqual([6, 28, 28]);
    expect(lenet.get('2')).toEqual([6, 14, 14]);
    expect(lenet.get('3')).toEqual([16, 10, 10]);
    expect(lenet.get('6')).toEqual([400]);
    expect(lenet.get('11')).toEqual([10]);
  });

  it('follows AlexNet’s stride-4 first layer and ResNet‑50 down to 2,048 × 7 × 7', () => {
    expect(shapes('alexnet').get('features.0')).toEqual([64, 55, 55]);
    expect(shapes('alexnet').get('features.12')).toEqual([256, 6, 6]);
    expect(shapes('alexnet').get('flatten')).toEqual([9216]);
    expect(shapes('resnet-50').get('layer4.2.bn3')).toEqual([2048, 7, 7]);
    expect(shapes('resnet-50').get('fc')).toEqual([1000]);
  });

  it('lists computing layers only, with null shapes when there is no input', () => {
    const trace = traceNetwork([{ kind: 'sequential', name: 's', layers: [conv(1, 2, 3)] }]);
    expect(trace).toEqual([{ path: 's.0', layer: conv(1, 2, 3), output: null }]);
  });
});
