import { scaleLog } from '../scales.js';
import { HIDDEN } from '../../format/numbers.js';
import { formatPowerOfTen as powerOfTen } from '../../format/numbers.js';
import { barValue, times } from './format.js';

/** One quantity measured on both: e.g. neurons of the model and of the brain. */
export interface ChartMetric {
  /** Focus id shared with the count table and formula: `neurons`, `synapses`, `per-neuron`. */
  id: string;
  label: string;
  kind: 'neuron' | 'synapse';
  /** The model's value; null while the counts are hidden (predict, then reveal): no bar, a "?". */
  model: number | null;
  brain: number;
}

export interface ChartBar {
  metric: string;
  who: 'model' | 'brain';
  kind: 'neuron' | 'synapse';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value beside the bar's end. */
  text: string;
  textX: number;
}

export interface ChartGroup {
  id: string;
  label: string;
  kind: 'neuron' | 'synapse';
  /** Baseline of the group's heading. */
  y: number;
  /** Which side has more, and how many times: "×8,100 in the brain". */
  ratio: string;
  /** Top and bottom of the group, for its highlight band. */
  top: number;
  bottom: number;
}

export interface BrainChartLayout {
  width: number;
  height: number;
  /** Left edge of the bars (the value 1) and right edge of the axis. */
  x0: number;
  x1: number;
  groups: ChartGroup[];
  bars: ChartBar[];
  /** Names at the left of each bar. */
  names: { y: number; text: string; who: 'model' | 'brain' }[];
  /** A power of ten per thousandfold, and its name where there is room ("billion"). */
  ticks: { x: number; label: string; word?: string }[];
  /** Baseline of the tick labels (the names sit one line below); gridlines run from 0 to axisY − 14. */
  axisY: number;
}

const HEADING = 22;
const BAR = 16;
const BAR_GAP = 5;
const GROUP_GAP = 14;
const AXIS = 20;
const WORD_LINE = 14;
const POWER_NAMES = ['', 'thousand', 'million', 'billion', 'trillion', 'quadrillion'];

/** Which side has more, and how many times. */
function ratioText(model: number, brain: number): string {
  const larger = brain >= model ? 'brain' : 'model';
  return `×${times(larger === 'brain' ? brain / model : model / brain)} in the ${larger}`;
}

/**
 * Horizontal bars on one shared log axis, a group per metric and a bar each
 * for the model and the brain, so orders of magnitude read at a glance. The
 * axis runs from 1 to the first power of 1,000 at or above every value.
 */
export function layoutBrainChart(
  metrics: readonly ChartMetric[],
  names: { model: string; brain: string },
  box: { width: number },
): BrainChartLayout {
  const narrow = box.width < 480;
  const x0 = narrow ? 88 : 108;
  const x1 = box.width - (narrow ? 48 : 60);
  const largest = Math.max(1000, ...metrics.flatMap((m) => [m.model ?? 1, m.brain]));
  const topExponent = 3 * Math.ceil(Math.log10(largest) / 3);
  const x = scaleLog([1, 10 ** topExponent], [x0, x1]);
  const groups: ChartGroup[] = [];
  const bars: ChartBar[] = [];
  const nameRows: BrainChartLayout['names'] = [];
  let y = 0;
  for (const metric of metrics) {
    const top = y;
    groups.push({
      id: metric.id,
      label: metric.label,
      kind: metric.kind,
      y: y + 15,
      ratio: metric.model === null ? HIDDEN : ratioText(metric.model, metric.brain),
      top,
      bottom: top + HEADING + 2 * BAR + BAR_GAP + 4,
    });
    y += HEADING;
    for (const who of ['model', 'brain'] as const) {
      const value = metric[who];
      const end = value === null ? x0 : x(Math.max(1, value));
      bars.push({
        metric: metric.id,
        who,
        kind: metric.kind,
        x: x0,
        y,
        width: end - x0,
        height: BAR,
        text: value === null ? HIDDEN : barValue(value),
        textX: end + 4,
      });
      nameRows.push({ y: y + BAR / 2, text: names[who], who });
      y += BAR + BAR_GAP;
    }
    y += GROUP_GAP - BAR_GAP;
  }
  const words = !narrow && topExponent / 3 < POWER_NAMES.length;
  const ticks = Array.from({ length: topExponent / 3 + 1 }, (_, i) => ({
    x: x(10 ** (3 * i)),
    label: powerOfTen(3 * i),
    ...(words && POWER_NAMES[i] ? { word: POWER_NAMES[i] } : {}),
  }));
  const height = y + AXIS + (words ? WORD_LINE : 0);
  return { width: box.width, height, x0, x1, groups, bars, names: nameRows, ticks, axisY: y + AXIS - 4 };
}
