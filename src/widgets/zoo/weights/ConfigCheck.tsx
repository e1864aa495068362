import type { Count, TensorsCount } from '../../../counting/index.js';
import { formatCount } from '../../../format/numbers.js';
import type { WeightsReading } from '../../../weights/read.js';

interface Line {
  id: 'parameters' | 'active-parameters';
  label: string;
  weights: number | undefined;
  config: number;
}

function linesOf(weights: TensorsCount, config: Count): Line[] {
  const lines: Line[] = [
    { id: 'parameters', label: 'Parameters', weights: weights.parameters, config: config.parameters },
  ];
  if (config.active.parameters < config.parameters) {
    lines.push({
      id: 'active-parameters',
      label: 'Parameters per token',
      weights: weights.active?.parameters,
      config: config.active.parameters,
    });
  }
  return lines;
}

function verdict(lines: readonly Line[]): string {
  const off = lines.filter((l) => l.weights !== undefined && l.weights !== l.config);
  if (off.length === 0) return 'The weights and the config agree, to the last parameter.';
  return off
    .map((l) => {
      const gap = l.config - l.weights!;
      return `${l.label}: the config gives ${formatCount(Math.abs(gap))} ${gap > 0 ? 'more' : 'fewer'} than the weights hold.`;
    })
    .join(' ');
}

/**
 * The config.json given with the weights, counted by the library
 * (`countGpt(gptSpecFromHfConfig(config))`) beside the count of the weights
 * themselves, and whether the two agree; or why the library cannot count it.
 */
export function ConfigCheck({ reading }: { reading: WeightsReading }) {
  const from = reading.fromConfig;
  if (from === undefined) return null;
  if ('refused' in from) {
    return (
      <p className="weights-note" role="note" data-config-check="refused">
        The config.json could not be counted on its own ({from.refused}); the counts above come from the weights alone.
      </p>
    );
  }
  const lines = linesOf(reading.count, from.count);
  const agree = lines.every((l) => l.weights === undefined || l.weights === l.config);
  return (
    <div className="weights-config" data-config-check={agree ? 'agree' : 'differ'}>
      <table className="counts">
        <caption>The weights beside their config.json, counted by the library</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">From the weights</th>
            <th scope="col">From config.json</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">{line.label}</th>
              <td className="count param" data-weights-count={line.id}>
                {line.weights === undefined ? '—' : formatCount(line.weights)}
              </td>
              <td className="count param" data-config-count={line.id}>
                {formatCount(line.config)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="weights-verdict">{verdict(lines)}</p>
    </div>
  );
}
