/**
 * Every work the chapters cite, in one style. A chapter imports the entries it
 * cites and renders each with <Ref to={…} /> in a footnote, so references read
 * alike across the site: authors (year), “title”, venue, link where there is one.
 * One export per work, so a chapter's bundle holds only its own.
 */
export interface Reference {
  /** As printed: "A. B. Author, C. Author and D. Author", or "A. B. Author et al." beyond three. */
  authors: string;
  /** Year of publication; none for living documentation. */
  year?: number;
  title: string;
  /** Journal, conference, book or kind of document, set in italics. */
  venue?: string;
  /** Volume, issue and pages, after the venue. */
  details?: string;
  /** A DOI, arXiv or publisher address. */
  url?: string;
}

/** The post this site is built from, exactly as it gives its authors, title and date. */
export const originalPost = {
  authors: [
    { name: 'Bumjin Park', affiliation: 'KAIST' },
    { name: 'Youngju Joung', affiliation: 'KAIST' },
    { name: 'Enver Menadjiev', affiliation: 'KAIST' },
  ],
  title: '1.2 Neurons in Deep Learning',
  date: '2023-08-14',
  description: 'How can we interpret neurons in deep learning?',
} as const;

/** "Bumjin Park, Youngju Joung and Enver Menadjiev": the post's authors as it names them. */
export const originalPostAuthors = originalPost.authors
  .map((a) => a.name)
  .join(', ')
  .replace(/, ([^,]*)$/, ' and $1');

/** "14 August 2023": the post's date, written out. */
export const originalPostDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
  new Date(`${originalPost.date}T00:00:00Z`),
);

/** How the chapters cite the post in running text, wherever they correct it. */
export const originalPostCite = 'Park, Joung and Menadjiev (2023)';

export const parkJoungMenadjiev2023: Reference = {
  authors: 'B. Park, Y. Joung and E. Menadjiev',
  year: 2023,
  title: originalPost.title,
  venue: 'Blog post, KAIST',
  details: originalPostDate,
};

const doi = (id: string) => `https://doi.org/${id}`;
const arxiv = (id: string) => `https://arxiv.org/abs/${id}`;

// Deep learning

export const brown2020: Reference = {
  authors: 'T. B. Brown et al.',
  year: 2020,
  title: 'Language models are few-shot learners',
  venue: 'Advances in Neural Information Processing Systems 33',
  url: arxiv('2005.14165'),
};

export const radford2019: Reference = {
  authors: 'A. Radford, J. Wu, R. Child et al.',
  year: 2019,
  title: 'Language models are unsupervised multitask learners',
  venue: 'OpenAI technical report',
  url: 'https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf',
};

export const radford2022: Reference = {
  authors: 'A. Radford et al.',
  year: 2022,
  title: 'Robust speech recognition via large-scale weak supervision',
  venue: 'arXiv preprint',
  url: arxiv('2212.04356'),
};

export const tran2015: Reference = {
  authors: 'D. Tran, L. Bourdev, R. Fergus et al.',
  year: 2015,
  title: 'Learning spatiotemporal features with 3D convolutional networks',
  venue: 'International Conference on Computer Vision (ICCV)',
  url: arxiv('1412.0767'),
};

export const he2016: Reference = {
  authors: 'K. He, X. Zhang, S. Ren and J. Sun',
  year: 2016,
  title: 'Deep residual learning for image recognition',
  venue: 'Conference on Computer Vision and Pattern Recognition (CVPR)',
  url: arxiv('1512.03385'),
};

export const xie2017: Reference = {
  authors: 'S. Xie, R. Girshick, P. Dollár et al.',
  year: 2017,
  title: 'Aggregated residual transformations for deep neural networks',
  venue: 'Conference on Computer Vision and Pattern Recognition (CVPR)',
  url: arxiv('1611.05431'),
};

export const howard2017: Reference = {
  authors: 'A. G. Howard et al.',
  year: 2017,
  title: 'MobileNets: efficient convolutional neural networks for mobile vision applications',
  venue: 'arXiv preprint',
  url: arxiv('1704.04861'),
};

export const torchRecurrent: Reference = {
  authors: 'PyTorch contributors',
  title: 'torch.nn.RNN, torch.nn.LSTM and torch.nn.GRU',
  venue: 'PyTorch documentation',
  url: 'https://docs.pytorch.org/docs/stable/nn.html#recurrent-layers',
};

export const hochreiter1997: Reference = {
  authors: 'S. Hochreiter and J. Schmidhuber',
  year: 1997,
  title: 'Long short-term memory',
  venue: 'Neural Computation',
  details: '9(8), 1735–1780',
  url: doi('10.1162/neco.1997.9.8.1735'),
};

export const gers2000: Reference = {
  authors: 'F. A. Gers, J. Schmidhuber and F. Cummins',
  year: 2000,
  title: 'Learning to forget: continual prediction with LSTM',
  venue: 'Neural Computation',
  details: '12(10), 2451–2471',
  url: doi('10.1162/089976600300015015'),
};

export const cho2014: Reference = {
  authors: 'K. Cho et al.',
  year: 2014,
  title: 'Learning phrase representations using RNN encoder–decoder for statistical machine translation',
  venue: 'Empirical Methods in Natural Language Processing (EMNLP)',
  url: arxiv('1406.1078'),
};

export const chung2014: Reference = {
  authors: 'J. Chung, C. Gulcehre, K. Cho and Y. Bengio',
  year: 2014,
  title: 'Empirical evaluation of gated recurrent neural networks on sequence modeling',
  venue: 'arXiv preprint',
  url: arxiv('1412.3555'),
};

export const zaremba2014: Reference = {
  authors: 'W. Zaremba, I. Sutskever and O. Vinyals',
  year: 2014,
  title: 'Recurrent neural network regularization',
  venue: 'arXiv preprint',
  url: arxiv('1409.2329'),
};

export const geva2021: Reference = {
  authors: 'M. Geva, R. Schuster, J. Berant and O. Levy',
  year: 2021,
  title: 'Transformer feed-forward layers are key-value memories',
  venue: 'Empirical Methods in Natural Language Processing (EMNLP)',
  url: arxiv('2012.14913'),
};

export const elhage2021: Reference = {
  authors: 'N. Elhage, N. Nanda, C. Olsson et al.',
  year: 2021,
  title: 'A mathematical framework for transformer circuits',
  venue: 'Transformer Circuits Thread',
  url: 'https://transformer-circuits.pub/2021/framework/index.html',
};

export const elhage2022: Reference = {
  authors: 'N. Elhage et al.',
  year: 2022,
  title: 'Toy models of superposition',
  venue: 'Transformer Circuits Thread',
  url: 'https://transformer-circuits.pub/2022/toy_model/index.html',
};

export const shazeer2017: Reference = {
  authors: 'N. Shazeer, A. Mirhoseini, K. Maziarz et al.',
  year: 2017,
  title: 'Outrageously large neural networks: the sparsely-gated mixture-of-experts layer',
  venue: 'International Conference on Learning Representations (ICLR)',
  url: arxiv('1701.06538'),
};

export const song2016: Reference = {
  authors: 'H. F. Song, G. R. Yang and X.-J. Wang',
  year: 2016,
  title:
    'Training excitatory-inhibitory recurrent neural networks for cognitive tasks: a simple and flexible framework',
  venue: 'PLOS Computational Biology',
  details: '12(2), e1004792',
  url: doi('10.1371/journal.pcbi.1004792'),
};

export const cornford2021: Reference = {
  authors: 'J. Cornford, D. Kalajdzievski, M. Leite et al.',
  year: 2021,
  title: 'Learning to live with Dale’s principle: ANNs with separate excitatory and inhibitory units',
  venue: 'International Conference on Learning Representations (ICLR)',
};

// Neuroscience

export const azevedo2009: Reference = {
  authors: 'F. A. C. Azevedo, L. R. B. Carvalho, L. T. Grinberg et al.',
  year: 2009,
  title:
    'Equal numbers of neuronal and nonneuronal cells make the human brain an isometrically scaled-up primate brain',
  venue: 'Journal of Comparative Neurology',
  details: '513(5), 532–541',
  url: doi('10.1002/cne.21974'),
};

export const white1986: Reference = {
  authors: 'J. G. White, E. Southgate, J. N. Thomson and S. Brenner',
  year: 1986,
  title: 'The structure of the nervous system of the nematode Caenorhabditis elegans',
  venue: 'Philosophical Transactions of the Royal Society B',
  details: '314(1165), 1–340',
  url: doi('10.1098/rstb.1986.0056'),
};

export const menzel2001: Reference = {
  authors: 'R. Menzel and M. Giurfa',
  year: 2001,
  title: 'Cognitive architecture of a mini-brain: the honeybee',
  venue: 'Trends in Cognitive Sciences',
  details: '5(2), 62–71',
};

export const herculanoHouzel2006: Reference = {
  authors: 'S. Herculano-Houzel, B. Mota and R. Lent',
  year: 2006,
  title: 'Cellular scaling rules for rodent brains',
  venue: 'Proceedings of the National Academy of Sciences',
  details: '103(32), 12138–12143',
};

export const dorkenwald2024: Reference = {
  authors: 'S. Dorkenwald et al.',
  year: 2024,
  title: 'Neuronal wiring diagram of an adult brain',
  venue: 'Nature',
  details: '634, 124–138',
  url: doi('10.1038/s41586-024-07558-y'),
};

export const adrian1926: Reference = {
  authors: 'E. D. Adrian and Y. Zotterman',
  year: 1926,
  title: 'The impulses produced by sensory nerve endings. Part 2: The response of a single end-organ',
  venue: 'The Journal of Physiology',
  details: '61(2), 151–171',
};

export const bliss1973: Reference = {
  authors: 'T. V. P. Bliss and T. Lømo',
  year: 1973,
  title:
    'Long-lasting potentiation of synaptic transmission in the dentate area of the anaesthetized rabbit following stimulation of the perforant path',
  venue: 'The Journal of Physiology',
  details: '232(2), 331–356',
  url: doi('10.1113/jphysiol.1973.sp010273'),
};

export const markram2004: Reference = {
  authors: 'H. Markram, M. Toledo-Rodriguez, Y. Wang et al.',
  year: 2004,
  title: 'Interneurons of the neocortical inhibitory system',
  venue: 'Nature Reviews Neuroscience',
  details: '5, 793–807',
  url: doi('10.1038/nrn1519'),
};

export const treiman2001: Reference = {
  authors: 'D. M. Treiman',
  year: 2001,
  title: 'GABAergic mechanisms in epilepsy',
  venue: 'Epilepsia',
  details: '42 (suppl. 3), 8–12',
};

export const strata1999: Reference = {
  authors: 'P. Strata and R. Harvey',
  year: 1999,
  title: 'Dale’s principle',
  venue: 'Brain Research Bulletin',
  details: '50(5–6), 349–350',
};

export const abbott1999: Reference = {
  authors: 'L. F. Abbott',
  year: 1999,
  title: 'Lapicque’s introduction of the integrate-and-fire model neuron (1907)',
  venue: 'Brain Research Bulletin',
  details: '50(5–6), 303–304',
};

export const maass1997: Reference = {
  authors: 'W. Maass',
  year: 1997,
  title: 'Networks of spiking neurons: the third generation of neural network models',
  venue: 'Neural Networks',
  details: '10(9), 1659–1671',
  url: doi('10.1016/S0893-6080(97)00011-7'),
};

export const thorpe1996: Reference = {
  authors: 'S. Thorpe, D. Fize and C. Marlot',
  year: 1996,
  title: 'Speed of processing in the human visual system',
  venue: 'Nature',
  details: '381, 520–522',
  url: doi('10.1038/381520a0'),
};

export const brette2015: Reference = {
  authors: 'R. Brette',
  year: 2015,
  title: 'Philosophy of the spike: rate-based vs. spike-based theories of the brain',
  venue: 'Frontiers in Systems Neuroscience',
  details: '9, 151',
  url: doi('10.3389/fnsys.2015.00151'),
};

export const grothe2010: Reference = {
  authors: 'B. Grothe, M. Pecka and D. McAlpine',
  year: 2010,
  title: 'Mechanisms of sound localization in mammals',
  venue: 'Physiological Reviews',
  details: '90(3), 983–1012',
  url: doi('10.1152/physrev.00026.2009'),
};

export const jeffress1948: Reference = {
  authors: 'L. A. Jeffress',
  year: 1948,
  title: 'A place theory of sound localization',
  venue: 'Journal of Comparative and Physiological Psychology',
  details: '41(1), 35–39',
  url: doi('10.1037/h0061495'),
};

export const carr1990: Reference = {
  authors: 'C. E. Carr and M. Konishi',
  year: 1990,
  title: 'A circuit for detection of interaural time differences in the brain stem of the barn owl',
  venue: 'The Journal of Neuroscience',
  details: '10(10), 3227–3246',
  url: doi('10.1523/JNEUROSCI.10-10-03227.1990'),
};

export const lennie2003: Reference = {
  authors: 'P. Lennie',
  year: 2003,
  title: 'The cost of cortical computation',
  venue: 'Current Biology',
  details: '13(6), 493–497',
};

export const attwell2001: Reference = {
  authors: 'D. Attwell and S. B. Laughlin',
  year: 2001,
  title: 'An energy budget for signaling in the grey matter of the brain',
  venue: 'Journal of Cerebral Blood Flow & Metabolism',
  details: '21(10), 1133–1145',
};

export const liu2012: Reference = {
  authors: 'J. Liu, B. Jaiyen, R. Veras and O. Mutlu',
  year: 2012,
  title: 'RAIDR: retention-aware intelligent DRAM refresh',
  venue: 'International Symposium on Computer Architecture (ISCA)',
  details: '1–12',
};

export const merolla2014: Reference = {
  authors: 'P. A. Merolla et al.',
  year: 2014,
  title: 'A million spiking-neuron integrated circuit with a scalable communication network and interface',
  venue: 'Science',
  details: '345(6197), 668–673',
  url: doi('10.1126/science.1254642'),
};

export const horowitz2014: Reference = {
  authors: 'M. Horowitz',
  year: 2014,
  title: 'Computing’s energy problem (and what we can do about it)',
  venue: 'IEEE International Solid-State Circuits Conference (ISSCC)',
  details: '10–14',
};

export const davies2018: Reference = {
  authors: 'M. Davies et al.',
  year: 2018,
  title: 'Loihi: a neuromorphic manycore processor with on-chip learning',
  venue: 'IEEE Micro',
  details: '38(1), 82–99',
};
