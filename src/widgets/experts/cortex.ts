/**
 * Lennie (2003) estimated the energy of one spike in human cortex and, from
 * what cortex is known to consume, how many of its neurons can fire at once:
 * possibly fewer than 1% can be substantially active concurrently. It is an
 * upper bound from an energy budget, not a measured fraction.
 */
export const CORTEX_ACTIVE = {
  fraction: 0.01,
  source: 'Lennie 2003, “The cost of cortical computation”, Current Biology 13:493–497',
} as const;
