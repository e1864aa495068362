/**
 * A chapter never types a number that the counting library or content/facts
 * provides: it quotes it with <Count value={…} /> or {fact}, so that prose and
 * widgets cannot drift apart. This reads every chapter's source and fails on
 * any such number typed into the text, the math or a footnote.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GPT_DEFAULTS, NERVOUS_SYSTEMS, presets } from '../src/counting/index.js';

const here = import.meta.dirname;
const facts = import.meta.glob<Record<string, unknown>>('./facts/*.ts', { eager: true });

/** Every number ≥ 10 reachable from `value` (objects, arrays, class-less records). */
function numbersIn(value: unknown, into = new Set<number>(), seen = new Set<unknown>()): Set<number> {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && Math.abs(value) >= 10) into.add(value);
  } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) numbersIn(child, into, seen);
  }
  return into;
}

/** What the facts and the library provide: counts, model sizes, published figures, brain estimates. */
export const PROVIDED = numbersIn([Object.values(facts), presets, NERVOUS_SYSTEMS, GPT_DEFAULTS]);

/** Names that contain digits but are names, not quantities: "GPT‑3 175B", "Llama‑2 7B", "ResNeXt‑50 (32×4d)". */
const NAMES = [...presets.map((p) => p.name), 'ResNeXt‑50 (32×4d)'];

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, M: 1e6, B: 1e9 };

/**
 * Numbers as a reader would read them: "12,288", "54.5 million", "175B". A
 * digit glued to a letter or a hyphen is part of a name (GPT‑3, Conv2d, W_1);
 * a four-digit number from 1800 to 2039 without a comma is a year.
 */
const NUMBER = /(?<![\w.‑\-/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(thousand|million|billion)\b|([MB])\b)?/g;

export function typedNumbers(source: string): { text: string; value: number; line: number }[] {
  const found: { text: string; value: number; line: number }[] = [];
  let displayMath = false;
  source.split('\n').forEach((raw, i) => {
    if (/^(import|export) /.test(raw)) return;
    if (raw.trim() === '$$') displayMath = !displayMath;
    let line = raw
      .replace(/<[A-Za-z][^>]*>/g, ' ') // JSX tags and their attributes
      .replace(/\]\([^)]*\)/g, '] ') // link targets
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\[\^[\w-]+\]/g, ' '); // footnote marks
    for (const name of NAMES) line = line.replaceAll(name, ' ');
    // In math, indices ($v_{11}$) and coefficients of a symbol ($12\,d^2$, $4d$) are formula, not quantities.
    const formula = (math: string) =>
      math.replace(/[_^](\{[^}]*\}|\d+)/g, ' ').replace(/\d+(?=\s*(?:\\,)?\s*[A-Za-z\\])/g, ' ');
    line = displayMath ? formula(line) : line.replace(/\$[^$]*\$/g, formula);
    for (const m of line.matchAll(NUMBER)) {
      const [text, whole, decimals = '', word, letter] = m;
      const base = Number(whole!.replace(/,/g, '') + decimals);
      if (!whole!.includes(',') && !decimals && !word && !letter && /^(1[89]\d\d|20[0-3]\d)$/.test(whole!)) continue;
      found.push({ text, value: base * (SCALE[word ?? letter ?? ''] ?? 1), line: i + 1 });
    }
  });
  return found;
}

const chapters = readdirSync(here).filter((f) => f.endsWith('.mdx'));

describe('chapters quote numbers, they do not type them', () => {
  it('finds the facts and the chapters it checks', () => {
    expect(chapters.length).toBeGreaterThan(8);
    expect(PROVIDED.has(12_288)).toBe(true);
    expect(PROVIDED.has(86_000_000_000)).toBe(true);
  });

  it('reads numbers as a reader does, and leaves names and years alone', () => {
    const values = (s: string) => typedNumbers(s).map((n) => n.value);
    expect(values('the 12,288 mark and 61,440 neurons')).toEqual([12_288, 61_440]);
    expect(values('about 54.5 million synapses, 175B parameters')).toEqual([54_500_000, 175e9]);
    expect(values('GPT‑3 175B, ResNet‑50, Conv2d, $W_1$, $v_{21}$, $12\\,d^2$ in 2020')).toEqual([]);
    expect(values('<Count value={g3.dModel} /> [link](/gpt-3) [^fn]')).toEqual([]);
  });

  it.each(chapters)('%s', (file) => {
    const typed = typedNumbers(readFileSync(join(here, file), 'utf8')).filter((n) => PROVIDED.has(n.value));
    expect(typed.map((n) => `line ${n.line}: ${n.text}`)).toEqual([]);
  });
});

describe('chapters write symbols one way', () => {
  it.each(chapters)('%s sets word subscripts upright (d_{\\text{model}}, not d_{model})', (file) => {
    const source = readFileSync(join(here, file), 'utf8');
    const words = /[A-Za-z]_\{(model|ff|head|heads|attn|ctx|key|value|layers)\}/g;
    expect(source.match(words) ?? []).toEqual([]);
  });

  it.each(chapters)('%s links within the site by absolute path', (file) => {
    const source = readFileSync(join(here, file), 'utf8');
    const relative = [...source.matchAll(/\]\(([^)]+)\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^(\/|#|https?:)/.test(href));
    expect(relative).toEqual([]);
  });
});
