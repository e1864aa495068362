/** The fuzz runs' seed (fast-check's): set FUZZ_SEED to replay a failing run. */
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
