import type { Page } from '@playwright/test';

/** What `drawPicture` leaves in the page: the picture's pixels, row by row, four bytes (RGBA) each. */
export interface Picture {
  width: number;
  height: number;
  pixels: Uint8ClampedArray;
}

/**
 * Decodes a PNG in the page, as a reader's browser would show it, and keeps its pixels there as
 * `window.picture` (a `Picture`), for a following `page.evaluate` to look at without sending them back.
 */
export async function drawPicture(page: Page, png: Buffer): Promise<void> {
  await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
    Object.assign(window, { picture: { width: canvas.width, height: canvas.height, pixels } });
  }, png.toString('base64'));
}
