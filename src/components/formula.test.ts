import { describe, expect, it } from 'vitest';
import { rehypeMathPunctuation, renderTemplate } from '../../scripts/vite/katex-template.js';
import { fillFormula, slotsOf } from './formula.js';

describe('formula templates', () => {
  const template = renderTemplate('W \\in \\R^{\\term{m}{\\neuron{\\slot{m}}} \\times \\synapse{\\slot{n}}}');

  it('typesets once with placeholders for the live numbers', () => {
    expect(slotsOf(template)).toEqual(['m', 'n']);
    expect(template).toContain('class="enclosing neuron');
    expect(template).toContain('data-term="m"');
  });

  it('fills the numbers in, escaped, each in a span of its own for later updates', () => {
    const html = fillFormula(template, { m: '49,152', n: '<b>' });
    expect(html).toContain('<span data-slot="m">49,152</span>');
    expect(html).toContain('<span data-slot="n">&lt;b&gt;</span>');
    expect(html).not.toContain('@');
  });

  it('throws on a slot without a value rather than showing a placeholder', () => {
    expect(() => fillFormula(template, { m: '1' })).toThrow(/slot "n"/);
  });

  it('fails on TeX that KaTeX cannot typeset', () => {
    expect(() => renderTemplate('\\frac{1}{')).toThrow();
  });
});

describe('rehypeMathPunctuation', () => {
  it('keeps inline math and the punctuation after it together, and leaves the rest of the text', () => {
    const math = { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [] };
    const tree = {
      type: 'root',
      children: [{ type: 'element', tagName: 'p', children: [math, { type: 'text', value: '. Then' }] }],
    };
    rehypeMathPunctuation()(tree);
    expect(tree.children[0]!.children).toEqual([
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['nowrap'] },
        children: [math, { type: 'text', value: '.' }],
      },
      { type: 'text', value: ' Then' },
    ]);
  });
});
