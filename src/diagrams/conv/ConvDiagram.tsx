import { memo, type MouseEvent, type PointerEvent } from 'react';
import { dataLit } from '../dataLit.js';
import { partLit, type ConvFocus, type ConvPart } from './focus.js';
import { inputUnder, placeUnder, type ChannelShape, type ConvLayout, type GapShape, type Place } from './layoutConv.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointArea, pointTarget } from '../../components/pointing.js';

interface ConvDiagramProps {
  layout: ConvLayout;
  focus: ConvFocus | null;
  onFocus: (focus: ConvFocus | null) => void;
  /** The pointer moved over an input channel: the kernel should sit centred under it. */
  onSlide: (at: Place) => void;
  /** The drawn neuron's synapses in words, e.g. "27 synapses", shown beside it. */
  neuronNote: string;
  /** What the picture shows, with the current numbers. */
  description: string;
}

function Channel({ shape, chosen }: { shape: ChannelShape; chosen?: boolean }) {
  return (
    <g className="channel" data-in-group={shape.inGroup} data-chosen={chosen || undefined}>
      <path className="faces" d={shape.faces} />
      <path className="grid" d={shape.grid} />
      <text className="channel-number" x={shape.label.x} y={shape.label.y} textAnchor="middle">
        {shape.label.text}
      </text>
    </g>
  );
}

function Gap({ gap }: { gap: GapShape }) {
  return (
    <text className="gap" x={gap.x} y={gap.y} textAnchor="middle">
      <tspan x={gap.x} dy="-0.2em">
        ⋯
      </tspan>
      <tspan x={gap.x} dy="1.2em">
        {gap.label}
      </tspan>
    </text>
  );
}

/**
 * Input channels with one neuron's kernel lit in each channel it reads (blue:
 * its synapses), the neuron (red), and the output maps, one per neuron.
 * Hovering an output map draws that neuron instead; moving over an input
 * channel slides the kernel there, and its one output moves with it.
 */
export const ConvDiagram = memo(function ConvDiagram({
  layout,
  focus,
  onFocus,
  onSlide,
  neuronNote,
  description,
}: ConvDiagramProps) {
  // Anything in focus dims the parts it does not light.
  const lit = (part: ConvPart) => dataLit(partLit(focus, part), focus !== null);
  const { neuron } = layout;
  const chosenMap = layout.outputs.find((c) => c.index === neuron.index);
  const slideTo = (svg: SVGSVGElement | null, clientX: number, clientY: number) => {
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!matrix) return;
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    const channel = inputUnder(layout, point);
    if (channel) onSlide(placeUnder(layout, channel, point));
  };
  const slide = (event: PointerEvent<SVGSVGElement>) => slideTo(event.currentTarget, event.clientX, event.clientY);
  // A finger does not hover: tapping an input channel lights the inputs and moves the kernel there.
  const tapInputs = (event: MouseEvent<SVGGElement>) => {
    onFocus({ kind: 'in' });
    slideTo(event.currentTarget.ownerSVGElement, event.clientX, event.clientY);
  };
  return (
    <DiagramSvg
      className="conv-diagram"
      width={layout.width}
      height={layout.height}
      description={description}
      {...pointArea(onFocus)}
      onPointerMove={slide}
    >
      <g
        className="conv-inputs"
        data-lit={lit('inputs')}
        {...pointTarget<ConvFocus>(onFocus, { kind: 'in' })}
        onClick={tapInputs}
      >
        {layout.inputs.map((c) => (
          <Channel key={c.index} shape={c} />
        ))}
        {layout.inputGaps.map((g) => (
          <Gap key={g.x} gap={g} />
        ))}
      </g>
      <g className="conv-links" data-lit={lit('kernel')}>
        {layout.links.map((l) => (
          <line key={l.id} className="synapse" x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />
        ))}
      </g>
      <g className="conv-kernels" data-lit={lit('kernel')} {...pointTarget<ConvFocus>(onFocus, { kind: 'kernel' })}>
        {layout.kernels.map((k) => (
          <g key={k.channel} className="kernel">
            <path className="faces" d={k.faces} />
            <path className="grid" d={k.grid} />
          </g>
        ))}
      </g>
      <g className="conv-outputs" data-lit={lit('outputs')}>
        {layout.outputs.map((c) => (
          <g key={c.index} {...pointTarget<ConvFocus>(onFocus, { kind: 'neuron', index: c.index })}>
            <Channel shape={c} chosen={c.index === neuron.index} />
          </g>
        ))}
        {layout.outputGaps.map((g) => (
          <Gap key={g.x} gap={g} />
        ))}
      </g>
      <g className="conv-neuron" data-lit={lit('neuron')}>
        {chosenMap && <path className="chosen-map" d={chosenMap.faces} />}
        <path className="output-cell" d={layout.outputCell.faces} />
        <line className="axon" x1={layout.axon.x1} y1={layout.axon.y1} x2={layout.axon.x2} y2={layout.axon.y2} />
        <circle
          className="neuron"
          cx={neuron.x}
          cy={neuron.y}
          r={neuron.r}
          {...pointTarget<ConvFocus>(onFocus, { kind: 'neuron', index: neuron.index })}
        />
        <text className="neuron-label" x={neuron.x + neuron.r + 7} y={neuron.y - 2}>
          <tspan className="neuron-text">{neuron.label}</tspan>
          <tspan className="synapse-text" x={neuron.x + neuron.r + 7} dy="1.15em">
            {neuronNote}
          </tspan>
        </text>
      </g>
      <g className="conv-brackets" data-lit={lit('groups')}>
        {layout.brackets.map((b) => {
          const tick = b.side === 'input' ? 4 : -4;
          return (
            <g key={b.side} className="bracket">
              <path d={`M${b.x1},${b.y + tick}V${b.y}H${b.x2}V${b.y + tick}`} />
              <text x={(b.x1 + b.x2) / 2} y={b.side === 'input' ? b.y - 4 : b.y + 12} textAnchor="middle">
                {b.label}
              </text>
            </g>
          );
        })}
      </g>
      {layout.titles.map((t) => (
        <text key={t.side} className="conv-title" x={t.x} y={t.y} textAnchor="middle">
          {t.text}
        </text>
      ))}
    </DiagramSvg>
  );
});
