/** A small seeded generator (mulberry32), so a failing fuzz run can be replayed with the same FUZZ_SEED. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);

/** Query values a hostile or careless link might carry. */
export const NASTY_VALUES = [
  'abc',
  '-5',
  '0',
  '3.5',
  '1e309',
  '-1e309',
  'NaN',
  '',
  '9'.repeat(10_000),
  '<img src=x onerror=alert(1)>',
  '%00',
  '1,2,,3',
  'true',
  '0x10',
];
