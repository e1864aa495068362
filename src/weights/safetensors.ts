import { shownValue, WeightsFileError, type TensorEntry, type WeightsHeader } from './header.js';
import { formatCount } from '../format/numbers.js';

/** The format's own limit on the JSON header (safetensors refuses larger ones). */
const MAX_HEADER_BYTES = 100_000_000;

/** Bits per value of each safetensors dtype, to check that a tensor's bytes fit its shape. */
const BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  I64: 64,
  U64: 64,
  F64: 64,
  C64: 64,
};

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function entryOf(file: string, name: string, raw: unknown): { entry: TensorEntry; begin: number; end: number } {
  const fail = (message: string) => new WeightsFileError(file, `tensor "${name}" ${message}`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw fail('is not described by an object');
  const { dtype, shape, data_offsets: offsets } = raw as Record<string, unknown>;
  if (typeof dtype !== 'string') throw fail(`has no dtype, got ${shownValue(dtype)}`);
  if (!Array.isArray(shape) || !shape.every(isCount)) {
    throw fail(`has a shape that is not a list of whole numbers: ${shownValue(shape)}`);
  }
  const [begin, end] = Array.isArray(offsets) && offsets.length === 2 ? offsets : [];
  if (!isCount(begin) || !isCount(end) || begin > end) {
    throw fail(`has data_offsets that are not [begin, end] byte positions: ${shownValue(offsets)}`);
  }
  const bits = BITS[dtype];
  const values = shape.reduce((a: number, b: number) => a * b, 1);
  if (bits !== undefined && end - begin !== Math.ceil((values * bits) / 8)) {
    throw fail(
      `of shape [${shape.join(', ')}] in ${dtype} takes ${Math.ceil((values * bits) / 8)} bytes, but its data_offsets hold ${end - begin}`,
    );
  }
  return { entry: { name, shape, dtype }, begin, end };
}

/**
 * gpt-oss keeps its experts in MXFP4: `…gate_up_proj_blocks` of U8
 * `[E, out, in/32, 16]`, 32 four-bit weights to each block of 16 bytes, with
 * `…gate_up_proj_scales` beside it. The blocks are read as the weights they
 * hold, `[E, out, in]`; the scales stay what they are.
 */
function unpackMxfp4(entries: TensorEntry[]): TensorEntry[] {
  const names = new Set(entries.map((e) => e.name));
  return entries.map((entry) => {
    const base = entry.name.replace(/_blocks$/, '');
    const packed =
      base !== entry.name && entry.dtype === 'U8' && entry.shape.at(-1) === 16 && names.has(`${base}_scales`);
    if (!packed || entry.shape.length < 3) return entry;
    const blocks = entry.shape.at(-2)!;
    return { name: base, shape: [...entry.shape.slice(0, -2), blocks * 32], dtype: 'MXFP4' };
  });
}

/**
 * Reads a `.safetensors` header: 8 bytes giving the header's length (little
 * endian), then that many bytes of JSON naming each tensor's dtype, shape and
 * data_offsets (plus an optional `__metadata__`). Only those bytes are read.
 */
export async function readSafetensors(file: Blob, fileName: string): Promise<WeightsHeader> {
  const fail = (message: string) => new WeightsFileError(fileName, message);
  if (file.size < 8)
    throw fail(`is ${file.size} bytes long: too short for a safetensors file, whose header length alone takes 8`);
  const length = new DataView(await file.slice(0, 8).arrayBuffer()).getBigUint64(0, true);
  if (length > BigInt(file.size - 8)) {
    throw fail(
      `says its header is ${formatCount(length)} bytes long, past the end of the file (${formatCount(file.size)} bytes): it is not a safetensors file, or it is cut short`,
    );
  }
  if (length > BigInt(MAX_HEADER_BYTES))
    throw fail(`has a header of ${length} bytes, more than the 100 MB safetensors allows`);
  const dataStart = 8 + Number(length);
  let header: unknown;
  try {
    header = JSON.parse(await file.slice(8, dataStart).text());
  } catch (error) {
    throw fail(
      `has a header that is not valid JSON (${error instanceof Error ? error.message : String(error)}): it is not a safetensors file`,
    );
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) {
    throw fail('has a header that is not a JSON object of tensors: it is not a safetensors file');
  }
  let dataEnd = 0;
  const entries: TensorEntry[] = [];
  for (const [name, raw] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    const { entry, end } = entryOf(fileName, name, raw);
    entries.push(entry);
    dataEnd = Math.max(dataEnd, end);
  }
  return {
    format: 'safetensors',
    tensors: unpackMxfp4(entries),
    missingBytes: Math.max(0, dataStart + dataEnd - file.size),
  };
}
