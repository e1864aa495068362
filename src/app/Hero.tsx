import { useId, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { countLinear } from '../counting/linear.js';
import { formatQuantity } from '../format/numbers.js';

/** The miniature's range: small enough to read every entry, on a phone too. */
const MAX_INPUTS = 8;
const MAX_NEURONS = 6;
const CELL = 28;
const GAP = 6;

interface SizeProps {
  label: string;
  value: number;
  max: number;
  unit: string;
  onChange: (value: number) => void;
}

function Size({ label, value, max, unit, onChange }: SizeProps) {
  const id = useId();
  return (
    <div className="hero-size">
      <label htmlFor={id}>
        {label} <output htmlFor={id}>{value}</output>
      </label>
      <input
        id={id}
        type="range"
        min={1}
        max={max}
        value={value}
        aria-valuetext={formatQuantity(value, unit)}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </div>
  );
}

/**
 * The one-line definition, live: a weight matrix W whose rows are neurons and whose entries are
 * synapses. Dragging a size redraws it with the counting library's counts; pointing at a row, tapping
 * it, or the arrow keys on the matrix light one neuron and its synapses.
 */
export function Hero() {
  const [inputs, setInputs] = useState(3);
  const [neurons, setNeurons] = useState(2);
  const [lit, setLit] = useState(0);
  const row = Math.min(lit, neurons - 1);
  const count = countLinear({ inFeatures: inputs, outFeatures: neurons, bias: false });
  const perNeuron = count.synapsesPerNeuron;
  // The drawing keeps the largest matrix's box, so the sliders beside it stay put while they are dragged.
  const width = MAX_INPUTS * (CELL + GAP) + GAP;
  const height = MAX_NEURONS * (CELL + GAP) + GAP;
  const rowWidth = inputs * (CELL + GAP);

  const rowAt = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const y = ((event.clientY - box.top) / box.height) * height;
    return Math.max(0, Math.min(neurons - 1, Math.floor((y - GAP / 2) / (CELL + GAP))));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    setLit(Math.max(0, Math.min(neurons - 1, row + step)));
  };

  return (
    <figure className="hero" aria-labelledby="hero-caption">
      <div className="hero-body">
        <svg
          className="hero-matrix"
          viewBox={`0 0 ${width} ${height}`}
          role="slider"
          tabIndex={0}
          aria-label="Lit neuron (row of W)"
          aria-valuemin={1}
          aria-valuemax={neurons}
          aria-valuenow={row + 1}
          aria-valuetext={`Neuron ${row + 1} of ${neurons}: ${formatQuantity(perNeuron, 'synapses')}`}
          onKeyDown={onKeyDown}
          onPointerDown={(event) => setLit(rowAt(event))}
          onPointerMove={(event) => setLit(rowAt(event))}
        >
          {Array.from({ length: MAX_NEURONS * MAX_INPUTS }, (_, k) => (
            <rect
              key={k}
              className="hero-ghost"
              x={GAP + (k % MAX_INPUTS) * (CELL + GAP)}
              y={GAP + Math.floor(k / MAX_INPUTS) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={4}
            />
          ))}
          {Array.from({ length: neurons }, (_, i) => (
            <g key={i} className={i === row ? 'hero-row lit' : 'hero-row'} data-row={i}>
              <rect
                className="hero-neuron"
                x={GAP / 2}
                y={GAP / 2 + i * (CELL + GAP)}
                width={rowWidth}
                height={CELL + GAP}
                rx={6}
              />
              {Array.from({ length: inputs }, (_, j) => (
                <rect
                  key={j}
                  className="hero-synapse"
                  x={GAP + j * (CELL + GAP)}
                  y={GAP + i * (CELL + GAP)}
                  width={CELL}
                  height={CELL}
                  rx={4}
                />
              ))}
            </g>
          ))}
        </svg>
        <div className="hero-controls">
          <Size label="neurons (rows of W)" value={neurons} max={MAX_NEURONS} unit="neurons" onChange={setNeurons} />
          <Size label="inputs (columns of W)" value={inputs} max={MAX_INPUTS} unit="inputs" onChange={setInputs} />
          <p className="hero-counts" aria-live="polite">
            <span className="neuron">{formatQuantity(count.neurons, 'neurons')}</span> ×{' '}
            <span className="synapse">{formatQuantity(perNeuron, 'synapses')}</span> each ={' '}
            <strong className="synapse" data-synapses={count.synapses}>
              {formatQuantity(count.synapses, 'synapses')}
            </strong>
          </p>
        </div>
      </div>
      <figcaption id="hero-caption">
        <strong>A layer’s weight matrix W.</strong> Drag a size: each row is a neuron, each entry in it a synapse. Point
        at or tap a row (or use the arrow keys on the matrix) to light one neuron and its synapses.
      </figcaption>
    </figure>
  );
}
