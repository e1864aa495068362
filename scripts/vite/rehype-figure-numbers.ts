import type { Root, RootContent } from 'hast';

/** A `<Widget …/>` of a chapter, as far as this plugin reads and writes it. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

type Node = RootContent | Root | JsxElement;

const isWidget = (node: Node): node is JsxElement =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Widget';

function widgetsIn(node: Node): JsxElement[] {
  const children = 'children' in node ? (node.children as Node[]) : [];
  return children.flatMap((child) => (isWidget(child) ? [child] : widgetsIn(child)));
}

/**
 * Numbers a chapter's widgets "Figure 1", "Figure 2", … in the order they
 * appear, by giving each a `figure` attribute; a widget without a `caption`
 * (one or two sentences saying what to try) stops the build.
 */
export function rehypeFigureNumbers() {
  return (tree: Root, file: { path?: string }) => {
    widgetsIn(tree).forEach((widget, i) => {
      const caption = widget.attributes.find((a) => a.name === 'caption');
      if (typeof caption?.value !== 'string' || caption.value.trim() === '') {
        throw new Error(`${file.path ?? 'a chapter'}: figure ${i + 1} has no caption saying what to try`);
      }
      widget.attributes = widget.attributes.filter((a) => a.name !== 'figure');
      widget.attributes.push({ type: 'mdxJsxAttribute', name: 'figure', value: String(i + 1) });
    });
  };
}
