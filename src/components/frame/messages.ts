/** Message an embedded widget posts to its host page whenever its height changes. */
export const RESIZE_MESSAGE = 'neuron-widget:resize';
