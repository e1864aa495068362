import { gptSizesModel } from '../gpt-sizes/schema.js';

export const gptTotalsModel = gptSizesModel('gpt-totals');
