import { ConfigError, countGpt, gptSpecFromHfConfig, parseHfConfig, SizeError, type Count } from '../counting/index.js';
import { shownValue, WeightsFileError } from './header.js';

/** A config.json given with the weights, read. */
export interface ConfigRead {
  config: unknown;
  /** Routed experts each token uses; undefined for a dense model. */
  topK?: number;
  /** `countGpt(gptSpecFromHfConfig(config))`, or why the library refuses the config. */
  counted: { count: Count } | { refused: string };
}

/**
 * gpt-oss's `experts_per_token` or everyone else's `num_experts_per_tok`, at
 * the top or in a multimodal model's `text_config`: what one token uses, for
 * a config the library cannot count whole (an unknown model type, a partial
 * config), where the weights alone still give the rest.
 */
function topKField(file: File, config: Record<string, unknown>): number | undefined {
  const text = config.text_config as Record<string, unknown> | undefined;
  for (const where of [config, text]) {
    for (const key of ['num_experts_per_tok', 'experts_per_token']) {
      const value = where?.[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
        throw new WeightsFileError(file.name, `has ${key} ${shownValue(value)}, not a whole number of experts`);
      }
      return value;
    }
  }
  return undefined;
}

/**
 * Reads a config.json with the counting library's reader: parsed as the zoo's
 * importer parses it, and counted with `countGpt(gptSpecFromHfConfig(config))`
 * when the library reads its model type, so its top‑k is the library's too.
 */
export async function readConfigFile(file: File): Promise<ConfigRead> {
  let config: unknown;
  try {
    config = parseHfConfig(await file.text());
  } catch (error) {
    throw new WeightsFileError(file.name, (error as Error).message.replace(/^config\.json /, ''));
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new WeightsFileError(file.name, 'is not a JSON object, as a config.json is');
  }
  const topK = topKField(file, config as Record<string, unknown>);
  try {
    const spec = gptSpecFromHfConfig(config);
    const count = countGpt(spec);
    const libraryTopK = spec.moe?.topK;
    return { config, ...(libraryTopK === undefined ? {} : { topK: libraryTopK }), counted: { count } };
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof SizeError)) throw error;
    return { config, ...(topK === undefined ? {} : { topK }), counted: { refused: error.message } };
  }
}
