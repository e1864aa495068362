/**
 * A leaky integrate-and-fire neuron (Lapicque's model), solved exactly event
 * by event: between input spikes the membrane potential V decays towards 0
 * with time constant τ; each input spike adds w at once; when V reaches the
 * threshold θ the neuron fires and V resets to 0. Units: milliseconds, and V
 * in multiples of the threshold's scale (θ = 1).
 */
export interface LifConstants {
  /** Membrane time constant τ in ms: how fast V leaks away. */
  tau: number;
  /** Jump of V per input spike (the synaptic weight w). */
  weight: number;
  /** Firing threshold θ. */
  threshold: number;
  /** Length of the window simulated, in ms. */
  duration: number;
}

/**
 * Chosen so one input spike (w < θ) never fires the neuron, two arriving
 * within a few ms do (2w > θ), and spikes spread evenly at the seed's
 * default of 5 per 100 ms per input leak away before they add up to θ.
 */
export const LIF: LifConstants = { tau: 8, weight: 0.6, threshold: 1, duration: 100 };

/** A point of the membrane potential trace: time t (ms), potential v. */
export interface TracePoint {
  t: number;
  v: number;
}

export interface Simulation {
  /** V(t) from 0 to the duration, sampled between events, with both sides of every jump and reset. */
  trace: TracePoint[];
  /** Times (ms) of the output spikes. */
  outputs: number[];
  /** The highest V reached (just before any reset). */
  peak: number;
}

/** Spikes closer than this (ms) arrive together: their jumps add before the threshold is checked. */
const SAME_TIME = 1e-9;

/** Input spike times of all inputs, merged and sorted, each with the number of spikes arriving then. */
function arrivals(inputs: readonly (readonly number[])[], duration: number): { t: number; count: number }[] {
  const times = inputs
    .flat()
    .filter((t) => t >= 0 && t <= duration)
    .sort((a, b) => a - b);
  const merged: { t: number; count: number }[] = [];
  for (const t of times) {
    const last = merged[merged.length - 1];
    if (last !== undefined && t - last.t < SAME_TIME) last.count += 1;
    else merged.push({ t, count: 1 });
  }
  return merged;
}

/**
 * Runs the neuron on the given input spike trains (times in ms, any order).
 * Deterministic; the trace is sampled every `sample` ms between events.
 */
export function simulate(
  inputs: readonly (readonly number[])[],
  constants: LifConstants = LIF,
  sample = 0.5,
): Simulation {
  const { tau, weight, threshold, duration } = constants;
  const trace: TracePoint[] = [{ t: 0, v: 0 }];
  const outputs: number[] = [];
  let t = 0;
  let v = 0;
  let peak = 0;
  const decayTo = (until: number) => {
    for (let s = t + sample; s < until; s += sample) trace.push({ t: s, v: v * Math.exp(-(s - t) / tau) });
    v *= Math.exp(-(until - t) / tau);
    t = until;
    trace.push({ t, v });
  };
  for (const arrival of arrivals(inputs, duration)) {
    decayTo(arrival.t);
    v += weight * arrival.count;
    peak = Math.max(peak, v);
    trace.push({ t, v });
    if (v >= threshold) {
      outputs.push(t);
      v = 0;
      trace.push({ t, v });
    }
  }
  decayTo(duration);
  return { trace, outputs, peak };
}
