// Search in the browser, over the index that `rapportage build` writes to zoekindex/.
// Progressive enhancement: without JavaScript the form stays hidden and the site works
// as it is. Results appear in their own region above the page (never beside it), ten at
// a time with a button for more, the query marked in every excerpt, the count
// announced to screen readers. Results lead to the section (heading anchor) that
// matches best.
import { SearchIndex } from './zoekindex.js';

const siteRoot = new URL('..', import.meta.url);  // this file is SITE/assets/zoeken.js
const indexRoot = new URL('zoekindex/', siteRoot);
const form = document.querySelector('.rapportage-zoeken');
const region = document.getElementById('zoekresultaten');
const pageSize = 10;
const index = new SearchIndex(async (path) => {
  const response = await fetch(new URL(path, indexRoot));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
});

function element(tag, attributes = {}, text = '') {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  return el;
}

const count = (n) => `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`;

function announce(text) {
  const status = document.getElementById('zoekstatus');
  status.textContent = '';
  // A new text node, so that the same count said twice is still announced.
  window.setTimeout(() => { status.textContent = text; }, 50);
}

async function resultItem(result, terms) {
  const page = await index.page(result.page);
  const { section, parts } = index.excerpt(page, terms);
  const item = element('li', { class: 'rapportage-zoekresultaat' });
  const href = new URL(page.url + (section.anchor ? `#${section.anchor}` : ''), siteRoot).href;
  const link = element('a', { href, class: 'utrecht-link' }, page.title || page.url);
  const heading = element('p', { class: 'rapportage-zoekresultaat__titel' });
  heading.append(link);
  item.append(heading);
  const where = [page.filters.hoofdstuk, section.heading].filter((t) => t && t !== page.title);
  if (where.length) item.append(element('p', { class: 'rapportage-zoekresultaat__plaats' }, where.join(' › ')));
  const excerpt = element('p', { class: 'rapportage-zoekresultaat__uittreksel' });
  for (const part of parts) excerpt.append(part.mark ? element('mark', {}, part.text) : document.createTextNode(part.text));
  item.append(excerpt);
  return item;
}

let current = null;  // {term, chapter, results, terms, shown}

async function showMore(list, moreButton) {
  const next = current.results.slice(current.shown, current.shown + pageSize);
  const items = await Promise.all(next.map((r) => resultItem(r, current.terms)));
  list.append(...items);
  current.shown += next.length;
  const left = current.results.length - current.shown;
  moreButton.hidden = left <= 0;
  moreButton.textContent = `Meer resultaten (nog ${left})`;
  return items[0];
}

async function chapterFilter(selected) {
  const chapters = (await index.filters()).hoofdstuk || [];
  if (chapters.length === 0) return null;
  const wrapper = element('p', { class: 'rapportage-zoekfilter' });
  const label = element('label', { for: 'zoekfilter-hoofdstuk' }, 'Alleen in hoofdstuk ');
  const select = element('select', { id: 'zoekfilter-hoofdstuk' });
  select.append(element('option', { value: '' }, 'Alle hoofdstukken'));
  for (const chapter of chapters) {
    const option = element('option', { value: chapter }, chapter);
    if (chapter === selected) option.selected = true;
    select.append(option);
  }
  select.addEventListener('change', () => search(current.term, select.value, select));
  wrapper.append(label, select);
  return wrapper;
}

async function search(term, chapter = '', focusAfter = null) {
  region.hidden = false;
  const found = await index.search(term, { hoofdstuk: chapter });
  current = { term, chapter, results: found.results, terms: found.terms, shown: 0 };
  const total = found.results.length;
  const where = chapter ? ` in ${chapter}` : '';
  const heading = element('h2', { id: 'zoekresultaten-titel', tabindex: '-1' },
    total === 0 ? `Geen resultaten voor “${term}”${where}` : `${count(total)} voor “${term}”${where}`);
  const list = element('ol', { class: 'rapportage-zoekresultaten__lijst' });
  const more = element('button', { type: 'button', class: 'utrecht-button utrecht-button--secondary-action' });
  more.addEventListener('click', async () => {
    const first = await showMore(list, more);
    if (first) first.querySelector('a').focus();
  });
  await showMore(list, more);
  const close = element('button', { type: 'button', class: 'utrecht-button utrecht-button--subtle' }, 'Zoekresultaten sluiten');
  close.addEventListener('click', () => {
    region.hidden = true;
    region.replaceChildren();
    form.querySelector('input').focus();
  });
  const filter = await chapterFilter(chapter);
  region.replaceChildren(...[heading, filter, list, more, close].filter(Boolean));
  announce(heading.textContent);
  if (focusAfter) document.getElementById(focusAfter.id).focus();
  else heading.focus();
}

if (form && region) {
  form.hidden = false;
  region.setAttribute('role', 'region');
  region.setAttribute('aria-labelledby', 'zoekresultaten-titel');
  form.append(element('p', { id: 'zoekstatus', class: 'rapportage-verborgen', role: 'status' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = form.querySelector('input').value.trim();
    if (term) search(term).catch(() => {
      region.hidden = false;
      region.replaceChildren(element('p', {}, 'Zoeken is hier niet beschikbaar. Gebruik de inhoudsopgave.'));
      announce('Zoeken is hier niet beschikbaar.');
    });
  });
}
