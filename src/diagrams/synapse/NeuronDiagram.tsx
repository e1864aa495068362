import { dataLit } from '../dataLit.js';
import { inputLit, partLit, synapseLit, type SynapseFocus } from './focus.js';
import type { NeuronLayout } from './layoutNeuron.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointItem } from '../../components/pointing.js';

interface NeuronDiagramProps {
  layout: NeuronLayout;
  width: number;
  height: number;
  /** Shown in the picture: signed weights, inputs, bias, z and y, already formatted. */
  text: { weights: readonly string[]; inputs: readonly string[]; bias: string; z: string; y: string };
  focus: SynapseFocus | null;
  onFocus: (focus: SynapseFocus | null) => void;
  description: string;
}

const SUB = ['₁', '₂', '₃'];

/** Inputs, synapses (thickness |w|; solid with an arrowhead if excitatory, dashed with a bar if inhibitory), neuron, bias and output. */
export function NeuronDiagram({ layout, width, height, text, focus, onFocus, description }: NeuronDiagramProps) {
  const { neuron, bias, output } = layout;
  const hover = (id: SynapseFocus) => pointItem(onFocus, id);
  // Anything in focus dims what it does not light.
  const lit = (on: boolean) => dataLit(on, focus !== null);
  return (
    <DiagramSvg className="neuron-diagram" width={width} height={height} description={description}>
      {layout.synapses.map((s) => (
        <g
          key={s.index}
          className={`synapse-link ${s.sign}`}
          data-synapse={s.index + 1}
          data-sign={s.sign}
          data-lit={lit(synapseLit(focus, s.index))}
          {...hover({ kind: 'synapse', index: s.index })}
        >
          <line className="hit" x1={s.from.x} y1={s.from.y} x2={s.to.x} y2={s.to.y} />
          <line className="stem" x1={s.from.x} y1={s.from.y} x2={s.to.x} y2={s.to.y} strokeWidth={s.strokeWidth} />
          {s.ending && <path className="ending" d={s.ending} strokeWidth={Math.max(3, s.strokeWidth)} />}
          <text className="weight-label" x={s.label.x} y={s.label.y} textAnchor="middle">
            {text.weights[s.index]}
          </text>
        </g>
      ))}
      {layout.inputs.map((input) => (
        <g
          key={input.index}
          className="input-node"
          data-lit={lit(inputLit(focus, input.index))}
          {...hover({ kind: 'input', index: input.index })}
        >
          <circle className="input" cx={input.cx} cy={input.cy} r={input.r} />
          <text className="input-value" x={input.cx} y={input.cy} textAnchor="middle" dominantBaseline="central">
            {text.inputs[input.index]}
          </text>
          <text
            className="input-name"
            x={input.cx - input.r - 5}
            y={input.cy}
            textAnchor="end"
            dominantBaseline="central"
          >
            x{SUB[input.index]}
          </text>
        </g>
      ))}
      <g className="bias" data-lit={lit(partLit(focus, 'bias'))} {...hover({ kind: 'b' })}>
        <line x1={bias.x} y1={bias.y - bias.size / 2} x2={bias.to.x} y2={bias.to.y} />
        <rect x={bias.x - bias.size / 2} y={bias.y - bias.size / 2} width={bias.size} height={bias.size} />
        <text x={bias.x + bias.size} y={bias.y} dominantBaseline="central">
          b = {text.bias}
        </text>
      </g>
      <g className="cell" data-lit={lit(partLit(focus, 'neuron'))} {...hover({ kind: 'z' })}>
        <circle className="neuron" cx={neuron.cx} cy={neuron.cy} r={neuron.r} />
        <text className="cell-sigma" x={neuron.cx} y={neuron.cy} textAnchor="middle" dominantBaseline="central">
          Σ
        </text>
        <text className="cell-z" x={neuron.cx} y={neuron.cy - neuron.r - 8} textAnchor="middle">
          z = {text.z}
        </text>
      </g>
      <g className="output" data-lit={lit(partLit(focus, 'output'))} {...hover({ kind: 'y' })}>
        <line x1={output.from.x} y1={output.from.y} x2={output.to.x} y2={output.to.y} />
        <path d={output.head} />
        <text x={(output.from.x + output.to.x) / 2 + 4} y={output.from.y - 10} textAnchor="middle">
          y = {text.y}
        </text>
      </g>
    </DiagramSvg>
  );
}
