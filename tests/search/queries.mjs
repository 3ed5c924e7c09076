// The Dutch queries on which rapportage's own search must find what Pagefind finds on
// the example report (tests/search/search_quality.mjs): domain words, abbreviations,
// inflected forms (gemeenten, jongeren, mijlpalen, werkagenda's), a word being typed
// (jeug, transfo) and queries of two words.
export const QUERIES = [
  'jeugdhulp', 'wmo', 'eenzaamheid', 'proeftuin', 'wachttijd', 'participatiewet',
  'gemeenten', 'jongeren', 'jeug', 'transfo', 'mijlpalen', 'werkagenda\'s',
  'huiselijk geweld', 'beschermd wonen', 'instroom', 'doorlooptijd', 'mantelzorg',
  'actieonderzoek', 'zoetermeer', 'schulden',
];

/** How many of Pagefind's first results are recorded. */
export const TOP = 5;
