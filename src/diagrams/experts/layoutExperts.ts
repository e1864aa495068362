/** What the experts diagram draws: one token's router weights and every expert, the chosen ones lit. */
export interface ExpertsInput {
  /** The router's weight for each expert (a softmax: they sum to 1). */
  weights: readonly number[];
  /** The experts the token is sent to, best first. */
  chosen: readonly number[];
}

export interface RouterBar {
  expert: number;
  x: number;
  y: number;
  width: number;
  height: number;
  chosen: boolean;
}

export interface NeuronDot {
  cx: number;
  cy: number;
  r: number;
}

export interface ExpertCell {
  expert: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Place among the chosen experts, from 1; null for an expert the token skips. */
  rank: number | null;
  /** A few drawn neurons standing for the expert's d_expert (none when the cell is too small to hold them). */
  dots: NeuronDot[];
}

/** A line from a chosen expert's router bar to the expert. */
export interface RouteLink {
  expert: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ExpertsLayout {
  width: number;
  height: number;
  router: { x: number; y: number; width: number; height: number; labelY: number };
  bars: RouterBar[];
  grid: { y: number; labelY: number };
  cells: ExpertCell[];
  links: RouteLink[];
}

const MARGIN = 8;
const LABEL = 18;
const ROUTER_HEIGHT = 56;
const GAP = 36;
/** Widest and narrowest an expert's cell may be. */
const CELL_MAX = 72;
const CELL_MIN = 14;
/** A cell at least this wide holds a 2 × 3 block of drawn neurons. */
const DOTS_FROM = 30;

function dotsIn(x: number, y: number, size: number): NeuronDot[] {
  if (size < DOTS_FROM) return [];
  const r = Math.min(5, size / 10);
  const dots: NeuronDot[] = [];
  for (let row = 0; row < 2; row += 1) {
    for (let col = 0; col < 3; col += 1) {
      dots.push({ cx: x + (size * (col + 1)) / 4, cy: y + (size * (row + 1)) / 3, r });
    }
  }
  return dots;
}

/**
 * Lays out the router's weights as bars (one per expert, tallest = most
 * weight) above a grid of the experts, as many to a row as fit `width`.
 * Cells are square; a chosen expert's bar is linked to its cell.
 */
export function layoutExperts({ weights, chosen }: ExpertsInput, width: number): ExpertsLayout {
  const n = weights.length;
  if (n === 0) throw new RangeError('weights must list at least one expert');
  const inner = width - 2 * MARGIN;
  const size = Math.max(CELL_MIN, Math.min(CELL_MAX, Math.floor(Math.sqrt((inner * inner) / (2 * n)))));
  const perRow = Math.max(1, Math.min(n, Math.floor(inner / size)));
  const rows = Math.ceil(n / perRow);
  const gridWidth = perRow * size;
  const gridX = MARGIN + (inner - gridWidth) / 2;

  const router = { x: MARGIN, y: MARGIN + LABEL, width: inner, height: ROUTER_HEIGHT, labelY: MARGIN + LABEL - 6 };
  const barWidth = inner / n;
  const top = Math.max(...weights);
  const rankOf = new Map(chosen.map((e, i) => [e, i + 1]));
  const bars = weights.map((w, expert) => {
    const height = top > 0 ? (w / top) * router.height : 0;
    return {
      expert,
      x: router.x + expert * barWidth,
      y: router.y + router.height - height,
      width: barWidth,
      height,
      chosen: rankOf.has(expert),
    };
  });

  const gridY = router.y + router.height + GAP + LABEL;
  const cells = weights.map((_, expert) => {
    const x = gridX + (expert % perRow) * size;
    const y = gridY + Math.floor(expert / perRow) * size;
    return { expert, x, y, width: size, height: size, rank: rankOf.get(expert) ?? null, dots: dotsIn(x, y, size) };
  });
  const links = chosen.map((expert) => {
    const bar = bars[expert]!;
    const cell = cells[expert]!;
    return {
      expert,
      x1: bar.x + bar.width / 2,
      y1: router.y + router.height,
      x2: cell.x + cell.width / 2,
      y2: cell.y,
    };
  });

  return {
    width,
    height: gridY + rows * size + MARGIN,
    router,
    bars,
    grid: { y: gridY, labelY: gridY - 6 },
    cells,
    links,
  };
}
