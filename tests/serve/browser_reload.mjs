// `rapportage serve` in a real browser: an open page reloads by itself after an edit,
// shows the (axe-checked) error page when a file breaks, and recovers when it is fixed.
// Usage: node browser_reload.mjs RAPPORTAGE_BINARY MINI_REPORT_DIR   — exits 1 on failure.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../browser/browser.mjs';

const [binary, mini] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const tmp = await mkdtemp(join(tmpdir(), 'rapportage-browser-serve-'));
const root = join(tmp, 'rapport');
await cp(mini, root, { recursive: true });
const aanpak = join(root, 'content', 'wmo', 'aanpak.md');
const original = await readFile(aanpak, 'utf8');

const server = spawn(binary, ['serve', '--root', root, '--port', '0'], {
  env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'],
});
const base = await new Promise((resolve, reject) => {
  let log = '';
  server.stderr.on('data', (chunk) => {
    log += chunk;
    const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${log}`)));
  setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 120000);
});

let failed = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failed++;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(base + 'wmo/aanpak/', { waitUntil: 'load' });
  check((await page.textContent('main')).includes('Tekst over de aanpak'), 'the page is shown');
  // No need to wait for the event stream: its first event names the current build, so
  // a page that connects after the rebuild reloads too.

  let saved = Date.now();
  await writeFile(aanpak, original.replace('Tekst over de aanpak', 'Bijgewerkte tekst 2718 over de aanpak'));
  await page.waitForFunction(() => document.body.innerText.includes('Bijgewerkte tekst 2718'), null, { timeout: 20000 });
  console.log(`     saved → visible in the open page: ${Date.now() - saved} ms`);
  check(true, 'the open page reloads by itself after an edit');

  await page.waitForTimeout(300);
  await writeFile(aanpak, original.replace('title: Aanpak', 'title: [Aanpak'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('could not be built'),
    null, { timeout: 20000 });
  check((await page.textContent('main')).includes('content/wmo/aanpak.md'), 'the error page names the file');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of result.violations) console.log(`    axe: ${v.id} (${v.impact}): ${v.help}`);
  check(result.violations.length === 0, 'the error page has no axe violations (WCAG 2.1 A/AA)');

  await page.waitForTimeout(300);
  saved = Date.now();
  await writeFile(aanpak, original);
  await page.waitForFunction(() => document.body.innerText.includes('Tekst over de aanpak'), null, { timeout: 20000 });
  console.log(`     fixed → the page is back: ${Date.now() - saved} ms`);
  check(true, 'fixing the file brings the page back without a restart');
} catch (e) {
  console.log(`FAIL ${e.message}`);
  failed++;
} finally {
  await browser.close();
  server.kill('SIGINT');
  await new Promise((resolve) => server.on('exit', resolve));
  await rm(tmp, { recursive: true, force: true });
}
process.exit(failed === 0 ? 0 : 1);
