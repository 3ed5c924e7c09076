// Unit tests of templates/assets/zoekindex.js on an index held in memory: words,
// stems, prefix matching, ranking, filters, every word required, excerpts with marks.
// Usage: node tests/search/zoekindex_test.mjs — exits 1 on failure.
import { SearchIndex, foldWord, idf, lengthBonus, stem, termFrequency, words } from '../../templates/assets/zoekindex.js';

const failures = [];
function check(what, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) failures.push(`${what}: got ${a}, expected ${e}`);
}

check('fold', foldWord('Coördinatie ÉÉN'), 'coordinatie een');
check('words', words("Wmo-loket: werkagenda's (O)GGZ").map((w) => [w.word, w.parts]),
  [['wmo', []], ['loket', []], ['werkagendas', ['werkagenda', 's']], ['oggz', ['o', 'ggz']]]);
check('word offsets', words(' (jeugd) ').map((w) => [w.start, w.end]), [[2, 7]]);
check('stems', ['gemeenten', 'jongeren', 'maan', 'mogelijkheden', 'betaalbaar'].map(stem),
  ['gemeent', 'jonger', 'man', 'mogelijk', 'betal']);
check('idf falls as more pages have the term', idf(10, 1) > idf(10, 5), true);
check('exact stem beats a longer term', lengthBonus(4, 4) > lengthBonus(4, 9), true);
check('a long page counts an occurrence for less', termFrequency(1, 100, 50) < termFrequency(1, 25, 50), true);

// Four pages: 0 has jeugdhulp in its title, 1 in its text twice, 2 "jeugd" only, 3 none.
const files = {
  'meta.json': {
    version: 1, pages: 4, pages_per_file: 2, lengths: [20, 20, 20, 20],
    shards: { je: 'je', wa: 'wa', wm: 'wm' },
    filters: { hoofdstuk: { Jeugd: [0, 1, 2], Wmo: [3] } },
  },
  'termen/je.json': { jeugd: [2, 1, 0], jeugdhulp: [0, 7, 1, 1, 2, 0] },
  'termen/wa.json': { wachttijd: [1, 1, 0, 3, 1, 0] },
  'termen/wm.json': { wmo: [3, 7, 1] },
  'paginas/0.json': [{ url: 'jeugd/a/', title: 'Jeugdhulp', filters: { hoofdstuk: 'Jeugd' }, sections: [] }, {
    url: 'jeugd/b/', title: 'B', filters: { hoofdstuk: 'Jeugd' },
    sections: [
      { anchor: '', heading: '', text: 'Inleiding zonder de term.' },
      { anchor: 'hulp', heading: 'Hulp', text: 'Een tekst over jeugdhulp en de wachttijd voor Jeugdhulp.' },
    ],
  }],
};
let loads = 0;
const index = new SearchIndex(async (path) => { loads++; return files[path]; });
const pages = async (query, filters) => (await index.search(query, filters)).results.map((r) => r.page);

check('title match first', await pages('jeugdhulp'), [0, 1]);
check('prefix finds every extension', await pages('jeug'), [0, 2, 1]);
check('inflected form', await pages('Jeugdhulpen'), [0, 1]);
check('every word must occur', await pages('jeugdhulp wachttijd'), [1]);
check('filter by chapter', await pages('wachttijd', { hoofdstuk: 'Wmo' }), [3]);
check('empty filter value means all', await pages('wachttijd', { hoofdstuk: '' }), [1, 3]);
check('unknown word', await pages('zzz'), []);
check('no words', await pages('  ?! '), []);
const before = loads;
await pages('jeugdhulp');
check('shards are loaded once', loads, before);

const found = await index.search('jeugdhulp wachttijd');
const page = await index.page(1);
const { section, parts } = index.excerpt(page, found.terms);
check('excerpt from the matching section', section.anchor, 'hulp');
check('marks', parts.filter((p) => p.mark).map((p) => p.text), ['jeugdhulp', 'wachttijd', 'Jeugdhulp']);
check('excerpt text', parts.map((p) => p.text).join(''), 'Een tekst over jeugdhulp en de wachttijd voor Jeugdhulp.');

for (const f of failures) console.log('FAIL ' + f);
console.log(failures.length === 0 ? 'zoekindex.js: all checks pass' : `${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
