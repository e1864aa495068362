import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import type { Count } from '../src/counting/index.js';
import { expect } from './fixtures.js';

/** A folder of weights files for one test, removed with `done()`. */
export function weightsFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'weights-'));
  return {
    /** Writes `bytes`, then makes the file `size` bytes long; past what was written it is sparse, taking no disk. */
    file(name: string, bytes: Uint8Array, size = bytes.length): string {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      if (size > bytes.length) truncateSync(path, size);
      return path;
    },
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

const n = (value: number) => value.toLocaleString('en-US');

/** The panel's totals, as a reader sees them, equal `count`. */
export async function expectTotals(panel: Locator, count: Pick<Count, 'neurons' | 'synapses' | 'parameters'>) {
  const totals = panel.locator('.weights-result .counts');
  await expect(totals.locator('[data-count="neurons"]')).toHaveText(n(count.neurons));
  await expect(totals.locator('[data-count="synapses"]')).toHaveText(n(count.synapses));
  await expect(totals.locator('[data-count="parameters"]')).toHaveText(n(count.parameters));
  const footer = panel.locator('.tensors tfoot');
  await expect(footer.locator('[data-count="neurons"]')).toHaveText(n(count.neurons));
  await expect(footer.locator('[data-count="parameters"]')).toHaveText(n(count.parameters));
}
