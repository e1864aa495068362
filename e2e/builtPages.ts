import { builtPages } from '../scripts/pages.mjs';

export { builtPages };
export const chapterPages = () => builtPages().filter((path) => !path.startsWith('/embed/'));
export const embedPages = () => builtPages().filter((path) => path.startsWith('/embed/'));
