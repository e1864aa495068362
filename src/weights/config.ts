import { shownValue, WeightsFileError } from './header.js';

/**
 * Routed experts each token uses, as a Hugging Face config.json says:
 * `num_experts_per_tok` (Mixtral, Qwen MoE, DeepSeek, OLMoE, gpt-oss, Llama 4),
 * or gpt-oss's `experts_per_token`, at the top or in a multimodal model's
 * `text_config`. Undefined for a dense model's config.
 */
export async function topKOf(file: File): Promise<{ topK?: number; config: unknown }> {
  let config: unknown;
  try {
    config = JSON.parse(await file.text());
  } catch (error) {
    throw new WeightsFileError(
      file.name,
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new WeightsFileError(file.name, 'is not a JSON object, as a config.json is');
  }
  const record = config as Record<string, unknown>;
  const text = record.text_config as Record<string, unknown> | undefined;
  for (const where of [record, text]) {
    for (const key of ['num_experts_per_tok', 'experts_per_token']) {
      const value = where?.[key];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
        throw new WeightsFileError(file.name, `has ${key} ${shownValue(value)}, not a whole number of experts`);
      }
      return { topK: value, config };
    }
  }
  return { config };
}
