import { describe, expect, it } from 'vitest';
import { readQuery, ruleNotices, strayKeyNotices, writeQuery } from './query.js';
import { choice, defaultsOf, flag, int, intList, num, snapToStep } from './schema.js';

const schema = {
  dModel: int({ key: 'd_model', label: 'd_model', min: 64, max: 16_384, step: 64, default: 768 }),
  cell: choice({
    key: 'cell',
    label: 'cell',
    options: [
      { value: 'rnn', label: 'RNN' },
      { value: 'lstm', label: 'LSTM' },
    ],
    default: 'rnn',
  }),
  bias: flag({ key: 'bias', label: 'bias', default: true }),
  widths: intList({ key: 'widths', label: 'widths', min: 1, max: 100, maxLength: 3, default: [2, 2] }),
};
const read = (query: string) => readQuery(schema, new URLSearchParams(query));

describe('readQuery', () => {
  it('reads valid values by their text symbols', () => {
    expect(read('d_model=4096&cell=lstm&bias=0&widths=3,4,5')).toEqual({
      values: { dModel: 4096, cell: 'lstm', bias: false, widths: [3, 4, 5] },
      notices: [],
    });
  });

  it('ignores keys it does not know and values that are absent', () => {
    expect(read('foo=1&n_layers=3')).toEqual({ values: {}, notices: [] });
  });

  it.each([
    ['d_model=abc', {}, /ignored d_model="abc": not a number/],
    ['d_model=', {}, /not a number/],
    ['d_model=1e309', {}, /not a number/],
    ['d_model=-5', { dModel: 64 }, /below the minimum 64; using 64/],
    ['d_model=0', { dModel: 64 }, /below the minimum/],
    ['d_model=99999999', { dModel: 16_384 }, /above the maximum 16,384; using 16,384/],
    ['d_model=800.5', { dModel: 832 }, /not an allowed step; using 832/],
    ['cell=transformer', {}, /use one of rnn, lstm/],
    ['bias=maybe', {}, /use 1 or 0/],
    ['widths=1,,2', {}, /up to 3 numbers/],
    ['widths=1,2,3,4', {}, /up to 3 numbers/],
    ['widths=0,500', { widths: [1, 100] }, /outside 1–100; using 1,100/],
  ])('%s is clamped or ignored, and says so', (query, values, message) => {
    const result = read(query);
    expect(result.values).toEqual(values);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]!.message).toMatch(message);
  });

  it('quotes a long or hostile value back shortened, as data', () => {
    const hostile = `<img src=x onerror=alert(1)>${'9'.repeat(10_000)}`;
    const { notices } = read(`d_model=${encodeURIComponent(hostile)}`);
    expect(notices[0]!.message.length).toBeLessThan(120);
    expect(notices[0]!.message).toContain('"<img src=x onerror=alert(1)>…"'.slice(0, 20));
  });
});

describe('writeQuery', () => {
  const defaults = defaultsOf(schema);

  it('writes only what differs from the base, and keeps other keys', () => {
    const search = writeQuery(
      schema,
      { ...defaults, dModel: 4096, widths: [3, 3] },
      defaults,
      new URLSearchParams('other=1&bias=0'),
    );
    expect(search.toString()).toBe('other=1&d_model=4096&widths=3%2C3');
  });

  it('round-trips through readQuery', () => {
    const values = { dModel: 12_288, cell: 'lstm' as const, bias: false, widths: [9, 8, 7] };
    const search = writeQuery(schema, values, defaults, new URLSearchParams());
    expect(readQuery(schema, search).values).toEqual(values);
  });
});

describe('fractional parameters', () => {
  const weights = { w: num({ key: 'w1', label: 'w1', min: -2, max: 2, step: 0.05, default: 0.5 }) };

  it('snap to the step without drifting and clamp to the range', () => {
    expect(readQuery(weights, new URLSearchParams('w1=0.3')).values).toEqual({ w: 0.3 });
    expect(readQuery(weights, new URLSearchParams('w1=0.333')).values).toEqual({ w: 0.35 });
    expect(readQuery(weights, new URLSearchParams('w1=-7')).values).toEqual({ w: -2 });
    expect(snapToStep({ min: -2, max: 2, step: 0.1 }, 0.1 + 0.2)).toBe(0.3);
  });

  it('are quoted back with the step’s decimals', () => {
    expect(readQuery(weights, new URLSearchParams('w1=0.333')).notices[0]?.message).toBe(
      'w1="0.333" is not an allowed step; using 0.35',
    );
    expect(readQuery(weights, new URLSearchParams('w1=9')).notices[0]?.message).toBe(
      'w1="9" is above the maximum 2.00; using 2.00',
    );
  });
});

describe('ruleNotices', () => {
  const heads = {
    dModel: int({ key: 'd_model', label: 'd_model', min: 64, max: 1024, step: 64, default: 768 }),
    nHeads: int({ key: 'n_heads', label: 'n_heads', min: 1, max: 64, default: 12 }),
  };
  const notices = (query: string, applied: { dModel: number; nHeads: number }, explain?: () => string) => {
    const search = new URLSearchParams(query);
    return ruleNotices(heads, search, readQuery(heads, search), applied, explain);
  };

  it('says nothing when the widget’s rules kept what the link asked for', () => {
    expect(notices('d_model=512&n_heads=8', { dModel: 512, nHeads: 8 })).toEqual([]);
  });

  it('reports a value the rules changed, with the widget’s reason, and the value in use', () => {
    expect(notices('n_heads=7', { dModel: 768, nHeads: 6 }, () => 'does not divide d_model (768)')).toEqual([
      { key: 'n_heads', message: 'n_heads="7" does not divide d_model (768); using 6' },
    ]);
    expect(notices('n_heads=7', { dModel: 768, nHeads: 6 })[0]!.message).toBe(
      'n_heads="7" does not fit the other settings; using 6',
    );
  });

  it('replaces the reading notice for the same key, so the reader sees one, about the final value', () => {
    const result = notices('n_heads=99', { dModel: 768, nHeads: 48 }, () => 'does not divide d_model (768)');
    expect(result).toEqual([{ key: 'n_heads', message: 'n_heads="99" does not divide d_model (768); using 48' }]);
  });
});

describe('strayKeyNotices', () => {
  const settings = ['d_model', 'n_layers', 'predict'];
  const stray = (query: string, hidden: readonly string[] = []) =>
    strayKeyNotices(new URLSearchParams(query), settings, ['hide', 'present'], new Set(hidden));

  it('says nothing when every key is a setting or one the page reads', () => {
    expect(stray('d_model=512&n_layers=2&predict=1&hide=d_model&present')).toEqual([]);
    expect(stray('')).toEqual([]);
  });

  it('names a key that is no setting, with the settings there are', () => {
    expect(stray('layers=2&d_model=512')).toEqual([
      {
        key: '?',
        message: 'ignored layers: not a setting of this widget, whose settings are d_model, n_layers, predict',
      },
    ]);
  });

  it('names a hidden control that is no setting', () => {
    expect(stray('hide=kernel', ['kernel'])[0]!.message).toMatch(/^ignored hide=kernel: not a setting of this widget/);
  });

  it('names each stray key once, the first three of many, and quotes keys that do not look like keys', () => {
    const many = Array.from({ length: 12 }, (_, i) => `k${i}=1`).join('&');
    expect(stray(`a=1&a=2&${many}`)[0]!.message).toMatch(/^ignored a, k0, k1 and 10 more: not settings of this widget/);
    const markup = `<img src=x onerror=alert(1)>${'x'.repeat(10_000)}`;
    const message = stray(`${encodeURIComponent(markup)}=1`)[0]!.message;
    expect(message).toContain(JSON.stringify(`${markup.slice(0, 24)}…`));
    expect(message.length).toBeLessThan(200);
  });
});
