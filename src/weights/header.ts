/** One tensor as a weights file's header lists it: shape outermost first, and how its values are stored. */
export interface TensorEntry {
  name: string;
  shape: number[];
  /** `BF16`, `F8_E4M3`, `Q4_K`, …, or `MXFP4` for gpt-oss's packed blocks read as the weights they hold. */
  dtype: string;
}

/** What a weights file's header says, read without reading its weights. */
export interface WeightsHeader {
  format: 'safetensors' | 'gguf';
  tensors: TensorEntry[];
  /** The model's name where the file gives one (GGUF's `general.name`). */
  name?: string;
  /** Routed experts per token, where the file says (GGUF's `<arch>.expert_used_count`). */
  topK?: number;
  /** Bytes the header places past the end of the file: an incomplete download. */
  missingBytes: number;
}

/**
 * A file that is not what it claims: wrong magic bytes, a header that runs
 * past the end of the file, a header that is not JSON, a shape that is not a
 * list of whole numbers. The message names the file and says what is wrong.
 */
export class WeightsFileError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'WeightsFileError';
    this.file = file;
  }
}

/** A short, safe rendering of a value found where something else was expected. */
export function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
