// Launches Debian's Chromium through playwright-core (no browser download).
import { chromium } from 'playwright-core';

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// Every HTML page of a built site, as URL paths relative to the site root.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

export async function sitePages(siteDir, skip = ['zoekindex/']) {
  const pages = [];
  async function walk(dir) {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = relative(siteDir, full).split('\\').join('/');
        if (!skip.some((s) => rel.startsWith(s))) pages.push(rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  }
  await walk(siteDir);
  return pages;
}
