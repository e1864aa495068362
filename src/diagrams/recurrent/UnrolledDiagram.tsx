import { useMemo, type CSSProperties } from 'react';
import { dataLit } from '../dataLit.js';
import { inputLit, neuronsLit, partLit, recurrentFocus, recurrentLit, type RecurrentFocus } from './focus.js';
import type { Flow, UnrolledLayout } from './layoutUnrolled.js';
import { arrowsPath, circlesPath, rectsPath } from './paths.js';
import { DiagramSvg } from '../DiagramSvg.js';
import { pointParts } from '../../components/pointing.js';

interface UnrolledDiagramProps {
  layout: UnrolledLayout;
  focus: RecurrentFocus | null;
  onFocus: (focus: RecurrentFocus | null) => void;
  /** What the picture shows, in words, with the current numbers. */
  description: string;
}

/** `data-focus`: the id of what pointing at a mark focuses, read back by focusAt. */
const focusAttr = (focus: RecurrentFocus) => recurrentFocus.id(focus);

function flowFocus(flow: Flow): string | undefined {
  if (flow.kind === 'input' || flow.kind === 'recurrent') {
    return focusAttr({ kind: 'line', layer: flow.layer, term: flow.kind });
  }
  return undefined;
}

function flowLit(flow: Flow, focus: RecurrentFocus | null): boolean {
  switch (flow.kind) {
    case 'input':
      return inputLit(focus, flow.layer);
    case 'recurrent':
      return recurrentLit(focus, flow.layer, flow.direction!);
    case 'state':
      return partLit(focus, flow.layer, flow.direction!);
    case 'output':
      return false;
  }
}

function focusAt(event: { target: EventTarget }): RecurrentFocus | null {
  return recurrentFocus.parse((event.target as Element).closest<SVGElement>('[data-focus]')?.dataset.focus ?? null);
}

/**
 * The unrolled network: one path per part, gate group and arrow bundle, so
 * even 4 bidirectional LSTM layers over 8 steps stay a few hundred nodes.
 * Pointing at anything sets the shared focus; the focus lights every copy of
 * what it names at once, which is the point: they are the same neurons.
 */
export function UnrolledDiagram({ layout, focus, onFocus, description }: UnrolledDiagramProps) {
  const paths = useMemo(
    () => ({
      parts: layout.parts.map((p) => rectsPath(p.cells, 4)),
      flows: layout.flows.map((f) => arrowsPath(f.segments, f.kind === 'state' ? 4 : 5)),
      gates: layout.gates.map((g) => ({
        hits: rectsPath(g.hits),
        neurons: circlesPath(g.neurons),
        ellipsis: circlesPath(g.ellipsis),
      })),
      skipped: circlesPath(layout.skipped),
      inputs: circlesPath(layout.inputs.dots),
      inputEllipsis: circlesPath(layout.inputs.ellipsis),
    }),
    [layout],
  );
  // Anything in focus dims what it does not light.
  const lit = (on: boolean) => dataLit(on, focus !== null);
  return (
    <DiagramSvg
      className="unrolled"
      width={layout.width}
      height={layout.height}
      description={description}
      {...pointParts(onFocus, focusAt)}
    >
      <g className="rnn-parts">
        {layout.parts.map((part, i) => (
          <path
            key={part.id}
            className={`rnn-cell ${part.direction}`}
            data-focus={focusAttr({ kind: 'part', layer: part.layer, direction: part.direction })}
            data-lit={lit(partLit(focus, part.layer, part.direction))}
            d={paths.parts[i]}
          />
        ))}
      </g>
      <g className="rnn-flows">
        {layout.flows.map((flow, i) => (
          <path
            key={flow.id}
            className="rnn-flow"
            data-kind={flow.kind}
            data-flow={flow.id}
            data-focus={flowFocus(flow)}
            data-lit={lit(flowLit(flow, focus))}
            d={paths.flows[i]}
          />
        ))}
      </g>
      <g className="rnn-gates">
        {layout.gates.map((gate, i) => (
          <g
            key={gate.id}
            className="rnn-gate"
            data-focus={focusAttr({ kind: 'part', layer: gate.layer, direction: gate.direction, gate: gate.gate })}
            data-gate={gate.gate}
            data-lit={lit(neuronsLit(focus, gate.layer, gate.direction, gate.gate))}
          >
            <path className="rnn-hit" d={paths.gates[i]!.hits} />
            <path className="rnn-neurons" d={paths.gates[i]!.neurons} />
            {gate.ellipsis.length > 0 && <path className="rnn-ellipsis" d={paths.gates[i]!.ellipsis} />}
          </g>
        ))}
      </g>
      <g
        className="rnn-inputs"
        data-focus={focusAttr({ kind: 'line', layer: 1, term: 'input' })}
        data-lit={lit(inputLit(focus, 1))}
      >
        <path className="rnn-input" d={paths.inputs} />
        {layout.inputs.ellipsis.length > 0 && <path className="rnn-ellipsis" d={paths.inputEllipsis} />}
      </g>
      {layout.skipped.length > 0 && <path className="rnn-skipped" d={paths.skipped} />}
      <g className="rnn-labels">
        {layout.labels.map((label) => (
          <text
            key={label.id}
            className="rnn-label"
            data-kind={label.kind}
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
            // A size as a custom property, not an inline font-size, so a presentation's larger labels can win.
            style={label.size === undefined ? undefined : ({ '--label-size': `${label.size}px` } as CSSProperties)}
            transform={label.rotate ? `rotate(${label.rotate} ${label.x} ${label.y})` : undefined}
          >
            {label.text}
            {label.sub !== undefined && (
              <tspan className="sub" dy={3}>
                {label.sub}
              </tspan>
            )}
          </text>
        ))}
      </g>
    </DiagramSvg>
  );
}
