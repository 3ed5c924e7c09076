// The reading layout on every page at 1280, 768 and 375 CSS px: tables not cut off when
// they fit, captions above their scroll boxes in one style, a first column that stays put
// on a phone, the h1 and the start of the text in a phone's first screen, one left edge at
// 1280 px, the breadcrumb on one baseline, one font stack, no missing files (favicon),
// chart text of at least 12 px as rendered (also at 320 px) with one chart layout shown
// per figure, and screenshots of every page at 1280 and 375 px for review.
// Usage: node layout_every_page.mjs SITE_DIR [SCREENSHOT_DIR] — exits 1 on failure.
import { mkdir } from 'node:fs/promises';
import { launchChromium, sitePages } from './browser.mjs';
import { serveStatic } from './serve_static.mjs';

const [siteDir, shotDir] = process.argv.slice(2);
const pages = await sitePages(siteDir);
const { server, base } = await serveStatic(siteDir);
const browser = await launchChromium();
const failures = [];
const fail = (msg) => { failures.push(msg); console.log('FAIL ' + msg); };

const VIEWPORTS = [
  { width: 1280, height: 900, label: 'desktop' },
  { width: 768, height: 1024, label: 'tablet' },
  { width: 375, height: 812, label: 'telefoon' },
  // The narrowest screen charts are made for: only the chart checks run here.
  { width: 320, height: 640, label: 'smal', chartsOnly: true },
];
const MIN_CHART_TEXT = 12;  // CSS px, issue 19

// Everything measured in the page, returned as plain data; the checks run in Node.
function measure() {
  const round = (x) => Math.round(x * 10) / 10;
  // checkVisibility: not display:none and not in a closed <details> (content-visibility).
  const visible = (el) => el.checkVisibility() && el.getClientRects().length > 0;
  const textLeft = (el) => {
    if (!el) return null;
    const range = document.createRange();
    range.selectNodeContents(el);
    const rect = range.getClientRects()[0];
    return rect ? round(rect.left) : null;
  };
  // The baseline of an item's words, not of its padded link box: the bottom of the
  // first line box of its first text.
  const firstLine = (el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = [...range.getClientRects()].find((r) => r.width > 0);
      if (rect) return { top: round(rect.top), bottom: round(rect.bottom) };
    }
    return null;
  };

  const tables = [...document.querySelectorAll('.rapportage-table-scroll')].filter(visible).map((box) => {
    const table = box.querySelector('table');
    const boxRect = box.getBoundingClientRect();
    const mainRect = box.closest('main').getBoundingClientRect();
    const labelId = table.getAttribute('aria-labelledby');
    const label = labelId ? document.getElementById(labelId) : null;
    const rowHeaders = [...table.querySelectorAll('tbody th[scope="row"]')];
    const first = rowHeaders[0] || null;
    let stays = null;
    if (first && box.scrollWidth > box.clientWidth + 1) {
      const before = first.getBoundingClientRect().left;
      box.scrollLeft = 80;
      stays = Math.abs(first.getBoundingClientRect().left - before) < 1 && box.scrollLeft > 0;
      box.scrollLeft = 0;
    }
    return {
      name: (label ? label.textContent : box.getAttribute('aria-label') || '').slice(0, 40),
      scrolls: box.scrollWidth > box.clientWidth + 1,
      tableWidth: round(table.scrollWidth),
      boxLeft: round(boxRect.left),
      boxWidth: round(boxRect.width),
      mainWidth: round(mainRect.width),
      captionsInside: box.querySelectorAll('caption').length,
      labelOutside: !!label && !box.contains(label) &&
        !!(label.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING),
      labelAlign: label ? getComputedStyle(label).textAlign : null,
      cue: getComputedStyle(box).backgroundImage.includes('gradient'),
      stays,
      narrowestRowHeader: rowHeaders.length ? round(Math.min(...rowHeaders.map((th) => th.getBoundingClientRect().width))) : null,
    };
  });

  // Chart text as rendered: its font size in viewBox units times the SVG's scale, and the
  // height of its box. Per chart figure: how many chart layouts show.
  const charts = [...document.querySelectorAll('figure.rapportage-figure--grafiek')].map((fig) => {
    const shown = [...fig.querySelectorAll('svg.rapportage-chart')].filter(visible);
    const texts = shown.flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].filter(visible).map((t) => ({
        text: t.textContent,
        px: round(parseFloat(getComputedStyle(t).fontSize) * scale),
        height: round(t.getBoundingClientRect().height),
      }));
    });
    return { id: fig.id, shown: shown.length, texts };
  });

  const captionStyles = [...new Set([...document.querySelectorAll('.rapportage-figure__caption, caption, figcaption')]
    .filter(visible).map((el) => {
      const s = getComputedStyle(el);
      return [s.fontFamily, s.fontSize, s.fontWeight, s.textAlign].join(' | ');
    }))];

  const h1 = document.querySelector('main h1');
  const h1Rect = h1 ? h1.getBoundingClientRect() : null;
  let next = h1 ? h1.nextElementSibling : null;
  while (next && !visible(next)) next = next.nextElementSibling;
  // The start of the text: the first paragraph, list item, heading or caption after the title.
  const firstText = [...document.querySelectorAll('main :is(p, li, h2, h3, figcaption)')].find((el) =>
    visible(el) && h1 && (h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) &&
    el.textContent.trim().length > 0);

  const crumbs = [...document.querySelectorAll('.utrecht-breadcrumb-nav li')].map(firstLine);
  const submenu = document.querySelector('.rapportage-submenu');
  const submenuList = submenu ? submenu.querySelector('ul') : null;
  const fonts = [...new Set(['body', 'main h1', 'main h2', '.rapportage-site-titel', '.rapportage-footer-titel', 'table']
    .map((sel) => document.querySelector(sel)).filter(Boolean).map((el) => getComputedStyle(el).fontFamily))];

  return {
    viewportHeight: window.innerHeight,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    tables,
    charts,
    captionStyles,
    h1: h1Rect ? { top: round(h1Rect.top + scrollY), bottom: round(h1Rect.bottom + scrollY) } : null,
    spaceUnderH1: h1Rect && next ? round(next.getBoundingClientRect().top - h1Rect.bottom) : null,
    firstTextTop: firstText ? round(firstText.getBoundingClientRect().top + scrollY) : null,
    edges: {
      header: textLeft(document.querySelector('.rapportage-site-titel')),
      menu: textLeft(document.querySelector('.rapportage-menu a')),
      breadcrumb: textLeft(document.querySelector('.utrecht-breadcrumb-nav a')),
      submenu: submenu && visible(submenu) ? textLeft(submenu.querySelector('.rapportage-submenu-titel, summary')) : null,
      colofon: textLeft(document.querySelector('.rapportage-footer-titel')),
    },
    mainLeft: round(document.querySelector('main').getBoundingClientRect().left),
    submenuRight: submenu && visible(submenu) ? round(submenu.getBoundingClientRect().right) : null,
    crumbs,
    submenuOpen: submenuList ? visible(submenuList) && submenuList.getBoundingClientRect().height > 0 : null,
    fonts,
    icon: document.querySelector('link[rel="icon"]')?.href || null,
  };
}

try {
  const page = await browser.newPage();
  const missing = new Set();
  page.on('response', (r) => { if (r.status() >= 400) missing.add(`${r.status()} ${r.url().replace(base, '/')}`); });
  // A request cut short by the next navigation is not a missing file.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') missing.add(`failed ${r.url().replace(base, '/')}`);
  });
  if (shotDir) await mkdir(shotDir, { recursive: true });

  const mainLefts = new Map();  // width → set of main's left edge on pages with a submenu
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    for (const path of pages) {
      const where = `${path || '/'} @${vp.width}px`;
      missing.clear();
      await page.goto(base + path, { waitUntil: 'load' });
      const m = await page.evaluate(measure);

      for (const c of m.charts) {
        if (c.shown !== 1) fail(`${where}: chart #${c.id} shows ${c.shown} layouts, not one`);
        const small = c.texts.filter((t) => t.px < MIN_CHART_TEXT - 0.05 || t.height < MIN_CHART_TEXT - 0.05);
        if (small.length)
          fail(`${where}: chart #${c.id}: text below ${MIN_CHART_TEXT}px: ` +
            small.slice(0, 3).map((t) => `"${t.text}" ${t.px}px (box ${t.height}px)`).join(', '));
      }
      if (vp.chartsOnly) continue;

      for (const t of m.tables) {
        const what = `${where}: "${t.name}"`;
        if (t.captionsInside) fail(`${what}: a caption inside the scroll box`);
        if (!t.labelOutside) fail(`${what}: the table is not named by a caption above its scroll box`);
        if (t.labelAlign && !['left', 'start'].includes(t.labelAlign)) fail(`${what}: caption aligned ${t.labelAlign}`);
        if (t.scrolls && t.tableWidth <= vp.width - t.boxLeft)
          fail(`${what}: cut off (table ${t.tableWidth}px, box ${t.boxWidth}px) though it fits the window`);
        if (t.scrolls && t.boxWidth < t.mainWidth - 1)
          fail(`${what}: scrolls in ${t.boxWidth}px while the column has ${t.mainWidth}px`);
        if (t.scrolls && !t.cue) fail(`${what}: scrolls without a cue at the edge`);
        if (t.scrolls && t.stays === false) fail(`${what}: the first column scrolls away`);
        if (t.narrowestRowHeader !== null && t.narrowestRowHeader < 120)
          fail(`${what}: row labels squeezed to ${t.narrowestRowHeader}px`);
      }
      if (m.captionStyles.length > 1) fail(`${where}: ${m.captionStyles.length} caption styles: ${m.captionStyles.join(' / ')}`);
      if (m.fonts.length > 1) fail(`${where}: more than one font stack: ${m.fonts.join(' / ')}`);
      if (m.overflow > 0) fail(`${where}: the page scrolls sideways by ${m.overflow}px`);
      if (!m.icon) fail(`${where}: no <link rel="icon">`);
      if (missing.size) fail(`${where}: missing files: ${[...missing].join(', ')}`);
      if (m.h1 && m.spaceUnderH1 !== null && m.spaceUnderH1 < 12) fail(`${where}: ${m.spaceUnderH1}px under the h1`);
      // Each item on the baseline of the one before it, or wrapped onto a line below it.
      const crumbs = m.crumbs.filter((c) => c !== null);
      for (let i = 1; i < crumbs.length; i++) {
        const [a, b] = [crumbs[i - 1], crumbs[i]];
        if (Math.abs(a.bottom - b.bottom) > 1 && b.top < a.bottom - 1)
          fail(`${where}: breadcrumb items ${i} and ${i + 1} not on one baseline (${a.bottom}, ${b.bottom})`);
      }

      if (vp.width === 375) {
        if (!m.h1) fail(`${where}: no h1 in main`);
        else if (m.h1.bottom > m.viewportHeight) fail(`${where}: the h1 ends at ${m.h1.bottom}px, below the first screen (${m.viewportHeight}px)`);
        if (m.firstTextTop !== null && m.firstTextTop > m.viewportHeight - 24)
          fail(`${where}: the text starts at ${m.firstTextTop}px, below the first screen`);
        if (m.submenuOpen) fail(`${where}: the chapter submenu is open before the content on a phone`);
      }
      if (vp.width === 1280) {
        const edges = Object.entries(m.edges).filter(([, x]) => x !== null);
        const xs = edges.map(([, x]) => x);
        if (Math.max(...xs) - Math.min(...xs) > 1)
          fail(`${where}: left edges differ: ${edges.map(([k, x]) => `${k} ${x}`).join(', ')}`);
        if (m.submenuRight === null && Math.abs(m.mainLeft - Math.min(...xs)) > 1)
          fail(`${where}: main starts at ${m.mainLeft}px, not on the edge ${Math.min(...xs)}px`);
        if (m.submenuRight !== null) {
          if (!m.submenuOpen) fail(`${where}: the chapter submenu is closed at 1280px`);
          if (!mainLefts.has(vp.width)) mainLefts.set(vp.width, new Set());
          mainLefts.get(vp.width).add(m.mainLeft);
        }
      }

      if (shotDir && vp.width !== 768) {
        const name = (path.replace(/\/$/, '').replace(/\//g, '_') || 'start') + `-${vp.label}.png`;
        await page.screenshot({ path: `${shotDir}/${name}`, fullPage: true });
      }
    }
  }
  for (const [width, lefts] of mainLefts)
    if (lefts.size > 1) fail(`@${width}px: main starts at ${[...lefts].join(', ')}px on different chapter pages`);
} finally {
  await browser.close();
  server.close();
}
console.log(`layout: ${pages.length} pages at ${VIEWPORTS.map((v) => v.width).join(', ')}px, ${failures.length} failures`);
process.exit(failures.length === 0 ? 0 : 1);
