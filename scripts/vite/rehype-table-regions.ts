import type { Element, Root, RootContent } from 'hast';

/** A JSX element of an MDX tree (`<table>` written as JSX in a chapter), as far as this plugin reads it. */
interface JsxElement {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: 'mdxJsxAttribute'; name: string; value: string }[];
  children: RootContent[];
}

type Node = RootContent | Root | JsxElement;

const isTable = (node: Node): boolean =>
  (node.type === 'element' && node.tagName === 'table') || (node.type === 'mdxJsxFlowElement' && node.name === 'table');

const nameOf = (node: Node): string | undefined =>
  node.type === 'element' ? node.tagName : node.type === 'mdxJsxFlowElement' ? (node.name ?? undefined) : undefined;

const childrenOf = (node: Node): readonly Node[] => ('children' in node ? (node.children as Node[]) : []);

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return childrenOf(node).map(textOf).join('');
}

function find(node: Node, name: string): Node[] {
  return childrenOf(node).flatMap((child) => (nameOf(child) === name ? [child] : find(child, name)));
}

/** The table's caption, or else its column headings: "Table: layer, neurons, synapses per neuron". */
export function tableLabel(table: Node): string {
  const caption = find(table, 'caption')[0];
  if (caption) return textOf(caption).trim();
  const head = find(table, 'thead')[0] ?? table;
  const columns = find(head, 'th').map((th) => textOf(th).trim());
  return columns.length > 0 ? `Table: ${columns.join(', ')}` : 'Table';
}

function region(table: Node): RootContent {
  const label = tableLabel(table);
  if (table.type === 'element') {
    const div: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: ['scroll-x', 'table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
      children: [table],
    };
    return div;
  }
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
  const div: JsxElement = {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: [
      attribute('className', 'scroll-x table-scroll'),
      attribute('role', 'region'),
      attribute('tabIndex', '0'),
      attribute('aria-label', label),
    ] as JsxElement['attributes'],
    children: [table as RootContent],
  };
  return div as unknown as RootContent;
}

/**
 * Puts every table of a chapter, in markdown or written as JSX, in a named
 * region that scrolls sideways (see ScrollRegion, which does the same for the
 * widgets' tables): on a phone a wide table scrolls inside it, with a shadow at
 * the edge that has more, instead of running off the page.
 */
export function rehypeTableRegions() {
  const visit = (parent: Node) => {
    if (!('children' in parent)) return;
    const children = parent.children as Node[];
    children.forEach((child, i) => {
      if (isTable(child)) children[i] = region(child) as Node;
      else visit(child);
    });
  };
  return (tree: Root) => visit(tree);
}
