import { LiveFormula } from '../../components/LiveFormula.js';
import { GATES, type Count } from '../../counting/index.js';
import { lineLit, lineTermLit, type LineTerm, type RecurrentFocus } from '../../diagrams/recurrent/focus.js';
import { formatCount, formatQuantity, unitFor } from '../../format/numbers.js';
import biasFormula from './bias.tex';
import bidirectionalFormula from './layer-bidirectional.tex';
import layerFormula from './layer.tex';
import { layersOf, type RecurrentValues } from './model.js';
import { hoverLight } from '../../components/pointing.js';

interface RecurrentFormulaProps {
  count: Count;
  values: RecurrentValues;
  focus: RecurrentFocus | null;
  onFocus: (focus: RecurrentFocus | null) => void;
}

/** The terms of a line that light only themselves; pointing at the others lights the whole line. */
const TERMS = new Set(['neurons', 'input', 'recurrent'] as const);
const isTerm = (term: string | null): term is LineTerm => term !== null && (TERMS as ReadonlySet<string>).has(term);

/** One line per layer (neurons × synapses per neuron), and the parameters with PyTorch's two bias vectors. */
export function RecurrentFormula({ count, values, focus, onFocus }: RecurrentFormulaProps) {
  const directions = values.bidirectional ? 2 : 1;
  const G = String(GATES[values.cell]);
  const H = formatCount(values.hidden);
  return (
    <div className="formula-lines">
      {layersOf(count).map((part, i) => {
        const layer = i + 1;
        const I = formatCount(part.synapsesPerNeuron - values.hidden);
        const s = formatCount(part.synapses * directions);
        const pointAt = (term: string | null) => onFocus({ kind: 'line', layer, term: isTerm(term) ? term : 'all' });
        return (
          <div
            key={part.name}
            className="formula-line"
            tabIndex={0}
            data-focused={lineLit(focus, layer) ? '' : undefined}
            onFocus={() => onFocus({ kind: 'line', layer, term: 'all' })}
            onBlur={() => onFocus(null)}
            {...hoverLight((on) => onFocus(on ? { kind: 'line', layer, term: 'all' } : null))}
          >
            <LiveFormula
              template={values.bidirectional ? bidirectionalFormula : layerFormula}
              values={{ l: String(layer), G, H, I, s }}
              focus={lineTermLit(focus, layer)}
              onFocusTerm={pointAt}
              speech={`Layer ${layer}: ${directions === 2 ? '2 directions of ' : ''}${GATES[values.cell] > 1 ? `${G} times ` : ''}${H} ${unitFor(values.hidden, 'neurons')}, each with ${I} input ${unitFor(part.synapsesPerNeuron - values.hidden, 'synapses')} and ${H} recurrent ${unitFor(values.hidden, 'synapses')}: ${s} ${unitFor(part.synapses * directions, 'synapses')}.`}
            />
          </div>
        );
      })}
      {values.bias && (
        <div className="formula-line" data-focused={focus?.kind === 'parameters' ? '' : undefined}>
          <LiveFormula
            template={biasFormula}
            values={{ s: formatCount(count.synapses), n: formatCount(count.neurons), p: formatCount(count.parameters) }}
            speech={`Parameters: ${formatQuantity(count.synapses, 'synapses')} plus two biases for each of ${formatQuantity(count.neurons, 'neurons')}, ${formatCount(count.parameters)}.`}
          />
        </div>
      )}
    </div>
  );
}
