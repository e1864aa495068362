import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAttentionCircuits, countGpt, countGptBlock, GPT3_PRESETS } from '../counting/index.js';
import {
  D_FF_FOLLOWS,
  D_MODEL,
  dFFOf,
  fitHeads,
  headsAddUp,
  headsFit,
  headsFor,
  HEADS_LIMITS,
  settleHeads,
  specOf,
  validHeads,
  view,
  whyHeadsMisfit,
} from './gptShape.js';

const { block, model } = HEADS_LIMITS;

describe('validHeads', () => {
  it('lists the head counts that divide d_model within the limits', () => {
    expect(validHeads(768, block)).toEqual([1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96]);
    expect(validHeads(64, block)).toEqual([1, 2, 4, 8]);
    // No more than 256 heads in a block, and none wider than 256 in a whole model.
    expect(validHeads(16_384, block).at(-1)).toBe(256);
    expect(validHeads(1024, model)).toEqual([4, 8, 16, 32, 64, 128, 256, 512, 1024]);
  });
});

describe('fitHeads', () => {
  it('keeps a count that fits', () => {
    expect(fitHeads(768, 12, block, { from: 16 })).toBe(12);
  });

  it('steps to the neighbouring valid count from the keyboard instead of sticking', () => {
    expect(fitHeads(768, 13, block, { from: 12 })).toBe(16);
    expect(fitHeads(768, 15, block, { from: 16 })).toBe(12);
    expect(fitHeads(768, 97, block, { from: 96 })).toBe(96);
    expect(fitHeads(768, 256, block, { from: 12 })).toBe(96);
    expect(fitHeads(768, 2, block, { from: 1 })).toBe(2);
  });

  it('snaps a jump to the nearest fit, not merely the next one', () => {
    expect(fitHeads(1024, 7, block, { from: 12 })).toBe(8);
    expect(fitHeads(768, 50, block, { from: 12 })).toBe(48);
  });

  it('breaks a tie the way it leans', () => {
    expect(fitHeads(1024, 12, block, { lean: 1 })).toBe(16);
    expect(fitHeads(1024, 12, block, { lean: -1 })).toBe(8);
  });
});

describe('headsFor', () => {
  it('keeps the head width when it divides d_model', () => {
    expect(headsFor(12_288, 128, model)).toEqual({ nHeads: 96, dHead: 128 });
    expect(headsFor(768, 64, block)).toEqual({ nHeads: 12, dHead: 64 });
  });

  it('else takes the widest power of two below it that divides d_model', () => {
    expect(headsFor(2560, 128, model)).toEqual({ nHeads: 20, dHead: 128 });
    expect(headsFor(2560, 80, model)).toEqual({ nHeads: 32, dHead: 80 });
    expect(headsFor(6208, 128, model)).toEqual({ nHeads: 97, dHead: 64 });
    expect(headsFor(1600, 96, model)).toEqual({ nHeads: 25, dHead: 64 });
    expect(headsFor(12_292, 128, model)).toEqual({ nHeads: 3073, dHead: 4 });
  });

  it('in a block, settles heads that would leave its limits on the nearest count that fits', () => {
    // 1,004 = 4 × 251: heads of 4 are too narrow for a block; 4 heads of 251 are the nearest that fit.
    expect(headsFor(1004, 64, block)).toEqual({ nHeads: 4, dHead: 251 });
    // 16,384 heads of 1 are too many: 256 of 64 is the most a block has.
    expect(headsFor(16_384, 1, block).nHeads).toBe(256);
  });

  it('always adds up, within the limits, for every d_model on the grid', () => {
    const failures: string[] = [];
    for (let dModel = D_MODEL.min; dModel <= D_MODEL.max; dModel += D_MODEL.step) {
      for (const dHead of [8, 64, 80, 128, 256]) {
        const heads = headsFor(dModel, dHead, block);
        if (!headsAddUp(dModel, heads) || !headsFit(dModel, heads.nHeads, block)) failures.push(`${dModel}/${dHead}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('settleHeads, the one rule between d_model and the heads', () => {
  describe('with d_head = d_model ÷ n_heads (one block)', () => {
    const at = (dModel: number, nHeads: number) => ({ dModel, nHeads });

    it('keeps the heads while they still divide d_model', () => {
      expect(settleHeads(at(1536, 12), at(768, 12), block)).toEqual(at(1536, 12));
    });

    it('else keeps their width: 768 → 832 takes 12 heads of 64 to 13, 768 → 1,024 to 16', () => {
      expect(settleHeads(at(832, 12), at(768, 12), block)).toEqual(at(832, 13));
      expect(settleHeads(at(1024, 12), at(768, 12), block)).toEqual(at(1024, 16));
      expect(settleHeads(at(16_384, 13), at(832, 13), block)).toEqual(at(16_384, 256));
      expect(settleHeads(at(64, 12), at(768, 12), block)).toEqual(at(64, 1));
    });

    it('fits a head count given with d_model on the nearest divisor, leaning the way it moved', () => {
      expect(settleHeads(at(1000, 7), at(768, 12), block)).toEqual(at(1000, 8));
      expect(settleHeads(at(768, 13), at(768, 12), block)).toEqual(at(768, 16));
    });

    it('always leaves heads that divide d_model within the limits', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 16, max: 4096 }).map((k) => 4 * k),
          fc.integer({ min: 16, max: 4096 }).map((k) => 4 * k),
          fc.integer({ min: 1, max: 256 }),
          fc.boolean(),
          (from, to, requested, moveHeads) => {
            const previous = at(from, fitHeads(from, requested, block));
            fc.pre(headsFit(from, previous.nHeads, block));
            const next = settleHeads(at(to, moveHeads ? requested : previous.nHeads), previous, block);
            expect(headsFit(to, next.nHeads, block)).toBe(true);
          },
        ),
      );
    });
  });

  describe('with d_head stored (whole models)', () => {
    const at = (dModel: number, nHeads: number, dHead: number) => ({ dModel, nHeads, dHead, nLayers: 96 });

    it('moves the heads with d_model, keeping their width', () => {
      expect(settleHeads(at(4096, 96, 128), at(12_288, 96, 128), model)).toEqual(at(4096, 32, 128));
      expect(settleHeads(at(6208, 48, 128), at(6144, 48, 128), model)).toEqual(at(6208, 97, 64));
    });

    it('keeps heads given with d_model as given, even when they do not add up (the paper’s XL row)', () => {
      const xl = at(2048, 24, 128);
      expect(settleHeads(xl, at(12_288, 96, 128), model)).toEqual(xl);
      expect(settleHeads({ ...xl, nLayers: 12 }, xl, model)).toEqual({ ...xl, nLayers: 12 });
    });

    it('keeps heads that come to add up with the new d_model', () => {
      expect(settleHeads(at(3072, 24, 128), at(2048, 24, 128), model)).toEqual(at(3072, 24, 128));
    });
  });
});

describe('whyHeadsMisfit', () => {
  it('names what is wrong with the heads', () => {
    expect(whyHeadsMisfit(768, 7, block)).toBe('does not divide d_model (768)');
    expect(whyHeadsMisfit(768, 192, block)).toBe('leaves d_head = 4, under the minimum of 8');
    expect(whyHeadsMisfit(1024, 2, model)).toBe('leaves d_head = 512, over the maximum of 256');
  });
});

describe('specOf and view', () => {
  const gpt3 = GPT3_PRESETS.find((p) => p.id === 'gpt3-175b')!.spec;
  const sizes = { nLayers: 96, dModel: 12_288, nHeads: 96, dHead: 128, nCtx: 2048, tied: true };

  it('d_ff follows 4 · d_model unless the shape pins it', () => {
    expect(dFFOf({ dModel: 768 })).toBe(3072);
    expect(dFFOf({ dModel: 768, dFF: D_FF_FOLLOWS })).toBe(3072);
    expect(dFFOf({ dModel: 768, dFF: 2048 })).toBe(2048);
    expect(specOf({ dModel: 768, nHeads: 12, dFF: 2048 })).toEqual({ dModel: 768, nLayers: 1, nHeads: 12, dFF: 2048 });
  });

  it('counts a whole model as the library counts it, and one of its blocks', () => {
    const shown = view(sizes);
    expect(shown.model).toEqual(countGpt(gpt3));
    expect(shown.block).toEqual(countGptBlock(gpt3));
    expect(shown.dHead).toBe(128);
    expect(shown.dFF).toBe(49_152);
    expect(shown.replaced).toBeNull();
  });

  it('gives one block the seed’s per-block figures at d_model = 12,288', () => {
    const { groups, block: count, model: whole } = view({ dModel: 12_288, nHeads: 96 });
    expect(groups.mlp.parts.map((p) => p.neurons)).toEqual([49_152, 12_288]);
    expect(groups.mlp.synapses).toBe(1_207_959_552);
    expect(groups.attn.neurons).toBe(49_152);
    expect(groups.attn.synapses).toBe(603_979_776);
    expect(groups.norm.synapses).toBe(0);
    expect(groups.norm.parameters).toBe(4 * 12_288);
    expect(count.synapses).toBe(12 * 12_288 ** 2);
    expect(whole).toBeNull();
  });

  it('with circuits: 2 · d attention neurons of d synapses, the same parameters, the four projections replaced', () => {
    const plain = view({ dModel: 768, nHeads: 12 });
    const circuits = view({ dModel: 768, nHeads: 12 }, { circuits: true });
    expect(circuits.groups.attn.parts).toEqual(countAttentionCircuits(circuits.spec).parts);
    expect(circuits.groups.attn.neurons).toBe(2 * 768);
    expect(circuits.block.parameters).toBe(plain.block.parameters);
    expect(circuits.groups.mlp).toEqual(plain.groups.mlp);
    expect(circuits.replaced).toEqual(plain.groups.attn);
  });
});
