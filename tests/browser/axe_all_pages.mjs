// axe-core (WCAG 2.0/2.1 A and AA rules) on every page of a built site, in Chromium.
// Usage: node axe_all_pages.mjs SITE_DIR   — exits 1 on any violation.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium, sitePages } from './browser.mjs';
import { serveStatic } from './serve_static.mjs';

const siteDir = process.argv[2];
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const pages = await sitePages(siteDir);
const { server, base } = await serveStatic(siteDir);
const browser = await launchChromium();
let failed = 0;
try {
  const page = await browser.newPage();
  for (const path of pages) {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(base + path, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      for (const v of result.violations) {
        failed++;
        console.log(`${path} @${width}px: ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 3)) console.log(`    ${node.target.join(' ')}: ${node.failureSummary.split('\n').slice(1).join(' ')}`);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`axe: ${pages.length} pages checked at 1280px and 320px, ${failed} violations`);
process.exit(failed === 0 ? 0 : 1);
