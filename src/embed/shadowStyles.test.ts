import { describe, expect, it } from 'vitest';
import { shadowStyles } from './shadowStyles.js';

describe('shadowStyles', () => {
  it('turns media queries on the window’s width into container queries on the element’s', () => {
    const css = shadowStyles('@media (max-width: 52rem) { .widget-body { display: block; } }');
    expect(css).toContain('@container neuron-widget (max-width: 52rem){');
    expect(css).not.toContain('@media');
    expect(css).toContain('container: neuron-widget / inline-size');
  });

  it('leaves queries a container cannot answer, and those about a presented widget, to the window', () => {
    const kept = [
      '@media (min-width: 1500px) and (min-height: 800px) { .a { color: red; } }',
      '@media print { .a { color: red; } }',
      '@media (prefers-reduced-motion: reduce) { .a { color: red; } }',
      '@media (max-width: 52rem) { .widget.presenting .a { color: red; } }',
    ];
    for (const css of kept) expect(shadowStyles(css)).toContain('@media');
  });

  it('sizes by the element, not the window, and breaks out of no column', () => {
    const css = shadowStyles('.widget { width: min(var(--wide), 100vw - 2rem); }');
    expect(css).toContain('100cqw - 2rem');
    expect(css).toMatch(/\.element-theme \.widget \{[^}]*width: 100%;[^}]*margin: 0;/);
  });
});
