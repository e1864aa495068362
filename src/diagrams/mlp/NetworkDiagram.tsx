import { memo } from 'react';
import { neuronLit, synapseLit, type MlpFocus } from './focus.js';
import type { LinkShape, NetworkLayout } from './layoutNetwork.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface NetworkDiagramProps {
  layout: NetworkLayout;
  width: number;
  height: number;
  /** The same object until the focus changes (see useFocus), so unchanged link columns are not redrawn. */
  focus: MlpFocus | null;
  onFocus: (focus: MlpFocus | null) => void;
  /** What the picture shows, in words. */
  description: string;
}

/** Neurons (red circles) in columns and their synapses (blue lines); hovering a neuron lights its synapses. */
export function NetworkDiagram({ layout, width, height, focus, onFocus, description }: NetworkDiagramProps) {
  const dim = focus !== null;
  const linksByColumn = new Map<number, LinkShape[]>();
  for (const l of layout.links) {
    const column = linksByColumn.get(l.column);
    if (column) column.push(l);
    else linksByColumn.set(l.column, [l]);
  }
  return (
    <DiagramSvg className="network" width={width} height={height} description={description} {...pointArea(onFocus)}>
      <g className="links">
        {[...linksByColumn].map(([column, links]) => (
          <LinkColumn key={column} links={links} focus={focus} />
        ))}
      </g>
      <g className="nodes">
        {layout.nodes.map((n, place) => (
          <circle
            key={place}
            className={n.column === 0 ? 'input-node' : 'neuron'}
            data-lit={dim ? neuronLit(focus, n.column, n.index) : undefined}
            cx={n.x}
            cy={n.y}
            r={n.r}
            {...(n.column === 0
              ? undefined
              : pointTarget<MlpFocus>(onFocus, { kind: 'neuron', column: n.column, index: n.index }))}
          />
        ))}
      </g>
      <g className="gaps">
        {layout.gaps.map((g) => (
          <text key={g.column} className="gap" x={g.x} y={g.y} textAnchor="middle" dominantBaseline="middle">
            ⋮ {g.label}
          </text>
        ))}
      </g>
      <g className="labels">
        {layout.labels.map((label) => (
          <text key={label.column} x={label.x} y={label.y} textAnchor="middle">
            {label.text}
          </text>
        ))}
      </g>
    </DiagramSvg>
  );
}

/** Whether two columns of links would draw the same lines. */
function sameLinks(a: readonly LinkShape[], b: readonly LinkShape[]): boolean {
  return (
    a.length === b.length &&
    a.every((l, i) => {
      const m = b[i]!;
      return l.to === m.to && l.x1 === m.x1 && l.y1 === m.y1 && l.x2 === m.x2 && l.y2 === m.y2;
    })
  );
}

/**
 * The synapses into one column. Resizing a layer moves the lines on either side of it only, so the
 * other columns compare equal and are not redrawn.
 */
const LinkColumn = memo(
  function LinkColumn({ links, focus }: { links: readonly LinkShape[]; focus: MlpFocus | null }) {
    return links.map((l, place) => (
      // Keyed by place, not by neuron: resizing a layer renumbers the neurons shown past its gap.
      <line
        key={place}
        className="synapse"
        data-lit={focus !== null ? synapseLit(focus, l.column, l.to) : undefined}
        x1={l.x1}
        y1={l.y1}
        x2={l.x2}
        y2={l.y2}
      />
    ));
  },
  (a, b) => a.focus === b.focus && sameLinks(a.links, b.links),
);
