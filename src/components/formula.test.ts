import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../scripts/vite/katex-template.js';
import { fillFormula, slotsOf } from './formula.js';

describe('formula templates', () => {
  const template = renderTemplate('W \\in \\R^{\\term{m}{\\neuron{\\slot{m}}} \\times \\synapse{\\slot{n}}}');

  it('typesets once with placeholders for the live numbers', () => {
    expect(slotsOf(template)).toEqual(['m', 'n']);
    expect(template).toContain('class="enclosing neuron');
    expect(template).toContain('data-term="m"');
  });

  it('fills the numbers in, escaped, and marks the focused term', () => {
    const html = fillFormula(template, { m: '49,152', n: '<b>' }, 'm');
    expect(html).toContain('49,152');
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('@');
    expect(html).toContain('data-term="m" data-focused=""');
  });

  it('throws on a slot without a value rather than showing a placeholder', () => {
    expect(() => fillFormula(template, { m: '1' })).toThrow(/slot "n"/);
  });

  it('fails on TeX that KaTeX cannot typeset', () => {
    expect(() => renderTemplate('\\frac{1}{')).toThrow();
  });
});
