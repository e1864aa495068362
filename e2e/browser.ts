// The tests launch the same Chromium as the bench and the screenshots do.
export { chromiumLaunchOptions } from '../scripts/chromium.mjs';
