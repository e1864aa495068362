/** A label's box on screen, in the plot's pixels. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box of a short name (“k₄”, “y₁”) centred on (x, y), `width` × `height` px. */
export const centred = (x: number, y: number, width: number, height: number): LabelBox => ({
  x0: x - width / 2,
  y0: y - height / 2,
  x1: x + width / 2,
  y1: y + height / 2,
});

export const overlaps = (a: LabelBox, b: LabelBox): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export const inside = (box: LabelBox, size: number): boolean =>
  box.x0 >= 0 && box.y0 >= 0 && box.x1 <= size && box.y1 <= size;
