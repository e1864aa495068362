import { formatQuantity } from '../../format/numbers.js';
import { sample, slotsOf } from '../sample.js';

/** One drawn weight: row = neuron, column = synapse. */
export interface CellShape {
  row: number;
  col: number;
  x: number;
  y: number;
  size: number;
}

export interface MatrixLayout {
  cells: CellShape[];
  /** Lines of dots standing for hidden rows (horizontal) or columns (vertical). */
  rowGap?: { x: number; y: number; width: number; label: string };
  colGap?: { x: number; y: number; height: number; label: string };
  width: number;
  height: number;
}

/** Up to this many cells a side, cells keep one size: a 1 × 1 matrix is drawn smaller than a 4 × 4 one. */
const FULL_CELLS = 4;

/**
 * A rows × cols weight matrix drawn as cells of at most `maxCells` per side,
 * fitted into a `side` × `side` square, keeping the matrix's aspect. Small
 * matrices take a share of the square by their size, so one of 1 × 1 and one of
 * 65,536² do not look alike; past FULL_CELLS a side, the cells shrink to fit.
 */
export function layoutMatrix(rows: number, cols: number, side: number, maxCells = 10): MatrixLayout {
  const rowSample = sample(rows, maxCells);
  const colSample = sample(cols, maxCells);
  const rowSlots = slotsOf(rowSample);
  const colSlots = slotsOf(colSample);
  const size = side / Math.max(rowSlots.length, colSlots.length, FULL_CELLS);
  const cells: CellShape[] = [];
  let rowGap: MatrixLayout['rowGap'];
  let colGap: MatrixLayout['colGap'];
  rowSlots.forEach((rowSlot, i) => {
    colSlots.forEach((colSlot, j) => {
      if (rowSlot.kind === 'item' && colSlot.kind === 'item') {
        cells.push({ row: rowSlot.index, col: colSlot.index, x: j * size, y: i * size, size });
      }
    });
    if (rowSlot.kind === 'gap') {
      rowGap = {
        x: 0,
        y: (i + 0.5) * size,
        width: colSlots.length * size,
        label: `+${formatQuantity(rowSample.hidden, 'rows')}`,
      };
    }
  });
  colSlots.forEach((colSlot, j) => {
    if (colSlot.kind === 'gap') {
      colGap = {
        x: (j + 0.5) * size,
        y: 0,
        height: rowSlots.length * size,
        label: `+${formatQuantity(colSample.hidden, 'columns')}`,
      };
    }
  });
  return { cells, rowGap, colGap, width: colSlots.length * size, height: rowSlots.length * size };
}
