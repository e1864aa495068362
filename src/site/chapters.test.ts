import { describe, expect, it } from 'vitest';
import { chapters, slugOfFile } from './chapters.js';

describe('slugOfFile', () => {
  it('reads the slug a chapter file is named for, as the build manifest and the glob write its path', () => {
    expect(slugOfFile('content/01-linear.mdx')).toBe('linear');
    expect(slugOfFile('/content/05-gpt-3.mdx')).toBe('gpt-3');
    expect(slugOfFile('content/references.ts')).toBeUndefined();
    expect(slugOfFile('src/widgets/mlp/MlpWidget.tsx')).toBeUndefined();
  });

  it('finds a written chapter for every file in content/', () => {
    expect(chapters.filter((c) => c.load !== undefined).map((c) => c.slug)).toContain('linear');
  });
});
