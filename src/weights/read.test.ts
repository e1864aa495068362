import { describe, expect, it } from 'vitest';
import { countTensors } from '../counting/index.js';
import { readWeights } from './read.js';
import { GGML, ggufHeader, safetensorsHeader, withLength, type TestTensor } from './testFiles.js';

/** A File of `bytes` followed by zeros up to `size`. */
const fileOf = (name: string, bytes: Uint8Array, size = bytes.length) => {
  const whole = new Uint8Array(size);
  whole.set(bytes);
  return new File([whole], name);
};

const tiny: TestTensor[] = [
  { name: 'model.embed_tokens.weight', shape: [100, 16] },
  { name: 'model.layers.0.self_attn.q_proj.weight', shape: [16, 16] },
  { name: 'model.layers.0.mlp.up_proj.weight', shape: [40, 16] },
  { name: 'model.layers.0.mlp.down_proj.weight', shape: [16, 40] },
  { name: 'model.layers.0.input_layernorm.weight', shape: [16] },
  { name: 'lm_head.weight', shape: [100, 16] },
];
const shapesOf = (tensors: readonly TestTensor[]) => Object.fromEntries(tensors.map((t) => [t.name, [...t.shape]]));

/** A File that records the furthest byte any read of it reached. */
class WatchedFile extends File {
  furthest = 0;
  override slice(start = 0, end = this.size, type?: string): Blob {
    this.furthest = Math.max(this.furthest, Math.min(end, this.size));
    return super.slice(start, end, type);
  }
}

const fails = async (files: File[], message: RegExp) => {
  await expect(readWeights(files)).rejects.toThrow(message);
};

describe('readWeights: safetensors', () => {
  it('reads every tensor’s shape from the header and counts them', async () => {
    const { bytes, size } = safetensorsHeader(tiny);
    const reading = await readWeights([fileOf('model.safetensors', bytes, size)]);
    expect(reading.tensors.map((t) => [t.name, t.shape, t.dtype])).toEqual(tiny.map((t) => [t.name, t.shape, 'BF16']));
    expect(reading.count).toEqual(countTensors(shapesOf(tiny)));
    expect(reading.missingBytes).toBe(0);
  });

  it('sums the shards of one checkpoint, and a config.json among them gives the experts per token', async () => {
    const shard1 = [...tiny.slice(0, 3), { name: 'model.layers.0.mlp.experts.gate_up_proj', shape: [8, 80, 16] }];
    const shard2 = [...tiny.slice(3), { name: 'model.layers.0.mlp.experts.down_proj', shape: [8, 16, 40] }];
    const files = [shard1, shard2].map((tensors, i) => {
      const { bytes, size } = safetensorsHeader(tensors);
      return fileOf(`model-0000${i + 1}-of-00002.safetensors`, bytes, size);
    });
    const config = new File([JSON.stringify({ model_type: 'qwen3_moe', num_experts_per_tok: 2 })], 'config.json');
    const reading = await readWeights([...files, config]);
    expect(reading.count).toEqual(countTensors(shapesOf([...shard1, ...shard2]), { topK: 2 }));
    expect(reading.topK).toEqual({ value: 2, from: 'config.json' });
    expect(reading.files.map((f) => f.tensors)).toEqual([4, 4, 0]);
    expect(reading.config).toMatchObject({ model_type: 'qwen3_moe' });
  });

  it('reads only the header: a file cut short after it still counts, and says how many bytes are missing', async () => {
    const { bytes, size } = safetensorsHeader(tiny);
    const reading = await readWeights([fileOf('model.safetensors', bytes, size - 10)]);
    expect(reading.count.parameters).toBe(countTensors(shapesOf(tiny)).parameters);
    expect(reading.missingBytes).toBe(10);
  });

  it('reads no byte past the header, however large the file', async () => {
    const { bytes, size } = safetensorsHeader(tiny);
    const whole = new Uint8Array(size + 5_000_000);
    whole.set(bytes);
    const file = new WatchedFile([whole], 'model.safetensors');
    await readWeights([file]);
    expect(file.furthest).toBe(bytes.length);
  });

  it('reads gpt-oss’s MXFP4 blocks as the weights they hold', async () => {
    const json = JSON.stringify({
      'model.layers.0.mlp.experts.down_proj_blocks': { dtype: 'U8', shape: [4, 64, 2, 16], data_offsets: [0, 8192] },
      'model.layers.0.mlp.experts.down_proj_scales': { dtype: 'U8', shape: [4, 64, 2], data_offsets: [8192, 8704] },
    });
    const { bytes, size } = withLength(json, 8704);
    const [weights, scales] = (await readWeights([fileOf('m.safetensors', bytes, size)])).tensors;
    expect(weights).toEqual({ name: 'model.layers.0.mlp.experts.down_proj', shape: [4, 64, 64], dtype: 'MXFP4' });
    expect(scales!.shape).toEqual([4, 64, 2]);
  });

  it('says clearly what is wrong with a file that is not a safetensors file', async () => {
    const good = JSON.stringify({ w: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 16] } });
    const file = (json: string, claimed?: number) => {
      const { bytes, size } = withLength(json, 16, claimed);
      return fileOf('bad.safetensors', bytes, size);
    };
    await fails([fileOf('bad.safetensors', new Uint8Array(5))], /bad.safetensors: is 5 bytes long: too short/);
    await fails([file(good, 10 ** 9)], /header is 1,000,000,000 bytes long, past the end of the file/);
    await fails([file('{"w": [1, 2')], /header that is not valid JSON/);
    await fails([file('[1, 2, 3]')], /not a JSON object of tensors/);
    await fails(
      [file(good.replace('[2,2]', '[2,"two"]'))],
      /tensor "w" has a shape that is not a list of whole numbers: \[2,"two"\]/,
    );
    await fails([file(good.replace('[2,2]', '[2,-2]'))], /shape that is not a list of whole numbers/);
    await fails(
      [file(good.replace('[2,2]', '[2,3]'))],
      /tensor "w" of shape \[2, 3\] in F32 takes 24 bytes, but its data_offsets hold 16/,
    );
    await fails([file(good.replace('[0,16]', '[16,0]'))], /data_offsets that are not \[begin, end\]/);
    await fails([file(good.replace('"F32"', '3'))], /tensor "w" has no dtype/);
  });

  it('refuses files that are not weights, or two files holding the same tensor', async () => {
    const { bytes, size } = safetensorsHeader(tiny);
    await fails([new File(['x'], 'pytorch_model.bin')], /pytorch_model.bin: is neither a .safetensors nor a .gguf/);
    await fails([new File(['{}'], 'config.json')], /config.json: holds no weights/);
    await fails(
      [fileOf('a.safetensors', bytes, size), fileOf('b.safetensors', bytes, size)],
      /b.safetensors: holds tensor "model.embed_tokens.weight", which a.safetensors holds too/,
    );
    await fails(
      [fileOf('a.safetensors', bytes, size), new File(['{"num_experts_per_tok": "two"}'], 'config.json')],
      /config.json: has num_experts_per_tok "two"/,
    );
    await fails(
      [fileOf('a.safetensors', bytes, size), new File(['not json'], 'config.json')],
      /config.json: is not valid JSON/,
    );
  });
});

describe('readWeights: GGUF', () => {
  const ggufTensors = [
    { name: 'token_embd.weight', shape: [100, 16], type: GGML.Q4_K },
    { name: 'blk.0.attn_q.weight', shape: [16, 16], type: GGML.Q4_K },
    { name: 'blk.0.ffn_gate_inp.weight', shape: [4, 16], type: GGML.F32 },
    { name: 'blk.0.ffn_up_exps.weight', shape: [4, 40, 16], type: GGML.Q8_0 },
    { name: 'blk.0.ffn_down_exps.weight', shape: [4, 16, 40], type: GGML.Q8_0 },
    { name: 'blk.0.attn_norm.weight', shape: [16], type: GGML.F32 },
    { name: 'output.weight', shape: [100, 16], type: GGML.F16 },
  ];

  it('turns GGUF’s innermost-first dimensions round and counts quantised tensors by their weights', async () => {
    const bytes = ggufHeader(ggufTensors, {
      'general.architecture': 'qwen3moe',
      'general.name': 'Tiny MoE',
      'qwen3moe.expert_used_count': 2,
    });
    const reading = await readWeights([fileOf('tiny.gguf', bytes, bytes.length + 4096)]);
    expect(reading.tensors.map((t) => [t.name, t.shape, t.dtype])).toEqual(
      ggufTensors.map((t) => [
        t.name,
        t.shape,
        t.type === GGML.Q4_K ? 'Q4_K' : t.type === GGML.Q8_0 ? 'Q8_0' : t.type === GGML.F32 ? 'F32' : 'F16',
      ]),
    );
    expect(reading.name).toBe('Tiny MoE');
    expect(reading.topK).toEqual({ value: 2, from: 'tiny.gguf' });
    expect(reading.count).toEqual(countTensors(shapesOf(ggufTensors), { topK: 2, rowsFirst: true }));
    expect(reading.count.parts.find((p) => p.kind === 'experts')!.orientation).toBe('rows');
  });

  it('reads the GGUF header in 2 MB steps and no further, however large the file', async () => {
    const header = ggufHeader(ggufTensors);
    const whole = new Uint8Array(20_000_000);
    whole.set(header);
    const file = new WatchedFile([whole], 'model.gguf');
    await readWeights([file]);
    expect(file.furthest).toBe(2_000_000);
  });

  it('says clearly what is wrong with a file that is not a GGUF file', async () => {
    const header = ggufHeader(ggufTensors, { 'general.architecture': 'llama' });
    const wrongMagic = header.slice();
    wrongMagic.set([0x47, 0x47, 0x4d, 0x4c]);
    await fails(
      [fileOf('model.gguf', wrongMagic)],
      /model.gguf: does not begin with the bytes “GGUF”, so it is not a GGUF file/,
    );
    await fails(
      [fileOf('model.gguf', ggufHeader(ggufTensors, {}, 7))],
      /model.gguf: is GGUF version 7, which this page cannot read/,
    );
    await fails(
      [fileOf('model.gguf', header.slice(0, header.length - 40))],
      /model.gguf: has a header that runs past the end of the file/,
    );
    await fails([fileOf('model.gguf', new TextEncoder().encode('{"w": 1}'))], /does not begin with the bytes “GGUF”/);
  });

  it('refuses a GGUF file given with safetensors shards', async () => {
    const { bytes, size } = safetensorsHeader(tiny);
    await fails(
      [fileOf('a.safetensors', bytes, size), fileOf('b.gguf', ggufHeader(ggufTensors))],
      /is of another format than the files beside it/,
    );
  });
});
