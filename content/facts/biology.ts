/**
 * Constants the chapter quotes in running text: the spike widget's neuron and
 * the timing of the seed's example, imported from the code that uses them so
 * the prose and the widget cannot drift apart.
 */
import { LIF } from '../../src/models/lif.js';
import { BUNCHED_MS, WINDOW_MS } from '../../src/models/trains.js';

/** How soon people can tell whether a photograph holds an animal, in ms (Thorpe, Fize and Marlot 1996). */
const THORPE_MS = 150;

export const biology = { lif: LIF, windowMs: WINDOW_MS, bunchedMs: BUNCHED_MS, thorpeMs: THORPE_MS };
