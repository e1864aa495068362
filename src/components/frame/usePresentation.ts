import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useHydrated } from '../useHydrated.js';

/** The number keys that pick presets, in words: "1–3 for presets"; the first nine when there are more. */
export function presetKeys(count: number): string | undefined {
  if (count === 0) return undefined;
  if (count === 1) return '1 for the preset';
  if (count <= 9) return `1–${count} for presets`;
  return '1–9 for the first nine presets';
}

/** Whether `?present` (any value, or this widget's id) asks for presentation mode on arrival. */
export function presentRequested(search: string, widgetId: string, embedded: boolean): boolean {
  const value = new URLSearchParams(search).get('present');
  if (value === null) return false;
  return embedded || value === widgetId;
}

/**
 * Presentation mode for a classroom: the widget fills the screen in large,
 * high-contrast type; number keys pick presets, F toggles full screen, Esc leaves.
 * Arrow keys move the focused slider (focus starts on the first control).
 */
export function usePresentation(
  figure: RefObject<HTMLElement | null>,
  {
    widgetId,
    embedded,
    presetCount,
    pickPreset,
  }: { widgetId: string; embedded: boolean; presetCount: number; pickPreset: (index: number) => void },
) {
  // Until the reader chooses, the link decides (read after hydration, so the prerendered page matches).
  const hydrated = useHydrated();
  const [choice, setChoice] = useState<boolean | null>(null);
  const presenting = choice ?? (hydrated && presentRequested(window.location.search, widgetId, embedded));

  useEffect(() => {
    if (!presenting) return;
    figure.current?.querySelector<HTMLElement>('.widget-controls input, .widget-controls button')?.focus();
    document.documentElement.classList.add('has-presentation');
    return () => document.documentElement.classList.remove('has-presentation');
  }, [presenting, figure]);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    setChoice(false);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!presenting || event.altKey || event.ctrlKey || event.metaKey) return;
    const typing = event.target instanceof HTMLInputElement && event.target.type === 'number';
    if (event.key === 'Escape' && !document.fullscreenElement) {
      event.preventDefault();
      leave();
    } else if ((event.key === 'f' || event.key === 'F') && !typing) {
      event.preventDefault();
      if (document.fullscreenElement) void document.exitFullscreen();
      else void figure.current?.requestFullscreen?.().catch(() => undefined);
    } else if (/^[1-9]$/.test(event.key) && !typing && Number(event.key) <= presetCount) {
      event.preventDefault();
      pickPreset(Number(event.key) - 1);
    }
  };

  const present = useCallback(() => setChoice(true), []);
  return { presenting, present, leave, onKeyDown };
}
