import { useId, useMemo } from 'react';
import { formatCount, formatQuantity } from '../../format/numbers.js';
import { commonDivisors } from './divisors.js';
import { hoverLight } from '../../components/pointing.js';

interface GroupsControlProps {
  inChannels: number;
  outChannels: number;
  groups: number;
  onChange: (groups: number) => void;
  /** Makes the layer depthwise: groups = in_channels = out_channels. */
  onDepthwise: () => void;
  onFocusChange: (focused: boolean) => void;
}

/**
 * groups g, stepping only through the values that divide both channel counts,
 * so an invalid setting cannot be picked; and a one-press depthwise setting.
 */
export function GroupsControl({
  inChannels,
  outChannels,
  groups,
  onChange,
  onDepthwise,
  onFocusChange,
}: GroupsControlProps) {
  const id = useId();
  const options = useMemo(() => commonDivisors(inChannels, outChannels), [inChannels, outChannels]);
  const position = Math.max(0, options.indexOf(groups));
  const depthwise = groups === inChannels && groups === outChannels;
  const focusProps = {
    onFocus: () => onFocusChange(true),
    onBlur: () => onFocusChange(false),
    ...hoverLight(onFocusChange),
  };
  return (
    <div className="control slider groups-control" data-term="groups" {...focusProps}>
      <label htmlFor={`${id}-range`}>groups g</label>
      <div className="slider-row">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={options.length - 1}
          step={1}
          value={position}
          aria-valuetext={`${formatCount(groups)} ${groups === 1 ? 'group' : 'groups'}: each neuron reads ${formatCount(inChannels / groups)} of ${formatQuantity(inChannels, 'input channels')}`}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(options[Number(e.target.value)] ?? 1)}
        />
        <output className="groups-value" htmlFor={`${id}-range`}>
          {formatCount(groups)}
        </output>
      </div>
      <p className="control-hint" id={`${id}-hint`}>
        g divides both {formatCount(inChannels)} and {formatCount(outChannels)}: {options.map(formatCount).join(', ')}
      </p>
      <button type="button" className="depthwise" aria-pressed={depthwise} onClick={onDepthwise}>
        Depthwise (g = in = out)
      </button>
    </div>
  );
}
