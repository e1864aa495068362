/**
 * Weights files made in memory for tests: real headers, with the tensors'
 * data left out (a test makes the file as large as its header says, sparse,
 * when it needs to). Shapes are outermost first, as safetensors lists them.
 */

export interface TestTensor {
  name: string;
  shape: readonly number[];
}

const BF16_BYTES = 2;

/** Sizes of a Llama-style decoder (grouped-query attention, SwiGLU, RMSNorm, no biases). */
export interface LlamaSizes {
  d: number;
  layers: number;
  heads: number;
  kvHeads: number;
  ff: number;
  vocab: number;
  /** The head shares the embedding's table, so the file has no `lm_head.weight`. */
  tied?: boolean;
}

/** The tensors of a Hugging Face Llama checkpoint, named and shaped as transformers saves them. */
export function llamaShapes({
  d,
  layers,
  heads,
  kvHeads,
  ff,
  vocab,
  tied = false,
}: LlamaSizes): Record<string, number[]> {
  const kv = (d / heads) * kvHeads;
  const shapes: Record<string, number[]> = { 'model.embed_tokens.weight': [vocab, d] };
  for (let i = 0; i < layers; i++) {
    const p = `model.layers.${i}`;
    Object.assign(shapes, {
      [`${p}.input_layernorm.weight`]: [d],
      [`${p}.self_attn.q_proj.weight`]: [d, d],
      [`${p}.self_attn.k_proj.weight`]: [kv, d],
      [`${p}.self_attn.v_proj.weight`]: [kv, d],
      [`${p}.self_attn.o_proj.weight`]: [d, d],
      [`${p}.post_attention_layernorm.weight`]: [d],
      [`${p}.mlp.gate_proj.weight`]: [ff, d],
      [`${p}.mlp.up_proj.weight`]: [ff, d],
      [`${p}.mlp.down_proj.weight`]: [d, ff],
    });
  }
  shapes['model.norm.weight'] = [d];
  if (!tied) shapes['lm_head.weight'] = [vocab, d];
  return shapes;
}

/** A Mixtral checkpoint's shapes: Llama's, with each MLP replaced by a router and `experts` MLPs (w1 gate, w2 down, w3 up). */
export function mixtralShapes(sizes: LlamaSizes & { experts: number }): Record<string, number[]> {
  const { d, ff, experts } = sizes;
  const shapes: Record<string, number[]> = {};
  for (const [name, shape] of Object.entries(llamaShapes(sizes))) {
    const mlp = /^(model\.layers\.\d+)\.mlp\.gate_proj\.weight$/.exec(name);
    if (name.includes('.mlp.') && mlp === null) continue;
    if (mlp === null) {
      shapes[name] = shape;
      continue;
    }
    const moe = `${mlp[1]}.block_sparse_moe`;
    shapes[`${moe}.gate.weight`] = [experts, d];
    for (let e = 0; e < experts; e++) {
      Object.assign(shapes, {
        [`${moe}.experts.${e}.w1.weight`]: [ff, d],
        [`${moe}.experts.${e}.w2.weight`]: [d, ff],
        [`${moe}.experts.${e}.w3.weight`]: [ff, d],
      });
    }
  }
  return shapes;
}

/** `{ name: shape }` as a list of tensors. */
export const tensorList = (shapes: Readonly<Record<string, readonly number[]>>): TestTensor[] =>
  Object.entries(shapes).map(([name, shape]) => ({ name, shape }));

/** A safetensors header for BF16 tensors; `size` is the whole file's length with the data. */
export function safetensorsHeader(tensors: readonly TestTensor[]): { bytes: Uint8Array; size: number } {
  let offset = 0;
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  for (const { name, shape } of tensors) {
    const bytes = shape.reduce((a, b) => a * b, 1) * BF16_BYTES;
    header[name] = { dtype: 'BF16', shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  return withLength(JSON.stringify(header), offset);
}

/** A safetensors file of any header text (to make broken ones), its 8-byte length first. */
export function withLength(json: string, dataBytes = 0, claimedLength?: number): { bytes: Uint8Array; size: number } {
  const text = new TextEncoder().encode(json.padEnd(Math.ceil(json.length / 8) * 8, ' '));
  const bytes = new Uint8Array(8 + text.length);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(claimedLength ?? text.length), true);
  bytes.set(text, 8);
  return { bytes, size: bytes.length + dataBytes };
}

/** GGML type ids, from ggml.h. */
export const GGML = { F32: 0, F16: 1, Q4_K: 12, Q8_0: 8 } as const;

/**
 * A GGUF header (version 3 unless given): metadata of strings and 32-bit
 * unsigned numbers, then each tensor's name, dimensions (innermost first, as
 * GGUF stores them), type and offset.
 */
export function ggufHeader(
  tensors: readonly (TestTensor & { type?: number })[],
  metadata: Readonly<Record<string, string | number>> = {},
  version = 3,
): Uint8Array {
  const parts: number[] = [];
  const u32 = (n: number) => parts.push(n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255);
  const u64 = (n: number) => {
    u32(n % 2 ** 32);
    u32(Math.floor(n / 2 ** 32));
  };
  const text = (s: string) => {
    const encoded = new TextEncoder().encode(s);
    u64(encoded.length);
    parts.push(...encoded);
  };
  parts.push(0x47, 0x47, 0x55, 0x46);
  u32(version);
  u64(tensors.length);
  u64(Object.keys(metadata).length);
  for (const [key, value] of Object.entries(metadata)) {
    text(key);
    if (typeof value === 'string') {
      u32(8);
      text(value);
    } else {
      u32(4);
      u32(value);
    }
  }
  let offset = 0;
  for (const { name, shape, type = GGML.F16 } of tensors) {
    text(name);
    u32(shape.length);
    for (const size of [...shape].reverse()) u64(size);
    u32(type);
    u64(offset);
    offset += shape.reduce((a, b) => a * b, 1) * 2;
  }
  return new Uint8Array(parts);
}
