// Dutch search quality: rapportage's own index (SITE/zoekindex/, searched by the same
// templates/assets/zoekindex.js the browser runs) must find what Pagefind finds on the
// example report, for every query of queries.mjs. Pagefind's results were recorded
// once into pagefind_results.json (record_pagefind_results.mjs), so this test does not
// need Pagefind.
//
// The rule, per query: our first result is Pagefind's first result, and our first
// three contain Pagefind's first three (all of them where Pagefind finds fewer).
//
// Not yet met for the queries in KNOWN_DIFFERENCES (Pagefind 1.6 stems with its own
// Snowball build and adds a title score of its own that we only approximate). For
// them a weaker rule holds and is checked: Pagefind's first result is among our first
// three, and its first three are among our results. Such a query that comes to meet the
// full rule fails the test too, so that it is taken off the list.
//
// Usage: node tests/search/search_quality.mjs SITE_DIR [EXPECTATIONS_JSON] — exits 1 on failure.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SearchIndex } from '../../templates/assets/zoekindex.js';
import { QUERIES } from './queries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const siteDir = process.argv[2];
const expected = JSON.parse(await readFile(process.argv[3] || join(here, 'pagefind_results.json'), 'utf8'));
const index = new SearchIndex(async (path) => JSON.parse(await readFile(join(siteDir, 'zoekindex', path), 'utf8')));

export const KNOWN_DIFFERENCES = new Set(['wmo', 'gemeenten', 'jeug', 'transfo', 'instroom', 'zoetermeer']);

const failures = [];
let full = 0;
for (const query of QUERIES) {
  const theirs = expected.queries[query];
  if (!theirs) {
    failures.push(`"${query}": no recorded Pagefind result (run record_pagefind_results.mjs)`);
    continue;
  }
  const found = await index.search(query);
  const ours = await Promise.all(found.results.map(async (r) => (await index.page(r.page)).url));
  const wanted = theirs.top.slice(0, 3);
  const meetsRule = ours[0] === wanted[0] && wanted.every((url) => ours.slice(0, 3).includes(url));
  // Where: our places of Pagefind's first three.
  const places = wanted.map((url) => ours.indexOf(url) + 1);
  const meetsWeaker = places[0] >= 1 && places[0] <= 3 && places.every((place) => place >= 1);
  const known = KNOWN_DIFFERENCES.has(query);
  const ok = known ? meetsWeaker && !meetsRule : meetsRule;
  if (meetsRule) full++;
  const verdict = ok ? (known ? 'near' : 'ok  ') : 'FAIL';
  console.log(`${verdict} "${query}": ours ${found.results.length} [${ours.slice(0, 3).join(', ')}], ` +
    `Pagefind ${theirs.count} [${wanted.join(', ')}]` + (meetsRule ? '' : ` at our places ${places.join(', ')}`) + (known && meetsRule ? ' (now meets the full rule: take it off KNOWN_DIFFERENCES)' : ''));
  if (!ok) failures.push(query);
}
console.log(`${full} of ${QUERIES.length} queries give Pagefind's first results; ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
