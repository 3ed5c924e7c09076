// Keyboard walk through the menus, reflow at 320 CSS px on every page, and screenshots
// for review. Usage: node keyboard_reflow.mjs SITE_DIR SCREENSHOT_DIR — exits 1 on failure.
import { mkdir } from 'node:fs/promises';
import { launchChromium, sitePages } from './browser.mjs';
import { serveStatic } from './serve_static.mjs';

const [siteDir, shotDir] = process.argv.slice(2);
const pages = await sitePages(siteDir);
const { server, base } = await serveStatic(siteDir);
const browser = await launchChromium();
const failures = [];
const fail = (msg) => { failures.push(msg); console.log('FAIL ' + msg); };

try {
  const page = await browser.newPage();

  // 1.4.10 Reflow: no horizontal scrolling of the page at 320 CSS px.
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of pages) {
    await page.goto(base + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) fail(`${path}: page scrolls horizontally by ${overflow}px at 320px`);
  }

  // Keyboard: skip link first, then every link of the chapter submenu, each with a visible focus.
  await page.setViewportSize({ width: 1280, height: 900 });
  const sectionPages = pages.filter((p) => p.split('/').filter(Boolean).length >= 2);
  const target = sectionPages[0] || pages[0];
  await page.goto(base + target);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ href: document.activeElement.getAttribute('href'), text: document.activeElement.textContent.trim() }));
  if (!first.href || !first.href.startsWith('#')) fail(`${target}: the first Tab stop is not a skip link (got ${JSON.stringify(first)})`);
  await page.keyboard.press('Enter');
  const afterSkip = await page.evaluate(() => location.hash);
  if (afterSkip !== first.href) fail(`${target}: the skip link did not move to ${first.href}`);

  const submenu = await page.evaluate(() => {
    const current = document.querySelector('nav a[aria-current="page"]');
    const nav = current && current.closest('nav');
    return nav ? [...nav.querySelectorAll('a[href]')].map((a) => a.href) : [];
  });
  if (submenu.length === 0) fail(`${target}: no navigation with an aria-current="page" link`);
  await page.goto(base + target);
  const reached = new Set();
  let invisibleFocus = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { href: el.href || null, visible, tag: el.tagName, text: (el.textContent || '').trim().slice(0, 40) };
    });
    if (!info) break;
    if (info.href) reached.add(info.href);
    if (!info.visible) invisibleFocus.push(`${info.tag} "${info.text}"`);
  }
  for (const href of submenu) if (!reached.has(href)) fail(`${target}: submenu link ${href} is not reachable with Tab`);
  if (invisibleFocus.length) fail(`${target}: focus not visible on ${invisibleFocus.slice(0, 5).join(', ')}`);

  // Screenshots of the start page and a chapter page, desktop and phone, for review.
  if (shotDir) {
    await mkdir(shotDir, { recursive: true });
    const chapter = pages.find((p) => /^[^/]+\/$/.test(p)) || target;
    for (const [name, path] of [['start', ''], ['hoofdstuk', chapter]]) {
      for (const [label, width] of [['desktop', 1280], ['telefoon', 375]]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(base + path);
        await page.screenshot({ path: `${shotDir}/${name}-${label}.png`, fullPage: true });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`keyboard/reflow: ${pages.length} pages, ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
