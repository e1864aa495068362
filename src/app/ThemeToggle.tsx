import { useSyncExternalStore } from 'react';
import { readTheme, subscribeTheme, writeTheme, type Theme } from './theme.js';

const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

/** Cycles system → light → dark; public/theme.js applies a saved choice before first paint. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribeTheme, readTheme, () => 'system' as const);
  const next = NEXT[theme];
  return (
    <button type="button" className="theme-toggle" onClick={() => writeTheme(next)} title={`Switch to ${next}`}>
      Theme: {theme}
    </button>
  );
}
