import { memo, useId } from 'react';
import type { GptPartName } from '../../counting/index.js';
import { formatQuantity } from '../../format/numbers.js';
import { dataLit } from '../dataLit.js';
import { dims, lit, type BlockFocus, type Layer } from './focus.js';
import type { BlockLayout, MatrixShape, TextShape } from './shapes.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface BlockDiagramProps {
  layout: BlockLayout;
  focus: BlockFocus | null;
  onFocus: (focus: BlockFocus | null) => void;
  /** What the picture shows, in words, with the current numbers. */
  description: string;
  /** Reader-facing part names, for tooltips. */
  labels: Readonly<Record<string, string>>;
}

/** `data-lit` for one layer of one drawn part (null for the stream and the ops). */
const litAttr = (focus: BlockFocus | null, part: GptPartName | null, layer: Layer) =>
  dataLit(lit(focus, part, layer), dims(focus));

const Matrix = memo(function Matrix({
  m,
  focus,
  label,
  onFocus,
}: {
  m: MatrixShape;
  focus: BlockFocus | null;
  label: string;
  onFocus: (focus: BlockFocus | null) => void;
}) {
  const on = (layer: Layer) => litAttr(focus, m.part, layer);
  return (
    <g className="matrix-part" data-part={m.part} {...pointTarget<BlockFocus>(onFocus, { kind: 'part', part: m.part })}>
      <title>{`${label}: ${formatQuantity(m.rows, 'neurons')} of ${formatQuantity(m.cols, 'synapses')} each`}</title>
      <rect className="body" data-lit={on('body')} {...m.body} />
      {m.grid.map((l, i) => (
        <line key={`g${i}`} className="grid" data-lit={on('body')} {...l} />
      ))}
      {m.heads.map((l, i) => (
        <line key={`h${i}`} className="head-line" data-lit={on('heads')} {...l} />
      ))}
      <rect className="neuron-edge" data-lit={on('neurons')} {...m.neurons} />
      <rect className="row" data-lit={on('row')} {...m.row} />
      <rect className="bias" data-lit={on('bias')} {...m.bias} />
      {m.showName && (
        <text
          className="name"
          data-lit={on('body')}
          x={m.body.x + m.body.width / 2 + 1.5}
          y={m.body.y + m.body.height / 2}
          textAnchor="middle"
          dominantBaseline="central"
        >
          {m.name}
        </text>
      )}
    </g>
  );
});

function Text({ t }: { t: TextShape }) {
  return (
    <text className={t.strong ? 'heading' : undefined} x={t.x} y={t.y} textAnchor={t.anchor}>
      {t.spans.map((s, i) => (
        <tspan key={i} className={s.kind === undefined ? undefined : `${s.kind}-text`}>
          {s.text}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The block to scale (see layoutBlock). Pointing at a matrix or norm focuses
 * its part, which lights its row in the parts table and its formula term;
 * focus from elsewhere lights the part here.
 */
export function BlockDiagram({ layout, focus, onFocus, description, labels }: BlockDiagramProps) {
  const id = useId().replace(/[^\w-]/g, '');
  const arrow = `${id}-arrow`;
  return (
    <svg
      className="diagram gpt-block"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby={`${id}-title`}
      data-orientation={layout.orientation}
      {...pointArea(onFocus)}
    >
      <title id={`${id}-title`}>{description}</title>
      <defs>
        <marker
          id={arrow}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path className="arrowhead" d="M0,0.5 L7.5,4 L0,7.5 z" />
        </marker>
      </defs>
      <g className="flows">
        {layout.flows.map((f) => (
          <path
            key={f.id}
            className={f.kind}
            data-lit={f.kind === 'stream' ? litAttr(focus, null, 'stream') : undefined}
            d={f.d}
            markerEnd={f.arrow ? `url(#${arrow})` : undefined}
          />
        ))}
      </g>
      {layout.adds.map((a) => (
        <g key={a.id} className="add" data-lit={litAttr(focus, null, 'stream')}>
          <circle cx={a.cx} cy={a.cy} r={6} />
          <path d={`M${a.cx - 3.5},${a.cy}H${a.cx + 3.5}M${a.cx},${a.cy - 3.5}V${a.cy + 3.5}`} />
        </g>
      ))}
      {layout.norms.map((n) => (
        <g
          key={n.part}
          className="norm"
          data-part={n.part}
          data-lit={litAttr(focus, n.part, 'norm')}
          {...pointTarget<BlockFocus>(onFocus, { kind: 'part', part: n.part })}
        >
          <title>{`${labels[n.part] ?? n.part}: parameters, not synapses`}</title>
          <rect {...n.rect} rx={4} />
          <text
            x={n.rect.x + n.rect.width / 2}
            y={n.rect.y + n.rect.height / 2}
            textAnchor="middle"
            dominantBaseline="central"
          >
            LN
          </text>
        </g>
      ))}
      {layout.ops.map((op) => (
        <g key={op.id} className="op" data-lit={litAttr(focus, null, 'op')}>
          <title>
            {op.id === 'attend' ? 'Attention pattern: no weights of its own' : 'Activation: no weights of its own'}
          </title>
          <rect {...op.rect} rx={op.rect.height / 2} />
          <text
            x={op.rect.x + op.rect.width / 2}
            y={op.rect.y + op.rect.height / 2}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {op.label}
          </text>
        </g>
      ))}
      {layout.matrices.map((m) => (
        <Matrix key={m.part} m={m} focus={focus} label={labels[m.part] ?? m.part} onFocus={onFocus} />
      ))}
      {layout.texts.map((t) => (
        <Text key={t.id} t={t} />
      ))}
    </svg>
  );
}
