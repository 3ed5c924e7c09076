// Search by keyboard: the form appears (JavaScript on), a Dutch query gives result links
// to pages and sections of the report, and focus moves to the results heading.
// Usage: node search.mjs SITE_DIR — exits 1 on failure.
import { launchChromium } from './browser.mjs';
import { serveStatic } from './serve_static.mjs';

const siteDir = process.argv[2];
const { server, base } = await serveStatic(siteDir);
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  await page.goto(base + 'jeugd/');
  const input = page.locator('#zoekterm');
  if (!(await input.isVisible())) failures.push('the search form is not shown when JavaScript runs');
  await input.focus();
  await page.keyboard.type('jeugdhulp');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#zoekresultaten ol li a', { timeout: 15000 });
  const links = await page.$$eval('#zoekresultaten ol li a', (as) => as.map((a) => a.getAttribute('href')));
  const focused = await page.evaluate(() => document.activeElement.id);
  if (links.length === 0) failures.push('no results for "jeugdhulp"');
  if (!links.some((href) => href.includes('/jeugd/'))) failures.push(`no result in the Jeugd chapter: ${links.join(', ')}`);
  if (focused !== 'zoekresultaten-titel') failures.push(`focus is on '${focused}', not on the results heading`);
  // Every result link leads to a page that exists.
  for (const href of links) {
    const response = await page.request.get(new URL(href, base).href);
    if (response.status() !== 200) failures.push(`result ${href} gives HTTP ${response.status()}`);
  }
  // The whole report on one page is left out of the index: results lead to the pages.
  if (links.some((href) => href.includes('/rapportage/'))) failures.push(`the one-page report is a result: ${links.join(', ')}`);
  console.log(`search: ${links.length} results for "jeugdhulp": ${links.slice(0, 3).join(', ')}`);

  // Only the content is indexed: interface text ("Download CSV" under every figure, the
  // CSV column of the figure list, menus, skip link) finds nothing.
  for (const term of ['csv', 'hoofdinhoud', 'kruimelpad']) {
    await input.fill(term);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#zoekresultaten-titel', { timeout: 15000 });
    await page.waitForFunction((t) => document.getElementById('zoekresultaten-titel')?.textContent.includes(t), term);
    const count = await page.$$eval('#zoekresultaten ol li a', (as) => as.length);
    const title = await page.textContent('#zoekresultaten-titel');
    if (count !== 0) failures.push(`interface text is indexed: "${term}" gives ${title}`);
  }
} finally {
  await browser.close();
  server.close();
}
for (const f of failures) console.log('FAIL ' + f);
process.exit(failures.length === 0 ? 0 : 1);
