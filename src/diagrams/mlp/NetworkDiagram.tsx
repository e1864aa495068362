import { neuronFocus, neuronLit, synapseLit, type MlpFocus } from './focus.js';
import type { NetworkLayout } from './layoutNetwork.js';
import { DiagramSvg } from '../DiagramSvg.js';

interface NetworkDiagramProps {
  layout: NetworkLayout;
  width: number;
  height: number;
  focus: MlpFocus | null;
  onFocus: (id: string | null) => void;
  /** What the picture shows, in words. */
  description: string;
}

/** Neurons (red circles) in columns and their synapses (blue lines); hovering a neuron lights its synapses. */
export function NetworkDiagram({ layout, width, height, focus, onFocus, description }: NetworkDiagramProps) {
  const dim = focus !== null;
  return (
    <DiagramSvg
      className="network"
      width={width}
      height={height}
      description={description}
      onPointerLeave={() => onFocus(null)}
    >
      <g className="links">
        {/* Keyed by place, not by neuron: resizing a layer renumbers the neurons shown past its gap. */}
        {layout.links.map((l, place) => (
          <line
            key={place}
            className="synapse"
            data-lit={dim ? synapseLit(focus, l.column, l.to) : undefined}
            x1={l.x1}
            y1={l.y1}
            x2={l.x2}
            y2={l.y2}
          />
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
            onPointerEnter={n.column === 0 ? undefined : () => onFocus(neuronFocus(n.column, n.index))}
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
