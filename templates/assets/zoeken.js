// Full-text search with the Pagefind index that `rapportage build` writes to pagefind/.
// Progressive enhancement: without JavaScript the form stays hidden and the site works
// as it is. Results link to the sections (heading anchors) that match.
const siteRoot = new URL('..', import.meta.url);  // this file is SITE/assets/zoeken.js
const form = document.querySelector('.rapportage-zoeken');
const results = document.getElementById('zoekresultaten');
let pagefind = null;

async function loadPagefind() {
  if (!pagefind) {
    pagefind = await import(new URL('pagefind/pagefind.js', siteRoot).href);
    await pagefind.options({ baseUrl: siteRoot.pathname });
  }
  return pagefind;
}

function element(tag, attributes = {}, text = '') {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  return el;
}

function excerptText(html) {
  const holder = document.createElement('div');
  holder.innerHTML = html;  // Pagefind's excerpt: page text with <mark> around matches
  return holder.textContent;
}

async function search(term) {
  results.hidden = false;
  results.replaceChildren(element('p', { role: 'status' }, 'Zoeken…'));
  const engine = await loadPagefind();
  const found = await engine.search(term);
  const pages = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
  const heading = element('h2', { id: 'zoekresultaten-titel', tabindex: '-1' },
    found.results.length === 0 ? `Geen resultaten voor “${term}”`
      : `${found.results.length} ${found.results.length === 1 ? 'resultaat' : 'resultaten'} voor “${term}”`);
  const list = element('ol', { class: 'rapportage-zoekresultaten__lijst' });
  for (const page of pages) {
    const item = element('li');
    const best = (page.sub_results && page.sub_results[0]) || page;
    const link = element('a', { href: best.url }, page.meta.title || page.url);
    item.append(link);
    if (best !== page && best.title && best.title !== page.meta.title) item.append(element('span', {}, ` – ${best.title}`));
    item.append(element('p', {}, excerptText(best.excerpt || page.excerpt)));
    list.append(item);
  }
  const close = element('button', { type: 'button' }, 'Zoekresultaten sluiten');
  close.addEventListener('click', () => { results.hidden = true; results.replaceChildren(); form.querySelector('input').focus(); });
  results.replaceChildren(heading, list, close);
  heading.focus();
}

if (form && results) {
  form.hidden = false;
  results.setAttribute('aria-labelledby', 'zoekresultaten-titel');
  results.setAttribute('role', 'region');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = form.querySelector('input').value.trim();
    if (term) search(term).catch(() => {
      results.replaceChildren(element('p', { role: 'status' }, 'Zoeken is hier niet beschikbaar. Gebruik de inhoudsopgave.'));
    });
  });
}
