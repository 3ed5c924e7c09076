// The browser stems queries with templates/assets/zoekindex.js, the generator stems the
// pages with libstemmer: a query meets its page only if both give the same stem. This
// compares them on every word of a built site's index (titles, headings, text) and on
// words chosen for the algorithm's corners, through libstemmer's own `stemwords` tool
// (Debian package libstemmer-tools).
// Usage: node tests/search/stemmer_matches_libstemmer.mjs SITE_DIR — exits 1 on a difference.
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stem, words } from '../../templates/assets/zoekindex.js';

const CORNERS = [
  'heden', 'mogelijkheden', 'gemeenten', 'gemeente', 'lopen', 'gegeven', 'gemene', 'genen', 'kinderen',
  'huizen', 'vrijwilligers', 'maatregelen', 'werkagendas', 'zakenlijk', 'vriendelijk', 'eerlijkheid',
  'kostbaar', 'betaalbaarheid', 'wandelend', 'vergadering', 'lastig', 'ondersteuning', 'mogelijkheid',
  'maan', 'brood', 'zeer', 'uur', 'ijver', 'yoga', 'fraaie', 'bijeen', 'haaien', 'koeien', 'beieren',
  'dd', 'a', 'gem', 'in', 'uitstroom', 'instromers', 'jeugdigen', 'kleding', 'zending', 'lichaamelijke',
  'bezigheden', 'verbeterd', 'zichtbaar', 'onbar', 'lessen', 'bakken', 'zetten', 'ballen',
];

const siteDir = process.argv[2];
const pagesDir = join(siteDir, 'zoekindex', 'paginas');
const unique = new Set(CORNERS);
for (const name of await readdir(pagesDir)) {
  for (const page of JSON.parse(await readFile(join(pagesDir, name), 'utf8'))) {
    const texts = [page.title, ...page.sections.flatMap((s) => [s.heading, s.text])];
    for (const text of texts) for (const w of words(text)) for (const t of [w.word, ...w.parts]) unique.add(t);
  }
}
const list = [...unique].sort();
const stemmed = execFileSync('stemwords', ['-l', 'nl'], { input: list.join('\n') + '\n', encoding: 'utf8' })
  .split('\n');
let differences = 0;
list.forEach((word, i) => {
  const ours = stem(word);
  if (ours !== stemmed[i]) {
    differences++;
    console.log(`FAIL ${word}: libstemmer ${stemmed[i]}, zoekindex.js ${ours}`);
  }
});
console.log(`${list.length} words stemmed, ${differences} differences`);
process.exit(differences === 0 ? 0 : 1);
