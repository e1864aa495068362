import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  countGpt,
  gptSpecFromHfConfig,
  HF_CONFIG_EXAMPLES,
  HF_MODEL_TYPES,
  parseHfConfig,
  type Part,
} from '../index.js';

const example = (repo: string) => HF_CONFIG_EXAMPLES.find((e) => e.repo.endsWith(repo))!.config;
const count = (config: unknown) => countGpt(gptSpecFromHfConfig(config));
const part = (parts: Part[], name: string) => parts.find((p) => p.name === name);
const without = (config: Readonly<Record<string, unknown>>, key: string) =>
  Object.fromEntries(Object.entries(config).filter(([k]) => k !== key));

describe('the model types read', () => {
  it('are the four first families and today’s twelve', () => {
    expect([...HF_MODEL_TYPES].sort()).toEqual(
      [
        ...['gpt2', 'gpt_neox', 'llama', 'mistral'],
        ...['qwen2', 'qwen3', 'gemma', 'gemma2', 'gemma3_text', 'phi3', 'olmo2'],
        ...['mixtral', 'qwen2_moe', 'qwen3_moe', 'deepseek_v3', 'gpt_oss'],
      ].sort(),
    );
  });
});

describe('a real config.json gives the checkpoint’s parameter count', () => {
  it.each(HF_CONFIG_EXAMPLES.map((e) => [e.repo, e] as const))('%s', (_, { config, parameters }) => {
    expect(count(config).parameters).toBe(parameters);
    // The text a reader pastes reads the same as the object.
    expect(count(parseHfConfig(JSON.stringify(config, null, 2))).parameters).toBe(parameters);
  });
});

describe('gpt2', () => {
  const gpt2 = example('gpt2');

  it('n_inner absent or null is 4 · n_embd; a number sets the MLP width', () => {
    expect(gptSpecFromHfConfig(gpt2).dFF).toBe(3072);
    expect(gptSpecFromHfConfig({ ...gpt2, n_inner: null }).dFF).toBe(3072);
    const wide = count({ ...gpt2, n_inner: 4000 });
    expect(part(wide.parts, 'mlp.key')).toMatchObject({ neurons: 12 * 4000, synapsesPerNeuron: 768 });
  });

  it('learned positions over n_positions; tied head unless tie_word_embeddings is false', () => {
    const base = count(gpt2);
    expect(part(base.parts, 'embed.positions')?.parameters).toBe(1024 * 768);
    expect(part(base.parts, 'lm_head')).toBeUndefined();
    const untied = count({ ...gpt2, tie_word_embeddings: false });
    expect(untied.parameters - base.parameters).toBe(50_257 * 768);
    expect(count({ ...gpt2, n_positions: 2048 }).parameters - base.parameters).toBe(1024 * 768);
  });

  it('GPT‑2 medium’s config: 354,823,168', () => {
    expect(count({ ...gpt2, n_embd: 1024, n_layer: 24, n_head: 16 }).parameters).toBe(354_823_168);
  });
});

describe('gpt_neox (Pythia)', () => {
  const pythia = example('pythia-160m');

  it('rotary positions have no parameters; the untied embed_out counts vocab × d once more', () => {
    const { parts } = count(pythia);
    expect(part(parts, 'embed.positions')).toBeUndefined();
    expect(part(parts, 'lm_head')?.parameters).toBe(50_304 * 768);
    expect(count({ ...pythia, rotary_pct: 1 }).parameters).toBe(162_322_944);
    expect(gptSpecFromHfConfig({ ...pythia, rotary_pct: 0 }).positions).toBe('none');
  });

  it('attention_bias false drops the attention biases, MLP biases stay; parallel residual changes nothing', () => {
    const noBias = count({ ...pythia, attention_bias: false });
    expect(count(pythia).parameters - noBias.parameters).toBe(12 * 4 * 768);
    expect(part(noBias.parts, 'mlp.key')?.parameters).toBe(12 * (3072 * 768 + 3072));
    expect(count({ ...pythia, use_parallel_residual: false }).parameters).toBe(162_322_944);
  });
});

describe('llama', () => {
  const llama = example('Llama-2-7b-hf');

  it('gated MLP: gate, up and down of intermediate_size, RMSNorm, no biases', () => {
    const { parts } = count(llama);
    expect(part(parts, 'mlp.gate')).toMatchObject({ neurons: 32 * 11_008, synapsesPerNeuron: 4096 });
    expect(part(parts, 'mlp.down')).toMatchObject({ neurons: 32 * 4096, synapsesPerNeuron: 11_008 });
    expect(part(parts, 'norm.final')?.parameters).toBe(4096);
    expect(part(parts, 'attn.q')?.parameters).toBe(32 * 4096 * 4096);
  });

  it('num_key_value_heads absent or null means one per query head', () => {
    const absent = without(llama, 'num_key_value_heads');
    expect(gptSpecFromHfConfig(absent).nKvHeads).toBe(32);
    expect(gptSpecFromHfConfig({ ...llama, num_key_value_heads: null }).nKvHeads).toBe(32);
  });

  it('grouped-query attention: fewer key and value neurons', () => {
    const gqa = count({ ...llama, num_key_value_heads: 4 });
    expect(part(gqa.parts, 'attn.k')).toMatchObject({ neurons: 32 * 4 * 128, synapsesPerNeuron: 4096 });
    expect(part(gqa.parts, 'attn.q')?.neurons).toBe(32 * 4096);
  });

  it('attention_bias and mlp_bias add one bias per neuron; a tied head drops the LM head', () => {
    const base = count(llama);
    const attention = count({ ...llama, attention_bias: true });
    expect(attention.parameters - base.parameters).toBe(32 * (4096 + 4096 + 4096 + 4096));
    const mlp = count({ ...llama, mlp_bias: true });
    expect(mlp.parameters - base.parameters).toBe(32 * (11_008 + 11_008 + 4096));
    expect(base.parameters - count({ ...llama, tie_word_embeddings: true }).parameters).toBe(32_000 * 4096);
  });

  it('Llama 3.2 1B’s sizes: tied head, 8 key/value heads of 64: 1,235,814,400', () => {
    const config = { ...llama, hidden_size: 2048, num_hidden_layers: 16, num_key_value_heads: 8, head_dim: 64 };
    const small = { ...config, intermediate_size: 8192, vocab_size: 128_256, tie_word_embeddings: true };
    expect(count(small).parameters).toBe(1_235_814_400);
  });

  it('Llama‑2 13B’s sizes: 13,015,864,320', () => {
    const config = { ...llama, hidden_size: 5120, num_hidden_layers: 40, num_attention_heads: 40 };
    expect(count({ ...config, num_key_value_heads: 40, intermediate_size: 13_824 }).parameters).toBe(13_015_864_320);
  });
});

describe('mistral', () => {
  const mistral = example('Mistral-7B-v0.1');

  it('8 key/value heads of 128: K and V have 1,024 neurons a block', () => {
    const { parts } = count(mistral);
    expect(part(parts, 'attn.v')).toMatchObject({ neurons: 32 * 1024, synapsesPerNeuron: 4096 });
  });

  it('num_key_value_heads absent is MistralConfig’s 8; null is one per query head', () => {
    const absent = without(mistral, 'num_key_value_heads');
    expect(gptSpecFromHfConfig(absent).nKvHeads).toBe(8);
    expect(gptSpecFromHfConfig({ ...mistral, num_key_value_heads: null }).nKvHeads).toBe(32);
  });

  it('an explicit head_dim need not be hidden_size / heads (Mistral‑Nemo: 12,247,782,400)', () => {
    const nemo = {
      ...mistral,
      head_dim: 128,
      hidden_size: 5120,
      num_hidden_layers: 40,
      max_position_embeddings: 128_000,
      vocab_size: 131_072,
    };
    const { parameters, parts } = count(nemo);
    expect(parameters).toBe(12_247_782_400);
    expect(part(parts, 'attn.o')).toMatchObject({ neurons: 40 * 5120, synapsesPerNeuron: 4096 });
  });

  it('has no biases whatever the config says, as in the Hugging Face implementation', () => {
    expect(count({ ...mistral, attention_bias: true, mlp_bias: true }).parameters).toBe(7_241_732_096);
  });
});

describe('a config that cannot be counted throws a ConfigError naming the field', () => {
  const gpt2 = example('gpt2');
  const llama = example('Llama-2-7b-hf');
  const pythia = example('pythia-160m');

  it.each<[string, unknown, string]>([
    ['a list', [gpt2], 'config must be a JSON object (the contents of config.json), got a list'],
    ['null', null, 'config must be a JSON object'],
    ['a string', 'gpt2', 'config must be a JSON object (the contents of config.json), got "gpt2"'],
    ['no model_type', { n_embd: 768 }, `model_type is missing (supported: ${HF_MODEL_TYPES.join(', ')})`],
    [
      'an unknown model_type',
      { ...gpt2, model_type: 'bert' },
      `model_type "bert" is not supported (supported: ${HF_MODEL_TYPES.join(', ')})`,
    ],
    [
      'a vision-language wrapper',
      { model_type: 'gemma3', text_config: {} },
      'model_type "gemma3" is not supported: count its text_config instead (model_type gemma3_text)',
    ],
    ['a model_type that is not a string', { ...gpt2, model_type: 2 }, 'model_type 2 is not supported'],
    ['an inherited name', { ...gpt2, model_type: 'toString' }, 'model_type "toString" is not supported'],
    ['a missing size', { ...llama, hidden_size: undefined }, 'hidden_size is missing: a llama config.json needs it'],
    ['a size as a string', { ...gpt2, n_embd: '768' }, 'n_embd must be a whole number of at least 1, got "768"'],
    [
      'a fractional size',
      { ...llama, intermediate_size: 11008.5 },
      'intermediate_size must be a whole number of at least 1, got 11008.5',
    ],
    [
      'a zero size',
      { ...pythia, num_hidden_layers: 0 },
      'num_hidden_layers must be a whole number of at least 1, got 0',
    ],
    [
      'a size as an object',
      { ...gpt2, vocab_size: { size: 1 } },
      'vocab_size must be a whole number of at least 1, got an object',
    ],
    [
      'a flag as a string',
      { ...llama, tie_word_embeddings: 'false' },
      'tie_word_embeddings must be true or false, got "false"',
    ],
    [
      'a neox flag as a number',
      { ...pythia, use_parallel_residual: 1 },
      'use_parallel_residual must be true or false, got 1',
    ],
    ['rotary_pct out of range', { ...pythia, rotary_pct: 1.5 }, 'rotary_pct must be a number from 0 to 1, got 1.5'],
    ['heads that do not divide the width', { ...gpt2, n_head: 7 }, 'n_head (7) must divide n_embd (768)'],
    [
      'llama heads that do not divide',
      { ...llama, num_attention_heads: 24 },
      'num_attention_heads (24) must divide hidden_size (4096)',
    ],
    [
      'key/value heads that do not divide',
      { ...llama, num_key_value_heads: 5 },
      'num_key_value_heads (5) must divide num_attention_heads (32)',
    ],
    [
      'cross-attention',
      { ...gpt2, add_cross_attention: true },
      'add_cross_attention is true: only decoder-only gpt2 models',
    ],
    ['a total past what a number holds exactly', { ...llama, vocab_size: 2 ** 42 }, 'vocab_size makes a total'],
    ['a gpt2 total too large', { ...gpt2, n_positions: 2 ** 44 }, 'n_positions makes a total'],
  ])('%s', (_, config, message) => {
    const attempt = () => gptSpecFromHfConfig(config);
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(message);
  });

  it('parseHfConfig says when the text is empty or not JSON', () => {
    expect(() => parseHfConfig('  ')).toThrow('config.json is empty: paste the contents of a config.json file');
    expect(() => parseHfConfig('{"model_type": "gpt2",')).toThrow(/^config\.json is not valid JSON \(/);
    expect(() => parseHfConfig('{')).toThrow(expect.objectContaining({ name: 'ConfigError', field: 'config.json' }));
  });
});
