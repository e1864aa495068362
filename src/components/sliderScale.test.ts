import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPosition, keyStep, LOG_POSITIONS, toPosition, usableFrom, type SliderScale } from './sliderScale.js';

const linear: SliderScale = { min: 1, max: 100, step: 1, log: false };
const log: SliderScale = { min: 4, max: 65_536, step: 4, log: true };

describe('a slider’s keys', () => {
  it('move one step on the arrows, ten on Page Up/Down, to the ends on Home/End', () => {
    expect(keyStep(linear, 50, 'ArrowRight')).toBe(51);
    expect(keyStep(linear, 50, 'ArrowUp')).toBe(51);
    expect(keyStep(linear, 50, 'ArrowLeft')).toBe(49);
    expect(keyStep(linear, 50, 'ArrowDown')).toBe(49);
    expect(keyStep(linear, 50, 'PageUp')).toBe(60);
    expect(keyStep(linear, 50, 'PageDown')).toBe(40);
    expect(keyStep(linear, 50, 'Home')).toBe(1);
    expect(keyStep(linear, 50, 'End')).toBe(100);
    expect(keyStep(linear, 50, 'Enter')).toBeUndefined();
  });

  it('stop at the ends of the track', () => {
    expect(keyStep(linear, 100, 'ArrowRight')).toBe(100);
    expect(keyStep(linear, 95, 'PageUp')).toBe(100);
    expect(keyStep(linear, 1, 'PageDown')).toBe(1);
  });

  it('double and halve on a log scale with Page Up/Down, and step on where doubling rounds back', () => {
    expect(keyStep(log, 768, 'PageUp')).toBe(1536);
    expect(keyStep(log, 768, 'PageDown')).toBe(384);
    expect(keyStep(log, 4, 'PageUp')).toBe(8);
    expect(keyStep(log, 768, 'ArrowRight')).toBe(772);
    const tiny: SliderScale = { min: 1, max: 10, step: 1, log: true };
    expect(keyStep(tiny, 1, 'PageDown')).toBe(1);
  });
});

describe('a log slider’s track', () => {
  it('puts the ends at the ends of the track', () => {
    expect(toPosition(log, log.min)).toBe(0);
    expect(toPosition(log, log.max)).toBe(LOG_POSITIONS);
    expect(fromPosition(log, 0)).toBe(log.min);
    expect(fromPosition(log, LOG_POSITIONS)).toBe(log.max);
  });

  it('gives back, from a value’s position, that value to within one track position', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_384 }), (n) => {
        const value = n * 4;
        const back = fromPosition(log, toPosition(log, value));
        const tolerance = value * ((log.max / log.min) ** (1 / LOG_POSITIONS) - 1) + log.step;
        expect(Math.abs(back - value)).toBeLessThanOrEqual(tolerance);
        expect(back % log.step).toBe(0);
      }),
    );
  });

  it('is the value itself on a linear slider, snapped to the step', () => {
    expect(toPosition(linear, 37)).toBe(37);
    expect(fromPosition({ min: 0, max: 10, step: 0.5, log: false }, 3.3)).toBe(3.5);
  });
});

describe('a slider that must skip values (an embed keeps another setting fixed)', () => {
  const multipleOf = (m: number) => (v: number) => (v % m === 0 ? null : `not a multiple of ${m}`);
  const dModel: SliderScale = { min: 64, max: 16_384, step: 64, log: false };

  it('goes on in the direction of the move to the first value it may use', () => {
    // 832 and 896 do not divide by 12 heads; 960 does (and 704, 640 going down do not; 576 does).
    expect(usableFrom(dModel, 768, 832, multipleOf(12))).toBe(960);
    expect(usableFrom(dModel, 768, 704, multipleOf(12))).toBe(576);
    expect(usableFrom(dModel, 768, 832, () => null)).toBe(832);
  });

  it('on Home or End, lands on the usable value nearest that end', () => {
    // Multiples of 64 that split into 12 heads are multiples of 192: the largest up to 16,384 is 16,320.
    expect(usableFrom(dModel, 768, dModel.max, multipleOf(12))).toBe(16_320);
    expect(usableFrom(dModel, 768, dModel.min, multipleOf(12))).toBe(192);
  });

  it('stays where it was when nothing usable is left before the end of the track', () => {
    expect(usableFrom(dModel, 16_320, 16_384, multipleOf(7 * 64 * 64))).toBe(16_320);
    expect(usableFrom(linear, 3, 1, (v) => (v < 3 ? 'below 3' : null))).toBe(3);
  });

  it('on a log track, lands on the nearest usable value past the move, however far', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_383 }), fc.integer({ min: 1, max: 64 }), (from, m) => {
        const start = from * 4;
        const next = start + 4;
        let nearest = start;
        for (let v = next; v <= log.max; v += 4) {
          if (v % (m * 4) === 0) {
            nearest = v;
            break;
          }
        }
        expect(usableFrom(log, start, next, multipleOf(m * 4))).toBe(nearest);
      }),
    );
    expect(usableFrom(log, 4, 8, multipleOf(4096))).toBe(4096);
  });
});
