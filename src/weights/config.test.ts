import { describe, expect, it } from 'vitest';
import { countGpt, gptSpecFromHfConfig } from '../counting/index.js';
import { readWeights } from './read.js';
import { mixtralShapes, safetensorsHeader, tensorList, type TestTensor } from './testFiles.js';

/** A small Mixtral: 2 blocks of width 32, 4 experts of 48, 2 a token, 4 heads of 8 and 2 key/value heads. */
const config = {
  model_type: 'mixtral',
  hidden_size: 32,
  intermediate_size: 48,
  num_hidden_layers: 2,
  num_attention_heads: 4,
  num_key_value_heads: 2,
  num_local_experts: 4,
  num_experts_per_tok: 2,
  vocab_size: 100,
  tie_word_embeddings: false,
};

/** Its tensors as transformers' MixtralForCausalLM names and shapes them. */
const mixtralTensors = () =>
  tensorList(mixtralShapes({ d: 32, layers: 2, heads: 4, kvHeads: 2, ff: 48, vocab: 100, experts: 4 }));

const weightsFile = (tensors: TestTensor[]) => {
  const { bytes, size } = safetensorsHeader(tensors);
  const whole = new Uint8Array(size);
  whole.set(bytes);
  return new File([whole], 'model.safetensors');
};
const configFile = (value: unknown) => new File([JSON.stringify(value)], 'config.json');

describe('a config.json given with the weights', () => {
  it('is counted by the library, and agrees with the weights in total and per token', async () => {
    const reading = await readWeights([weightsFile(mixtralTensors()), configFile(config)]);
    const expected = countGpt(gptSpecFromHfConfig(config));
    expect(reading.fromConfig).toEqual({ count: expected });
    expect(reading.topK).toEqual({ value: 2, from: 'config.json' });
    expect(reading.count.parameters).toBe(expected.parameters);
    expect(reading.count.active!.parameters).toBe(expected.active.parameters);
    // Per token: everything but 2 of the 4 experts in each of the 2 blocks (3 matrices of 48 × 32 each).
    expect(expected.parameters - expected.active.parameters).toBe(2 * 2 * 3 * 48 * 32);
  });

  it('shows a config of other sizes as disagreeing with the weights', async () => {
    const wider = { ...config, intermediate_size: 64 };
    const reading = await readWeights([weightsFile(mixtralTensors()), configFile(wider)]);
    const counted = reading.fromConfig as { count: { parameters: number } };
    expect(counted.count.parameters - reading.count.parameters).toBe(2 * 4 * 3 * 16 * 32);
  });

  it('says why the library cannot count a config, and still takes its top-k for the weights', async () => {
    const reading = await readWeights([weightsFile(mixtralTensors()), configFile({ num_experts_per_tok: 2 })]);
    expect(reading.fromConfig).toEqual({ refused: expect.stringMatching(/model_type/) });
    expect(reading.topK).toEqual({ value: 2, from: 'config.json' });
  });
});
