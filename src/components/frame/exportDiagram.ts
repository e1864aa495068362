/** Presentation properties copied from the page into an exported SVG, so it looks the same standing alone. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  // Labels are drawn with a halo (a stroke in the paper's colour) under their letters: without this the
  // halo is painted over the letters, and a label exports as a blank blob.
  'paint-order',
  'opacity',
  'visibility',
  'display',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'text-decoration',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 16;

function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  target.removeAttribute('class');
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i]!, targetChildren[i]!);
}

/** The first opaque background behind `element`: the paper a diagram is drawn on, in the theme showing. */
export function paperColour(element: Element): string {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    const colour = getComputedStyle(at).backgroundColor;
    if (colour && !/^(transparent|rgba\(.*,\s*0\))$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * Resolves once `container` is at rest: the next frame is drawn (so a state just let go is rendered) and
 * every CSS transition under it has run out. Read mid-transition, a part fading back from its dimmed state
 * would be copied half-faded into the file.
 */
export async function settled(container: Element): Promise<void> {
  await new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
  const fading = container.getAnimations({ subtree: true }).filter((a) => a instanceof CSSTransition);
  await Promise.allSettled(fading.map((a) => a.finished));
}

/** What an exported file says about itself: the widget's title, and the settings that drew it. */
export interface ExportLabel {
  title: string;
  desc: string;
}

/**
 * The widget's diagrams (every `svg.diagram` inside `container`) as one
 * standalone SVG document, stacked top to bottom, in the current colours, on
 * an opaque background of the page's paper, with a title and description.
 */
export function diagramSvg(
  container: Element,
  label?: ExportLabel,
): { svg: string; width: number; height: number } | null {
  const sources = [...container.querySelectorAll<SVGSVGElement>('svg.diagram')];
  if (sources.length === 0) return null;
  const out = document.createElementNS(SVG_NS, 'svg');
  let y = 0;
  let width = 0;
  for (const source of sources) {
    const box = source.viewBox.baseVal;
    const w = box && box.width > 0 ? box.width : source.clientWidth;
    const h = box && box.height > 0 ? box.height : source.clientHeight;
    const clone = source.cloneNode(true) as SVGSVGElement;
    inlineStyles(source, clone);
    clone.setAttribute('x', '0');
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
    out.appendChild(clone);
    y += h + GAP;
    width = Math.max(width, w);
  }
  const height = y - GAP;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', paperColour(container));
  out.prepend(background);
  if (label !== undefined) {
    const desc = document.createElementNS(SVG_NS, 'desc');
    desc.textContent = label.desc;
    out.prepend(desc);
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = label.title;
    out.prepend(title);
  }
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(out), width, height };
}

/** Rasterises an SVG document at `scale` × its size, for slides. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw to a canvas.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `data` as a file named `name`. */
export function saveFile(name: string, data: Blob) {
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
