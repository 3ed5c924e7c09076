// Searching the index that `rapportage build` writes to zoekindex/ (generator/search/):
// words folded as the generator folds them, Snowball's Dutch stemmer, prefix matching
// for the word being typed, BM25 ranking. No DOM here: zoeken.js shows the results, and
// the tests run the same code in Node (tests/search/).

// Words as the generator splits them (generator/search/words.cc), as Pagefind does:
// text between spaces, lower case without diacritics, only letters, marks and digits
// kept. A word of several parts ("Wmo-voorziening", "werkagenda's") is a term as a
// whole ("wmovoorziening") and one per part ("wmo", "voorziening").
const CHUNK = /[^\s\-\u2010-\u2015/]+/gu;
const PART = /[\p{L}\p{M}\p{N}]+/gu;

export function foldWord(word) {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of `text`: [{word, parts, start, end}], `word` the whole folded, `parts`
 * the folded parts when there are several (else empty), start and end the offsets in
 * `text` from its first letter or digit to its last.
 */
export function words(text) {
  const found = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const parts = [...chunk[0].matchAll(PART)];
    if (parts.length === 0) continue;
    const last = parts[parts.length - 1];
    found.push({
      word: foldWord(parts.map((p) => p[0]).join('')),
      parts: parts.length > 1 ? parts.map((p) => foldWord(p[0])) : [],
      start: chunk.index + parts[0].index,
      end: chunk.index + last.index + last[0].length,
    });
  }
  return found;
}

// Snowball's Dutch stemmer (snowballstem.org, algorithms/dutch), as libstemmer 2.2 has
// it; tests/search/stemmer_matches_libstemmer.mjs compares the two on every word of the
// example report. The word arrives folded, so the accent step of the algorithm has
// nothing left to do. 'I' and 'Y' are i and y used as consonants.
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);
const isVowel = (c) => VOWELS.has(c);

function markRegions(s) {
  let p1 = s.length;
  let p2 = s.length;
  if (s.length < 3) return { p1, p2 };
  // gopast v, gopast non-v: the position after the first non-vowel that follows a vowel.
  const pastVowelConsonant = (from) => {
    let i = from;
    while (i < s.length && !isVowel(s[i])) i++;
    if (i >= s.length) return -1;
    i++;
    while (i < s.length && isVowel(s[i])) i++;
    if (i >= s.length) return -1;
    return i + 1;
  };
  const a = pastVowelConsonant(0);
  if (a < 0) return { p1, p2 };
  p1 = Math.max(a, 3);
  const b = pastVowelConsonant(a);
  if (b >= 0) p2 = b;
  return { p1, p2 };
}

export function stem(word) {
  let s = Array.from(word);
  // Prelude: initial y, y after a vowel and i between vowels are consonants.
  if (s[0] === 'y') s[0] = 'Y';
  for (let k = 0; k + 1 < s.length; k++) {
    if (!isVowel(s[k])) continue;
    if (s[k + 1] === 'i' && k + 2 < s.length && isVowel(s[k + 2])) s[k + 1] = 'I';
    else if (s[k + 1] === 'y') s[k + 1] = 'Y';
  }
  const { p1, p2 } = markRegions(s);
  const endsWith = (suffix) => s.length >= suffix.length && s.slice(s.length - suffix.length).join('') === suffix;
  const before = (suffix, n = 1) => s.slice(Math.max(0, s.length - suffix.length - n), s.length - suffix.length).join('');
  const inR1 = (suffix) => s.length - suffix.length >= p1;
  const inR2 = (suffix) => s.length - suffix.length >= p2;
  const cut = (n) => { s = s.slice(0, s.length - n); };
  const undouble = () => { if (endsWith('kk') || endsWith('dd') || endsWith('tt')) cut(1); };
  const enEnding = (suffix) => {
    const prev = before(suffix);
    if (!inR1(suffix) || prev === '' || isVowel(prev) || before(suffix, 3) === 'gem') return false;
    cut(suffix.length);
    undouble();
    return true;
  };
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    if (!endsWith('e') || !inR1('e')) return;
    const prev = before('e');
    if (prev === '' || isVowel(prev)) return;
    cut(1);
    eFound = true;
    undouble();
  };

  // Step 1: the longest of heden, ene, en, se, s.
  if (endsWith('heden')) {
    if (inR1('heden')) { cut(5); s.push('h', 'e', 'i', 'd'); }
  } else if (endsWith('ene')) {
    enEnding('ene');
  } else if (endsWith('en')) {
    enEnding('en');
  } else if (endsWith('se') || endsWith('s')) {
    const suffix = endsWith('se') ? 'se' : 's';
    const prev = before(suffix);
    if (inR1(suffix) && prev !== '' && !isVowel(prev) && prev !== 'j') cut(suffix.length);
  }
  // Step 2: e.
  eEnding();
  // Step 3a: heid.
  if (endsWith('heid') && inR2('heid') && before('heid') !== 'c') {
    cut(4);
    if (endsWith('en')) enEnding('en');
  }
  // Step 3b: the longest of end, ing, ig, lijk, baar, bar.
  if (endsWith('end') || endsWith('ing')) {
    if (inR2('end')) {
      cut(3);
      if (endsWith('ig') && inR2('ig') && before('ig') !== 'e') cut(2);
      else undouble();
    }
  } else if (endsWith('ig')) {
    if (inR2('ig') && before('ig') !== 'e') cut(2);
  } else if (endsWith('lijk')) {
    if (inR2('lijk')) { cut(4); eEnding(); }
  } else if (endsWith('baar')) {
    if (inR2('baar')) cut(4);
  } else if (endsWith('bar')) {
    if (inR2('bar') && eFound) cut(3);
  }
  // Step 4: undouble a vowel before a final consonant (maan → man).
  const n = s.length;
  if (n >= 4) {
    const last = s[n - 1];
    const pair = s[n - 3] + s[n - 2];
    if (!isVowel(last) && last !== 'I' && ['aa', 'ee', 'oo', 'uu'].includes(pair) && !isVowel(s[n - 4])) {
      s.splice(n - 2, 1);
    }
  }
  return s.join('').replace(/Y/g, 'y').replace(/I/g, 'i');
}

// The shard of a term: its first two characters (generator/search/index_files.cc).
const shardKey = (term) => Array.from(term).slice(0, 2).join('');

// BM25, with Pagefind's defaults so that results come in the order readers of Pagefind
// sites know: k1 (how fast more occurrences stop adding), b (how much a long page
// discounts them).
export const SATURATION = 1.4;
export const LENGTH_WEIGHT = 0.75;
/** A term in the page's title adds this many times its idf (Pagefind adds title matches on top as well). */
export const TITLE_WEIGHT = 2;

/** BM25's idf: a term on fewer of the `pages` counts more. */
export const idf = (pages, withTerm) => Math.log(1 + (pages - withTerm + 0.5) / (withTerm + 0.5));

/**
 * How much a term that begins with the query's stem counts: most when it is the stem,
 * less the more letters it adds (a Gaussian of the difference in length, as Pagefind's
 * term similarity), never below 0.37.
 */
export function lengthBonus(stemLength, termLength) {
  const differential = Math.abs(termLength - stemLength) + 1;
  const base = Math.exp(-0.5 * differential ** 2 / 4);
  return Math.exp(base) / Math.E;
}

/** BM25's term-frequency part for a weighted count on a page of `length` words. */
export function termFrequency(weighted, length, averageLength) {
  const norm = SATURATION * (1 - LENGTH_WEIGHT + LENGTH_WEIGHT * (length / averageLength));
  return (SATURATION + 1) * weighted / (norm + weighted);
}

export class SearchIndex {
  /** `load(path)` gives the parsed JSON of a file of the index folder ("meta.json"). */
  constructor(load) {
    this.load = load;
    this.meta = null;
    this.shards = new Map();
    this.pages = new Map();
    this.stems = new Map();
  }

  async open() {
    if (!this.meta) this.meta = await this.load('meta.json');
    return this.meta;
  }

  stemOf(word) {
    let s = this.stems.get(word);
    if (s === undefined) { s = stem(word); this.stems.set(word, s); }
    return s;
  }

  async shard(key) {
    const file = this.meta.shards[key];
    if (file === undefined) return {};
    if (!this.shards.has(key)) this.shards.set(key, this.load(`termen/${file}.json`));
    return this.shards.get(key);
  }

  /** The filters pages can be limited by, with their values: {hoofdstuk: ['Jeugd', ...]}. */
  async filters() {
    const meta = await this.open();
    return Object.fromEntries(Object.entries(meta.filters).map(([name, values]) => [name, Object.keys(values)]));
  }

  /**
   * Pages that contain every word of `query` (any word may be a word's beginning),
   * best first: {results: [{page, score}], terms: Set of the stems that matched}.
   * `filters` ({hoofdstuk: 'Jeugd'}) keeps pages with those values only.
   */
  async search(query, filters = {}) {
    const meta = await this.open();
    const queryWords = [...new Set(words(query).map((w) => w.word))];
    const terms = new Set();
    if (queryWords.length === 0) return { results: [], terms };
    let allowed = null;
    for (const [name, value] of Object.entries(filters)) {
      if (value === undefined || value === null || value === '') continue;
      const pages = new Set((meta.filters[name] || {})[value] || []);
      allowed = allowed ? new Set([...allowed].filter((p) => pages.has(p))) : pages;
    }
    const averageLength = meta.lengths.reduce((a, b) => a + b, 0) / Math.max(1, meta.lengths.length);
    let scores = null;
    for (const word of queryWords) {
      const wordScores = new Map();
      const stemmed = this.stemOf(word);
      const stemLength = Array.from(stemmed).length;
      // Every term that begins with the stem ("jeug" finds jeugd, jeugdhulp, jeugdig);
      // failing that, the longest term the stem begins with.
      const candidates = new Map();  // term → postings
      const keys = stemLength >= 2 ? [shardKey(stemmed)]
        : Object.keys(meta.shards).filter((key) => key.startsWith(stemmed));
      for (const key of keys) {
        const shard = await this.shard(key);
        for (const term of Object.keys(shard)) if (term.startsWith(stemmed)) candidates.set(term, shard[term]);
      }
      if (candidates.size === 0) {
        const shard = await this.shard(shardKey(stemmed));
        let longest = '';
        for (const term of Object.keys(shard)) if (stemmed.startsWith(term) && term.length > longest.length) longest = term;
        if (longest) candidates.set(longest, shard[longest]);
      }
      for (const [term, postings] of candidates) {
        const bonus = lengthBonus(stemLength, Array.from(term).length);
        const rarity = idf(meta.pages, postings.length / 3);
        for (let i = 0; i < postings.length; i += 3) {
          const page = postings[i];
          if (allowed && !allowed.has(page)) continue;
          let score = rarity * termFrequency(postings[i + 1] * bonus, meta.lengths[page], averageLength);
          if (postings[i + 2] > 0) score += TITLE_WEIGHT * rarity * bonus;
          wordScores.set(page, (wordScores.get(page) || 0) + score);
        }
        terms.add(term);
      }
      // Every word must occur: a page scores the sum over its words.
      if (scores === null) scores = wordScores;
      else {
        const both = new Map();
        for (const [page, score] of scores) if (wordScores.has(page)) both.set(page, score + wordScores.get(page));
        scores = both;
      }
    }
    const results = [...scores].map(([page, score]) => ({ page, score }))
      .sort((a, b) => b.score - a.score || a.page - b.page);
    return { results, terms };
  }

  /** Whether a word of a text ({word, parts}) is one of `terms`, whole or by a part. */
  matches(w, terms) {
    return terms.has(this.stemOf(w.word)) || w.parts.some((part) => terms.has(this.stemOf(part)));
  }

  /** A result's page: {url, title, filters, sections: [{anchor, heading, text}]}. */
  async page(id) {
    const meta = await this.open();
    const file = Math.floor(id / meta.pages_per_file);
    if (!this.pages.has(file)) this.pages.set(file, this.load(`paginas/${file}.json`));
    return (await this.pages.get(file))[id % meta.pages_per_file];
  }

  /**
   * Where a result should lead and what to show of it: the section with the most of
   * the matched terms, and an excerpt of about `length` words around them as parts
   * [{text, mark}] (mark: a matched word).
   */
  excerpt(page, terms, length = 30) {
    let best = null;
    for (const section of page.sections) {
      const found = words(section.text);
      const hits = found.map((w) => this.matches(w, terms));
      const inHeading = words(section.heading).filter((w) => this.matches(w, terms)).length;
      const count = hits.filter(Boolean).length + 3 * inHeading;
      if (!best || count > best.count) best = { section, found, hits, count };
    }
    const { section, found, hits } = best;
    // The window of `length` words with the most matches.
    let start = 0;
    let bestHits = -1;
    let inWindow = 0;
    for (let i = 0; i < found.length; i++) {
      if (hits[i]) inWindow++;
      if (i >= length && hits[i - length]) inWindow--;
      const from = Math.max(0, i - length + 1);
      if (inWindow > bestHits) { bestHits = inWindow; start = from; }
    }
    // Open a little before the first match, so it is read in its sentence.
    const first = hits.indexOf(true, start);
    if (first > start + 5) start = Math.min(first - 5, Math.max(0, found.length - length));
    const end = Math.min(found.length, start + length);
    const parts = [];
    const text = section.text;
    if (found.length === 0) return { section, parts };
    let at = start === 0 ? 0 : found[start].start;
    if (start > 0) parts.push({ text: '… ', mark: false });
    for (let i = start; i < end; i++) {
      if (!hits[i]) continue;
      if (found[i].start > at) parts.push({ text: text.slice(at, found[i].start), mark: false });
      parts.push({ text: text.slice(found[i].start, found[i].end), mark: true });
      at = found[i].end;
    }
    const stop = end === found.length ? text.length : found[end - 1].end;
    if (stop > at) parts.push({ text: text.slice(at, stop), mark: false });
    if (end < found.length) parts.push({ text: ' …', mark: false });
    return { section, parts };
  }
}
