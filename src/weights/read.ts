import { countTensors, type TensorsCount } from '../counting/index.js';
import { readGguf } from './gguf.js';
import { WeightsFileError, type TensorEntry, type WeightsHeader } from './header.js';
import { readSafetensors } from './safetensors.js';
import { readConfigFile, type ConfigRead } from './config.js';

/** One file the reader gave, as read. */
export interface FileRead {
  name: string;
  format: WeightsHeader['format'] | 'config';
  size: number;
  tensors: number;
}

/** A checkpoint (one file or its shards) counted from its headers, with the config.json that came with it. */
export interface WeightsReading {
  files: FileRead[];
  tensors: TensorEntry[];
  count: TensorsCount;
  name?: string;
  /** Routed experts per token, and the file it was read from. */
  topK?: { value: number; from: string };
  /** The config.json given with the weights, parsed; null when none was. */
  config: unknown;
  /** What the counting library makes of that config.json: its count, or why it refuses it. */
  fromConfig?: ConfigRead['counted'];
  missingBytes: number;
  /** How long reading the headers and counting took. */
  milliseconds: number;
}

/** A checkpoint's own name: GGUF's general.name, else its first file's name without the shard number. */
export const checkpointName = (reading: WeightsReading) =>
  reading.name ?? reading.files[0]!.name.replace(/-\d{5}-of-\d{5}(?=\.)/, '');

const kindOf = (file: File): 'safetensors' | 'gguf' | 'config' | null => {
  const name = file.name.toLowerCase();
  if (name.endsWith('.safetensors')) return 'safetensors';
  if (name.endsWith('.gguf')) return 'gguf';
  if (name.endsWith('.json') && !name.endsWith('.index.json')) return 'config';
  return null;
};

async function headerOf(file: File, kind: 'safetensors' | 'gguf'): Promise<WeightsHeader> {
  return kind === 'gguf' ? readGguf(file, file.name) : readSafetensors(file, file.name);
}

/**
 * Reads the headers of one checkpoint's files (a single file, or all the
 * shards of `model-00001-of-00004.safetensors` …) and counts them together;
 * a config.json among them gives the experts each token uses. Only headers
 * are read. Throws a {@link WeightsFileError} that names the file at fault.
 */
export async function readWeights(files: readonly File[]): Promise<WeightsReading> {
  const started = performance.now();
  const kinds = files.map((file) => ({ file, kind: kindOf(file) }));
  const unknown = kinds.find((k) => k.kind === null);
  if (unknown !== undefined) {
    throw new WeightsFileError(unknown.file.name, 'is neither a .safetensors nor a .gguf file (nor a config.json)');
  }
  const weights = kinds.filter((k) => k.kind === 'safetensors' || k.kind === 'gguf');
  if (weights.length === 0)
    throw new WeightsFileError(files[0]?.name ?? 'No file', 'holds no weights: choose a .safetensors or .gguf file');
  if (new Set(weights.map((k) => k.kind)).size > 1) {
    throw new WeightsFileError(
      weights[0]!.file.name,
      'is of another format than the files beside it: choose the .safetensors or the .gguf files of one checkpoint',
    );
  }
  const configs = kinds.filter((k) => k.kind === 'config');
  if (configs.length > 1)
    throw new WeightsFileError(configs[1]!.file.name, 'is a second config.json: give one at most');
  const configFile = configs[0]?.file;

  const headers = await Promise.all(weights.map(({ file, kind }) => headerOf(file, kind as 'safetensors' | 'gguf')));
  const owner = new Map<string, string>();
  const tensors: TensorEntry[] = [];
  headers.forEach((header, i) => {
    const fileName = weights[i]!.file.name;
    for (const tensor of header.tensors) {
      const first = owner.get(tensor.name);
      if (first !== undefined)
        throw new WeightsFileError(
          fileName,
          `holds tensor "${tensor.name}", which ${first} holds too: these are not shards of one checkpoint`,
        );
      owner.set(tensor.name, fileName);
      tensors.push(tensor);
    }
  });

  const config = configFile === undefined ? null : await readConfigFile(configFile);
  const fromFile = headers.find((h) => h.topK !== undefined);
  const topK =
    config?.topK !== undefined
      ? { value: config.topK, from: configFile!.name }
      : fromFile?.topK !== undefined
        ? { value: fromFile.topK, from: weights[headers.indexOf(fromFile)]!.file.name }
        : undefined;
  const shapes = Object.fromEntries(tensors.map((t) => [t.name, t.shape]));
  const rowsFirst = headers[0]!.format === 'gguf';
  const count = countTensors(shapes, topK === undefined ? { rowsFirst } : { topK: topK.value, rowsFirst });
  const name = headers.find((h) => h.name !== undefined)?.name;
  return {
    files: [
      ...weights.map(({ file }, i) => ({
        name: file.name,
        format: headers[i]!.format,
        size: file.size,
        tensors: headers[i]!.tensors.length,
      })),
      ...(configFile === undefined
        ? []
        : [{ name: configFile.name, format: 'config' as const, size: configFile.size, tensors: 0 }]),
    ],
    tensors,
    count,
    ...(name === undefined ? {} : { name }),
    ...(topK === undefined ? {} : { topK }),
    config: config?.config ?? null,
    ...(config === null ? {} : { fromConfig: config.counted }),
    missingBytes: headers.reduce((sum, h) => sum + h.missingBytes, 0),
    milliseconds: performance.now() - started,
  };
}
