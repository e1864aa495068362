/**
 * Numbers the convolutional chapter quotes in running text, each computed by
 * the counting library from a layer's sizes, the sizes kept beside the counts.
 * Prose imports these; it never types a count or a size.
 */
import { countConv, countLinear, type ConvSpec } from '../../src/counting/index.js';

/** A layer's counts with the sizes they come from (inChannels, outChannels, kernelSize, groups). */
const conv = (spec: ConvSpec & { kernelSize: number }) => ({ groups: 1, ...spec, ...countConv(spec) });

/** The side of an ImageNet-sized image, in pixels. */
const IMAGE_SIDE = 224;
const smallCnn = conv({ inChannels: 3, outChannels: 16, kernelSize: 3 });

export const convolutional = {
  imageSide: IMAGE_SIDE,
  /** nn.Conv2d(3, 16, 3): the first layer of a small image classifier. */
  smallCnn,
  /** A dense layer from the same 3 × 224 × 224 image to the same 16 × 224 × 224 outputs. */
  denseOnImage: countLinear({
    inFeatures: smallCnn.inChannels * IMAGE_SIDE * IMAGE_SIDE,
    outFeatures: smallCnn.outChannels * IMAGE_SIDE * IMAGE_SIDE,
  }),
  /** A 3 × 3 convolution of ResNet-34's conv4_x stage (the paper's name; torchvision's layer3), 256 → 256 channels. */
  resnet: conv({ inChannels: 256, outChannels: 256, kernelSize: 3 }),
  /** Whisper tiny's first layer: 80 mel channels → 384, a window of 3. */
  whisper: conv({ inChannels: 80, outChannels: 384, kernelSize: 3, dims: 1 }),
  /** C3D's first layer: RGB video → 64 channels, 3 × 3 × 3. */
  c3d: conv({ inChannels: 3, outChannels: 64, kernelSize: 3, dims: 3 }),
  /** ResNeXt-50's grouped 3 × 3 convolution: 128 channels in 32 groups, and the same without groups. */
  resnext: conv({ inChannels: 128, outChannels: 128, kernelSize: 3, groups: 32 }),
  resnextUngrouped: conv({ inChannels: 128, outChannels: 128, kernelSize: 3 }),
  /** MobileNet's first depthwise-separable block, 32 → 64 channels: depthwise 3 × 3, then pointwise 1 × 1. */
  depthwise: conv({ inChannels: 32, outChannels: 32, kernelSize: 3, groups: 32 }),
  pointwise: conv({ inChannels: 32, outChannels: 64, kernelSize: 1 }),
  /** A full 3 × 3 convolution doing the same 32 → 64 in one layer. */
  full: conv({ inChannels: 32, outChannels: 64, kernelSize: 3 }),
  /** The linear layer a 1 × 1 convolution of 32 → 64 channels equals. */
  pointwiseAsLinear: countLinear({ inFeatures: 32, outFeatures: 64 }),
};
