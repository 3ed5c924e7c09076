// Records what Pagefind finds for the quality queries, once, into a checked-in file
// that tests/search/search_quality.mjs compares rapportage's own search with. Pagefind
// is test tooling only (npm devDependency); the product does not use it.
//
// Pagefind indexes a copy of a built site in which the theme's search attributes are
// renamed to Pagefind's (data-search-body → data-pagefind-body, data-search-ignore →
// data-pagefind-ignore), so both index exactly the same region of every page. Its
// search then runs in Chromium (its own pagefind.js and WebAssembly), as a reader's
// browser runs it.
//
// Usage: node tests/search/record_pagefind_results.mjs SITE_DIR [OUT_JSON]
//   SITE_DIR: the example built by `rapportage build` (e.g. build/browser-site)
//   OUT_JSON: default tests/search/pagefind_results.json
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { launchChromium } from '../browser/browser.mjs';
import { serveStatic } from '../browser/serve_static.mjs';
import { QUERIES, TOP } from './queries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const siteDir = process.argv[2];
const outFile = process.argv[3] || join(here, 'pagefind_results.json');
if (!siteDir) {
  console.error('usage: node record_pagefind_results.mjs SITE_DIR [OUT_JSON]');
  process.exit(2);
}

async function renameAttributes(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await renameAttributes(full);
    else if (entry.name.endsWith('.html')) {
      const html = await readFile(full, 'utf8');
      await writeFile(full, html.replaceAll('data-search-body', 'data-pagefind-body')
        .replaceAll('data-search-ignore', 'data-pagefind-ignore'));
    }
  }
}

const work = await mkdtemp(join(tmpdir(), 'rapportage-pagefind-record-'));
try {
  const copy = join(work, 'site');
  await cp(siteDir, copy, { recursive: true });
  await rm(join(copy, 'zoekindex'), { recursive: true, force: true });
  await renameAttributes(copy);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (errors.length) throw new Error(errors.join('\n'));
  const added = await index.addDirectory({ path: copy });
  if (added.errors.length) throw new Error(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath: join(copy, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  await pagefind.close();

  const { server, base } = await serveStatic(copy);
  const browser = await launchChromium();
  const results = {};
  try {
    const page = await browser.newPage();
    await page.goto(base);
    for (const query of QUERIES) {
      results[query] = await page.evaluate(async ({ query, top }) => {
        const pf = await import('/pagefind/pagefind.js');
        await pf.options({ baseUrl: '/' });
        const found = await pf.search(query);
        const pages = await Promise.all(found.results.slice(0, top).map((r) => r.data()));
        return { count: found.results.length, top: pages.map((p) => p.url.replace(/^\//, '')) };
      }, { query, top: TOP });
    }
  } finally {
    await browser.close();
    server.close();
  }
  const { version } = JSON.parse(await readFile(join(here, '../../node_modules/pagefind/package.json'), 'utf8'));
  const record = { recorded_with: `pagefind ${version}`, pages_indexed: added.page_count, queries: results };
  await writeFile(outFile, JSON.stringify(record, null, 2) + '\n');
  console.log(`recorded ${QUERIES.length} queries over ${added.page_count} pages into ${outFile}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
