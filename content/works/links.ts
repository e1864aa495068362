/** The address of a work by its DOI. */
export const doi = (id: string) => `https://doi.org/${id}`;
/** The address of a preprint by its arXiv id. */
export const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;
