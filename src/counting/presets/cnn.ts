import type { LayerSpec, ResidualLayer } from '../network/spec.js';
import { act, adaptiveAvgPool, avgPool, batchNorm, conv, dropout, linear, maxPool } from './layers.js';

const IMAGE: LayerSpec = { kind: 'input', shape: [3, 224, 224] };
const FLATTEN: LayerSpec = { kind: 'flatten', name: 'flatten' };

/**
 * LeNet‑5 as “Dive into Deep Learning” (Zhang et al., §7.6) builds it in
 * PyTorch, for 28 × 28 digits: the first convolution pads by 2 so the
 * picture is the 32 × 32 of LeCun et al. 1998; sigmoids and average pooling.
 */
export const LENET5: readonly LayerSpec[] = [
  { kind: 'input', shape: [1, 28, 28] },
  conv(1, 6, 5, { padding: 2 }),
  act('sigmoid'),
  avgPool(2, 2),
  conv(6, 16, 5),
  act('sigmoid'),
  avgPool(2, 2),
  { kind: 'flatten' },
  linear(16 * 5 * 5, 120),
  act('sigmoid'),
  linear(120, 84),
  act('sigmoid'),
  linear(84, 10),
];

/** torchvision.models.alexnet (the one-GPU variant of Krizhevsky et al. 2012). */
export const ALEXNET: readonly LayerSpec[] = [
  IMAGE,
  {
    kind: 'sequential',
    name: 'features',
    layers: [
      conv(3, 64, 11, { stride: 4, padding: 2 }),
      act('relu'),
      maxPool(3, 2),
      conv(64, 192, 5, { padding: 2 }),
      act('relu'),
      maxPool(3, 2),
      conv(192, 384, 3, { padding: 1 }),
      act('relu'),
      conv(384, 256, 3, { padding: 1 }),
      act('relu'),
      conv(256, 256, 3, { padding: 1 }),
      act('relu'),
      maxPool(3, 2),
    ],
  },
  adaptiveAvgPool(6),
  FLATTEN,
  {
    kind: 'sequential',
    name: 'classifier',
    layers: [
      dropout(),
      linear(256 * 6 * 6, 4096),
      act('relu'),
      dropout(),
      linear(4096, 4096),
      act('relu'),
      linear(4096, 1000),
    ],
  },
];

/** torchvision.models.vgg16: configuration “D” of Simonyan & Zisserman 2015, without batch norm. */
export const VGG16: readonly LayerSpec[] = (() => {
  const plan = [64, 64, 'M', 128, 128, 'M', 256, 256, 256, 'M', 512, 512, 512, 'M', 512, 512, 512, 'M'] as const;
  const features: LayerSpec[] = [];
  let channels = 3;
  for (const step of plan) {
    if (step === 'M') features.push(maxPool(2, 2));
    else {
      features.push(conv(channels, step, 3, { padding: 1 }), act('relu'));
      channels = step;
    }
  }
  return [
    IMAGE,
    { kind: 'sequential', name: 'features', layers: features },
    adaptiveAvgPool(7),
    FLATTEN,
    {
      kind: 'sequential',
      name: 'classifier',
      layers: [
        linear(512 * 7 * 7, 4096),
        act('relu'),
        dropout(),
        linear(4096, 4096),
        act('relu'),
        dropout(),
        linear(4096, 1000),
      ],
    },
  ];
})();

type Block = 'basic' | 'bottleneck';
const EXPANSION: Record<Block, number> = { basic: 1, bottleneck: 4 };

/** torchvision's BasicBlock (two 3 × 3) or Bottleneck (1 × 1, 3 × 3 with the stride, 1 × 1 × 4), as in ResNet v1.5. */
function block(kind: Block, name: string, inplanes: number, planes: number, stride: number): ResidualLayer {
  const out = planes * EXPANSION[kind];
  const noBias = { bias: false };
  const layers: LayerSpec[] =
    kind === 'basic'
      ? [
          conv(inplanes, planes, 3, { ...noBias, stride, padding: 1, name: 'conv1' }),
          batchNorm(planes, 'bn1'),
          act('relu', 'relu'),
          conv(planes, planes, 3, { ...noBias, padding: 1, name: 'conv2' }),
          batchNorm(planes, 'bn2'),
        ]
      : [
          conv(inplanes, planes, 1, { ...noBias, name: 'conv1' }),
          batchNorm(planes, 'bn1'),
          act('relu', 'relu'),
          conv(planes, planes, 3, { ...noBias, stride, padding: 1, name: 'conv2' }),
          batchNorm(planes, 'bn2'),
          act('relu', 'relu'),
          conv(planes, out, 1, { ...noBias, name: 'conv3' }),
          batchNorm(out, 'bn3'),
        ];
  const shortcut =
    stride !== 1 || inplanes !== out ? [conv(inplanes, out, 1, { ...noBias, stride }), batchNorm(out)] : undefined;
  return { kind: 'residual', name, layers, shortcut };
}

/** torchvision.models.resnet18 / resnet50 (He et al. 2016): four stages of residual blocks. */
function resnet(kind: Block, blocks: readonly [number, number, number, number]): LayerSpec[] {
  let inplanes = 64;
  const stages = blocks.map((count, s): LayerSpec => {
    const planes = 64 * 2 ** s;
    const layers = Array.from({ length: count }, (_, b) => {
      const layer = block(kind, String(b), inplanes, planes, b === 0 && s > 0 ? 2 : 1);
      inplanes = planes * EXPANSION[kind];
      return layer;
    });
    return { kind: 'sequential', name: `layer${s + 1}`, layers };
  });
  return [
    IMAGE,
    conv(3, 64, 7, { stride: 2, padding: 3, bias: false, name: 'conv1' }),
    batchNorm(64, 'bn1'),
    act('relu', 'relu'),
    maxPool(3, 2, 1, 'maxpool'),
    ...stages,
    adaptiveAvgPool(1),
    FLATTEN,
    linear(512 * EXPANSION[kind], 1000, 'fc'),
  ];
}

export const RESNET18: readonly LayerSpec[] = resnet('basic', [2, 2, 2, 2]);
export const RESNET50: readonly LayerSpec[] = resnet('bottleneck', [3, 4, 6, 3]);
