// Search by keyboard: the form appears (JavaScript on), a Dutch query gives result links
// to pages and sections of the report, and focus moves to the results heading. The
// results lie above the page without moving its content sideways or narrowing it, the
// query is marked in the excerpts, the count is announced, every result is reachable
// ("Meer resultaten"), and results can be limited to a chapter.
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

  // The page's content keeps its place and width; the results come above it.
  const mainBox = async () => page.$eval('#hoofdinhoud', (m) => { const r = m.getBoundingClientRect(); return [r.x, r.width]; });
  await page.click('button:has-text("Zoekresultaten sluiten")');
  const before = await mainBox();
  await input.fill('jeug');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('zoekresultaten-titel')?.textContent.includes('jeug'));
  const after = await mainBox();
  if (before[0] !== after[0] || before[1] !== after[1]) failures.push(`the content moved: x, width ${before} → ${after}`);
  const regionBelowMain = await page.evaluate(() => {
    const region = document.getElementById('zoekresultaten').getBoundingClientRect();
    const main = document.getElementById('hoofdinhoud').getBoundingClientRect();
    return region.bottom <= main.top + 1;
  });
  if (!regionBelowMain) failures.push('the results are not above the page content');
  // The query is marked in the excerpts.
  const marks = await page.$$eval('#zoekresultaten mark', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  if (marks.length === 0 || !marks.every((m) => m.startsWith('jeug'))) failures.push(`marks: ${marks.slice(0, 5).join(', ')}`);
  // The count is said in a live region, and every result can be reached.
  const heading = await page.textContent('#zoekresultaten-titel');
  const total = Number(heading.match(/^(\d+) resultat/)?.[1]);
  await page.waitForFunction((h) => document.getElementById('zoekstatus').textContent === h, heading);
  if (!(total > 10)) failures.push(`"jeug" should give more than one screen of results: ${heading}`);
  let shown = await page.$$eval('#zoekresultaten ol li', (li) => li.length);
  if (shown !== 10) failures.push(`${shown} results shown at first, not 10`);
  for (let round = 0; round < 10 && shown < total; round++) {
    const more = page.locator('#zoekresultaten button:has-text("Meer resultaten")');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#zoekresultaten ol li').length > n, shown);
    shown = await page.$$eval('#zoekresultaten ol li', (li) => li.length);
    const focusedResult = await page.evaluate(() => document.activeElement.closest('li') !== null);
    if (!focusedResult) failures.push('focus did not move to the first new result');
  }
  if (shown !== total) failures.push(`${shown} of ${total} results reachable`);
  if (await page.isVisible('#zoekresultaten button:has-text("Meer resultaten")')) failures.push('"Meer resultaten" stays when all are shown');
  // Limited to a chapter: only that chapter's pages.
  await page.selectOption('#zoekfilter-hoofdstuk', 'Wmo');
  await page.waitForFunction(() => document.getElementById('zoekresultaten-titel')?.textContent.includes('in Wmo'));
  const wmoLinks = await page.$$eval('#zoekresultaten ol li a', (as) => as.map((a) => a.getAttribute('href')));
  if (wmoLinks.length === 0 || !wmoLinks.every((href) => href.includes('/wmo/'))) failures.push(`chapter filter: ${wmoLinks.join(', ')}`);
  console.log(`search: "jeug" ${total} results, all ${shown} reachable; ${marks.length} marks; ${wmoLinks.length} in Wmo`);

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
