import { gguf, GGMLQuantizationType } from '@huggingface/gguf';
import { WeightsFileError, type WeightsHeader } from './header.js';
import { formatCount } from '../format/numbers.js';

/**
 * The parser asks for byte ranges of a URL. This fetch answers each request
 * from the file itself with Blob.slice, so the parser reads only the header's
 * bytes and nothing is requested from anywhere.
 */
function fetchFrom(file: Blob): typeof fetch {
  return async (_input, init) => {
    const range = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range') ?? '');
    const start = Math.min(Number(range?.[1] ?? 0), file.size);
    const end = Math.min(Number(range?.[2] ?? file.size - 1) + 1, file.size);
    return new Response(file.slice(start, end), {
      status: 206,
      headers: { 'content-range': `bytes ${start}-${Math.max(start, end - 1)}/${file.size}` },
    });
  };
}

/** The parser's errors, said as what they mean for the reader's file. */
function explained(fileName: string, error: unknown): WeightsFileError {
  const message = error instanceof Error ? error.message : String(error);
  if (/magic number/.test(message)) {
    return new WeightsFileError(fileName, 'does not begin with the bytes “GGUF”, so it is not a GGUF file');
  }
  const version = /unsupported version "?(\d+)/.exec(message);
  if (version !== null) {
    return new WeightsFileError(
      fileName,
      `is GGUF version ${version[1]}, which this page cannot read (it reads versions 1 to 3)`,
    );
  }
  return new WeightsFileError(fileName, `has a GGUF header that cannot be read: ${message}`);
}

const count = (value: unknown): number | undefined =>
  typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;

/**
 * Reads a `.gguf` header: metadata and the list of tensors, each with its
 * dimensions and storage type. GGUF lists dimensions innermost first (ne[0]
 * is a row's length), so they are turned round to be outermost first, as
 * PyTorch and safetensors list them. A quantised tensor's dimensions count
 * its weights, not its bytes, so they are counted as they are.
 */
export async function readGguf(file: Blob, fileName: string): Promise<WeightsHeader> {
  let parsed: Awaited<ReturnType<typeof gguf>>;
  try {
    // A URL that never resolves anywhere (.invalid is reserved): the parser requires one, our fetch ignores it.
    parsed = await gguf(`https://local.invalid/${encodeURIComponent(fileName)}`, { fetch: fetchFrom(file) });
  } catch (error) {
    throw explained(fileName, error);
  }
  const [, headerEnd] = parsed.tensorInfoByteRange;
  if (headerEnd > file.size) {
    throw new WeightsFileError(
      fileName,
      `has a header that runs past the end of the file (${formatCount(headerEnd)} of ${formatCount(file.size)} bytes): it is cut short, or not a GGUF file`,
    );
  }
  const metadata = parsed.metadata as Record<string, unknown>;
  const architecture = metadata['general.architecture'];
  const name = metadata['general.name'];
  const topK = count(metadata[`${String(architecture)}.expert_used_count`]);
  return {
    format: 'gguf',
    tensors: parsed.tensorInfos.map((info) => ({
      name: info.name,
      shape: info.shape.map(Number).reverse(),
      dtype: GGMLQuantizationType[info.dtype] ?? `type ${info.dtype}`,
    })),
    ...(typeof name === 'string' && name !== '' ? { name } : {}),
    ...(topK !== undefined && topK > 0 ? { topK } : {}),
    missingBytes: 0,
  };
}
