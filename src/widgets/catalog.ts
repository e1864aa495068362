/**
 * Every widget's id and title: small enough to ship with every page (titles
 * of embed pages, error messages). A widget's model and code load with it.
 */
export const CATALOG = {
  mlp: 'A multi-layer perceptron, neuron by neuron',
  conv: 'A convolutional layer, neuron by neuron',
  'gpt-totals': 'A GPT’s neurons and synapses beside a human brain',
  'gpt-params': 'From synapses to parameters: where “175B” comes from',
  spikes: 'Same rate, different timing',
  synapse: 'One neuron, three synapses',
  'gpt-block': 'One GPT block: its neurons and synapses',
  'key-value': 'Key neurons and value neurons: two readings of one output',
  zoo: 'Real models, counted, beside nervous systems',
  recurrent: 'A recurrent network, unrolled in time',
  experts: 'Sparse experts: which neurons fire for one token',
} as const;

export type WidgetId = keyof typeof CATALOG;

/** The id and title a widget's model starts with. */
export const widgetMeta = <Id extends WidgetId>(id: Id) => ({ id, title: CATALOG[id] });
