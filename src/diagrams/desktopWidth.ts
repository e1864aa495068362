const REM = 16;
/** The frame's padding (1.25rem) on either side: its rules run above and below it only. */
const FRAME_INSET = 2 * 1.25 * REM;
/** The controls column (20rem) and the gap after it (1.5rem). */
const CONTROLS_COLUMN = 20 * REM + 1.5 * REM;
/** The wide measure a chapter's widget spans (68rem); an embed spans its window, a desktop's taken as 1,280 px. */
const FRAME = { chapter: 68 * REM, embed: 1280 };

/**
 * The width a diagram has on a desktop, before any script has measured it:
 * fixed by the page's widths in CSS (src/styles/widgets.css, layout.css), so a
 * prerendered page can draw it. `besideControls` for a diagram in the column
 * beside the controls, as all but the zoo's chart are.
 */
export function desktopWidth(embedded: boolean, besideControls: boolean): number {
  const frame = (embedded ? FRAME.embed : FRAME.chapter) - FRAME_INSET;
  return besideControls ? frame - CONTROLS_COLUMN : frame;
}
