/**
 * The config importer: the library's config.json readers and their sample
 * configs. It is loaded apart from the zoo, once the page is idle or a
 * reader first counts a config, so that /models paints without it.
 */
import { gptSpecFromHfConfig, parseHfConfig } from '../../counting/index.js';
import type { ConfigModel } from './rows.js';

export { HF_CONFIG_EXAMPLES, HF_MODEL_TYPES } from '../../counting/index.js';

/** What a config calls its model: its Hub path, else its architecture, else its type. */
export function configName(config: unknown, modelType: string): string {
  const record = config as Record<string, unknown>;
  const path = record._name_or_path;
  if (typeof path === 'string' && path.trim() !== '') return path.trim();
  const architectures = record.architectures;
  if (Array.isArray(architectures) && typeof architectures[0] === 'string') return architectures[0];
  return `Your ${modelType} model`;
}

/** Reads a pasted or dropped config.json into a model; throws the library's ConfigError, which says what is wrong. */
export function readConfig(text: string): ConfigModel {
  const config = parseHfConfig(text);
  const spec = gptSpecFromHfConfig(config);
  const modelType = String((config as { model_type: unknown }).model_type);
  return { name: configName(config, modelType), modelType, spec };
}
