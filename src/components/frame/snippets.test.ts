import { describe, expect, it } from 'vitest';
import { elementSnippet, embedUrl, iframeSnippet, withChoices } from './snippets.js';

const target = {
  id: 'gpt-block',
  title: 'A GPT block',
  query: 'd_model=4096&n_heads=32',
  siteUrl: 'https://example.org/neurons/',
};

describe('embed snippets', () => {
  it('point at the embed page with the widget’s state', () => {
    expect(embedUrl(target)).toBe('https://example.org/neurons/embed/gpt-block?d_model=4096&n_heads=32');
    expect(embedUrl({ ...target, query: '' })).toBe('https://example.org/neurons/embed/gpt-block');
  });

  it('iframe: titled, full width, and resized only by messages of the right shape from its own frame and origin', () => {
    const html = iframeSnippet(target);
    expect(html).toContain('src="https://example.org/neurons/embed/gpt-block?d_model=4096&amp;n_heads=32"');
    expect(html).toContain('title="A GPT block"');
    expect(html).toContain('width:100%');
    expect(html).toContain('event.origin !== "https://example.org"');
    expect(html).toContain('frame.contentWindow === event.source');
    expect(html).toContain("typeof data.height !== 'number'");
  });

  it('custom element: one module script and attributes in the text’s symbols', () => {
    expect(elementSnippet(target)).toBe(
      '<script type="module" src="https://example.org/neurons/element/neuron-widget.js"></script>\n' +
        '<neuron-widget name="gpt-block" d_model="4096" n_heads="32"></neuron-widget>',
    );
  });

  it('keep an embed’s hidden controls and predict-then-reveal, as link keys and as attributes', () => {
    const query = withChoices('kernel=5&predict=1', { hide: ['in_channels', 'groups'], predict: true });
    expect(new URLSearchParams(query).get('hide')).toBe('in_channels,groups');
    expect(new URLSearchParams(query).get('predict')).toBe('1');
    expect(elementSnippet({ ...target, id: 'conv', query })).toContain(
      '<neuron-widget name="conv" kernel="5" hide="in_channels,groups" predict="1">',
    );
    // Dropped when the sharer turns them off.
    expect(withChoices(query, { hide: [], predict: false })).toBe('kernel=5');
  });

  it('escapes what it quotes', () => {
    expect(elementSnippet({ ...target, query: 'x=%22%3E%3Cscript%3E' })).toContain('x="&quot;&gt;&lt;script&gt;"');
  });
});
