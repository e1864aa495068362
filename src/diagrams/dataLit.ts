/**
 * A mark's `data-lit` attribute: true where the focus lights the mark; where
 * it does not, false (dimmed) if the focus dims what it does not light, else
 * absent, so the mark keeps its normal look (nothing in focus, or a focus that
 * says nothing about this kind of mark).
 */
export function dataLit(lit: boolean, dims: boolean): boolean | undefined {
  if (lit) return true;
  return dims ? false : undefined;
}
