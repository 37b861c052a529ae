import { escapeHtml, htmlPage } from './html';
import { copyAnswerText, lastChecked, longDate } from '../core/render';
import type { Matcher } from '../core/matcher';
import type { Entry, GlossaryTerm, Knowledge, Service, Source } from '../core/model';
import type { Wording } from '../core/wording';

/**
 * The helpline reference: every entry, glossary term and service on one printable page, a stable page per
 * item (/reference/<id>), and /api/search using the bot's own matcher so staff see what parents would get.
 * Server-rendered; everything from the knowledge is HTML-escaped; no inline script or style (CSP).
 */

export const MAX_QUERY_LENGTH = 500;

export interface ReferenceDeps {
  knowledge: Knowledge;
  matcher: Matcher;
}

/** Per request: the site's absolute address (for the link inside "Copy answer"), when known. */
export interface RenderOptions { baseUrl?: string }

/**
 * "Copy answer": the entry as plain text with its sources (core's copyAnswerText), copied by public/reference.js.
 * Hidden until that script runs, so without JavaScript there is no button that does nothing.
 */
function copyButton(entry: Entry, text: Wording, baseUrl: string | undefined): string {
  const url = baseUrl ? `${baseUrl}/reference/${encodeURIComponent(entry.id)}` : undefined;
  return `<p class="copy"><button type="button" class="copy-answer" data-copy="${escapeHtml(copyAnswerText(entry, text, url))}" aria-describedby="${escapeHtml(entry.id)}-title" hidden>Copy answer</button> <span class="copy-status" role="status"></span></p>`;
}



function safeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string, text: string): string {
  const href = safeUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** Inline Markdown the knowledge uses: **bold**, *emphasis*, [text](https://…). Input is escaped first. */
function inline(markdown: string): string {
  const links: string[] = [];
  // Pull links out before escaping so their URLs can be checked and escaped as attributes.
  const withPlaceholders = markdown.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => {
    links.push(link(url, text));
    return `\u0000${links.length - 1}\u0000`;
  });
  return escapeHtml(withPlaceholders)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/\u0000(\d+)\u0000/g, (_m, i: string) => links[Number(i)]!);
}

/** Block Markdown: paragraphs, "- " and "1. " lists. Enough for answers, and nothing is passed through raw. */
export function markdownToHtml(markdown: string): string {
  const blocks = markdown.trim().split(/\n\s*\n/);
  return blocks
    .map((block) => {
      const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
      if (lines.length && lines.every((l) => /^[-*] /.test(l))) {
        return `<ul>${lines.map((l) => `<li>${inline(l.slice(2))}</li>`).join('')}</ul>`;
      }
      if (lines.length && lines.every((l) => /^\d+[.)] /.test(l))) {
        return `<ol>${lines.map((l) => `<li>${inline(l.replace(/^\d+[.)] /, ''))}</li>`).join('')}</ol>`;
      }
      return `<p>${lines.map(inline).join('<br>')}</p>`;
    })
    .join('\n');
}

export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Glossary terms have no id in the YAML; their stable id is derived from the term. */
export function glossaryId(term: GlossaryTerm): string {
  return `term-${slug(term.term)}`;
}

function sourceHtml(source: Source): string {
  if (source.title && source.url) return link(source.url, source.title);
  if (source.url) return link(source.url, source.url);
  return escapeHtml(source.citation ?? source.title ?? '');
}

/**
 * When a source was last read and the item confirmed against it; said plainly when that never happened.
 * The words are the bot's own (answer.lastChecked, answer.notChecked); the date goes in a <time> element.
 */
function checkedHtml(sources: Source[], text: Wording): string {
  const iso = lastChecked(sources);
  if (!iso) return `<p class="reviewed">${escapeHtml(text('answer.notChecked'))}</p>`;
  const time = `<time datetime="${escapeHtml(iso)}">${escapeHtml(longDate(iso))}</time>`;
  const [before = '', after = ''] = text('answer.lastChecked', { date: '\u0000' }).split('\u0000');
  return `<p class="reviewed">${escapeHtml(before)}${time}${escapeHtml(after)}</p>`;
}

function topicLabel(topic: string): string {
  const words = topic.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const AREA_LABEL: Record<string, string> = { england: 'England', dorset: 'Dorset', bcp: 'Bournemouth, Christchurch and Poole' };

/**
 * "Link: https://host/reference/<id>": the full address, so a printed page says where to find it again
 * (print CSS cannot add the host to a relative link). Relative only when no address is known.
 */
function permalink(id: string, baseUrl: string | undefined): string {
  const url = `${baseUrl ?? ''}/reference/${encodeURIComponent(id)}`;
  return `<p class="permalink">Link: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
}

function entryHtml(entry: Entry, knowledge: Knowledge, headingLevel: 2 | 3, linkTitle: boolean, baseUrl?: string): string {
  const h = `h${headingLevel}`;
  const title = linkTitle
    ? `<a href="/reference/${encodeURIComponent(entry.id)}">${escapeHtml(entry.title)}</a>`
    : escapeHtml(entry.title);
  const followUps = entry.followUps
    .map((id) => knowledge.entry(id))
    .filter((e): e is Entry => !!e)
    .map((e) => `<li><a href="/reference/${encodeURIComponent(e.id)}">${escapeHtml(e.title)}</a></li>`);
  const services = entry.services
    .map((id) => knowledge.service(id))
    .filter((s): s is Service => !!s)
    .map((s) => `<li><a href="/reference/${encodeURIComponent(s.id)}">${escapeHtml(s.name)}</a></li>`);
  return `<article class="item entry" id="${escapeHtml(entry.id)}" aria-labelledby="${escapeHtml(entry.id)}-title">
<${h} id="${escapeHtml(entry.id)}-title">${title}</${h}>
<p class="meta">Area: ${escapeHtml(AREA_LABEL[entry.region] ?? entry.region)} · Topics: ${entry.topics.map((t) => escapeHtml(topicLabel(t))).join(', ')}</p>
<div class="answer">${markdownToHtml(entry.answer)}</div>
<h${headingLevel + 1} class="small-heading">Sources</h${headingLevel + 1}>
<ul class="sources">${entry.sources.map((s) => `<li>${sourceHtml(s)}</li>`).join('')}</ul>
${services.length ? `<h${headingLevel + 1} class="small-heading">Services</h${headingLevel + 1}><ul>${services.join('')}</ul>` : ''}
${followUps.length ? `<h${headingLevel + 1} class="small-heading">Related</h${headingLevel + 1}><ul>${followUps.join('')}</ul>` : ''}
${checkedHtml(entry.sources, knowledge.text)}
${copyButton(entry, knowledge.text, baseUrl)}
${permalink(entry.id, baseUrl)}
</article>`;
}

function serviceHtml(service: Service, text: Wording, headingLevel: 2 | 3, linkTitle: boolean, baseUrl?: string): string {
  const h = `h${headingLevel}`;
  const title = linkTitle
    ? `<a href="/reference/${encodeURIComponent(service.id)}">${escapeHtml(service.name)}</a>`
    : escapeHtml(service.name);
  const contacts = service.contacts.map((c) => {
    const kind = text(`contact.kind.${c.kind}`);
    const label = c.label ? text('contact.labelled', { kind, label: c.label }) : kind;
    const value = c.kind === 'website' || c.kind === 'webchat' ? link(c.value, c.value) : escapeHtml(c.value);
    return `<li><span class="contact-label">${escapeHtml(label)}:</span> ${value}${c.hours ? ` — ${escapeHtml(c.hours)}` : ''} <span class="source">(source: ${link(c.source.url, c.source.title)})</span></li>`;
  });
  return `<article class="item service" id="${escapeHtml(service.id)}" aria-labelledby="${escapeHtml(service.id)}-title">
<${h} id="${escapeHtml(service.id)}-title">${title}</${h}>
<p>${escapeHtml(service.what)}</p>
<p><strong>Who it is for:</strong> ${escapeHtml(service.who)}</p>
<p class="meta">Area: ${escapeHtml([service.area, ...service.alsoCovers].map((a) => AREA_LABEL[a] ?? a).join(', '))}</p>
${contacts.length ? `<ul class="contacts">${contacts.join('')}</ul>` : '<p>No checked contact details yet.</p>'}
${checkedHtml(service.contacts.map((c) => c.source), text)}
${permalink(service.id, baseUrl)}
</article>`;
}

function glossaryHtml(term: GlossaryTerm, asPage: boolean): string {
  const id = glossaryId(term);
  const name = term.standsFor ? `${term.term} (${term.standsFor})` : term.term;
  const also = term.also.length ? `<p class="meta">Also written: ${term.also.map(escapeHtml).join(', ')}</p>` : '';
  if (asPage) {
    return `<article class="item term" id="${escapeHtml(id)}"><h1>${escapeHtml(name)}</h1><p>${escapeHtml(term.meaning)}</p>${also}</article>`;
  }
  return `<div class="term" id="${escapeHtml(id)}"><dt><a href="/reference/${encodeURIComponent(id)}">${escapeHtml(name)}</a></dt><dd><p>${escapeHtml(term.meaning)}</p>${also}</dd></div>`;
}

export function page(title: string, body: string, options: { search?: string } = {}): string {
  const q = options.search ?? '';
  const header = `<header class="site-header">
<p class="site-name"><a href="/reference">SEND Signpost reference</a></p>
<form class="search" role="search" action="/reference" method="get">
<label for="reference-search">Search the reference</label>
<div class="search-row">
<input id="reference-search" name="q" type="search" maxlength="${MAX_QUERY_LENGTH}" autocomplete="off" value="${escapeHtml(q)}" aria-describedby="reference-search-hint">
<button type="submit">Search</button>
</div>
<p id="reference-search-hint" class="hint">Type a question as a parent would ask it. Results use the same matching as the bot.</p>
</form>
<div id="search-results" class="search-results" aria-live="polite"></div>
</header>
`;
  const footer = `<footer class="site-footer">
<p>Information, not legal advice. Each item shows its sources and when it was last checked.</p>
<p><a href="/privacy">Privacy notice</a></p>
</footer>
`;
  return htmlPage({ title, body, head: '<script src="/reference.js" defer></script>', header, footer });
}

export interface SearchResult { id: string; title: string; url: string; score: number; topics: string[]; reviewed: string }

export function searchReference(deps: ReferenceDeps, query: string, limit = 10): SearchResult[] {
  return deps.matcher.search(query, limit).map(({ entry, score }) => ({
    id: entry.id,
    title: entry.title,
    url: `/reference/${encodeURIComponent(entry.id)}`,
    score: Math.round(score * 1000) / 1000,
    topics: entry.topics,
    reviewed: entry.reviewed,
  }));
}

/** The problem with a search query in words, or undefined when it is fine. */
export function queryProblem(q: unknown): string | undefined {
  if (typeof q !== 'string' || q.trim() === '') return 'Type something to search for (q is empty).';
  if (q.length > MAX_QUERY_LENGTH) return `Searches can be up to ${MAX_QUERY_LENGTH} characters (this one is ${q.length}).`;
  return undefined;
}

function resultsHtml(deps: ReferenceDeps, q: string): string {
  const problem = queryProblem(q);
  if (problem) return `<section class="results" aria-labelledby="results-title"><h2 id="results-title">Search</h2><p>${escapeHtml(problem)}</p></section>`;
  const results = searchReference(deps, q);
  const items = results.map((r) => `<li><a href="${r.url}">${escapeHtml(r.title)}</a></li>`).join('');
  return `<section class="results" aria-labelledby="results-title">
<h2 id="results-title">Results for “${escapeHtml(q)}”</h2>
${results.length ? `<ol>${items}</ol>` : '<p>No matching entries. Try other words, or look through the topics below.</p>'}
</section>`;
}

export function renderIndex(deps: ReferenceDeps, q?: string, options: RenderOptions = {}): string {
  const { knowledge } = deps;
  // Each entry is printed once, under its first topic; the contents list shows every topic it belongs to.
  const byTopic = new Map<string, Entry[]>();
  for (const entry of knowledge.entries) {
    const topic = entry.topics[0] ?? 'other';
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), entry]);
  }
  const topics = [...byTopic.keys()].sort();
  const contents = topics
    .map((t) => `<li><a href="#topic-${escapeHtml(slug(t))}">${escapeHtml(topicLabel(t))}</a> (${byTopic.get(t)!.length})</li>`)
    .join('');
  const sections = topics
    .map((t) => `<section class="topic" id="topic-${escapeHtml(slug(t))}" aria-labelledby="topic-${escapeHtml(slug(t))}-title">
<h2 id="topic-${escapeHtml(slug(t))}-title">${escapeHtml(topicLabel(t))}</h2>
${byTopic.get(t)!.map((e) => entryHtml(e, knowledge, 3, true, options.baseUrl)).join('\n')}
</section>`)
    .join('\n');
  const glossary = [...knowledge.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  const services = [...knowledge.services].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const body = `<h1>SEND Signpost reference</h1>
<p class="lede">Everything the bot can say, for helpline staff: ${knowledge.entries.length} answers, ${glossary.length} glossary terms and ${services.length} services.</p>
${q !== undefined ? resultsHtml(deps, q) : ''}
<nav class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ul>${contents}<li><a href="#glossary">Glossary</a></li><li><a href="#services">Services</a></li></ul>
</nav>
${sections}
<section id="glossary" aria-labelledby="glossary-title">
<h2 id="glossary-title">Glossary</h2>
<dl class="glossary">${glossary.map((g) => glossaryHtml(g, false)).join('\n')}</dl>
</section>
<section id="services" aria-labelledby="services-title">
<h2 id="services-title">Services</h2>
${services.map((s) => serviceHtml(s, knowledge.text, 3, true, options.baseUrl)).join('\n')}
</section>`;
  return page('SEND Signpost reference', body, { search: q });
}

/** One item's page, or undefined if no entry, service or glossary term has that id. */
export function renderItem(deps: ReferenceDeps, id: string, options: RenderOptions = {}): string | undefined {
  const { knowledge } = deps;
  const back = '<p class="back"><a href="/reference">Back to the full reference</a></p>';
  const entry = knowledge.entry(id);
  if (entry) return page(`${entry.title} — SEND Signpost reference`, `${back}\n${entryHtml(entry, knowledge, 2, false, options.baseUrl).replace(/<h2 /, '<h1 ').replace(/<\/h2>/, '</h1>')}`);
  const service = knowledge.service(id);
  if (service) return page(`${service.name} — SEND Signpost reference`, `${back}\n${serviceHtml(service, knowledge.text, 2, false, options.baseUrl).replace(/<h2 /, '<h1 ').replace(/<\/h2>/, '</h1>')}`);
  const term = knowledge.glossary.find((g) => glossaryId(g) === id);
  if (term) return page(`${term.term} — SEND Signpost reference`, `${back}\n${glossaryHtml(term, true)}`);
  return undefined;
}

/**
 * A reference page as the Teams staff tab shows it: its own links stay inside the tab (/teams/reference…,
 * which Teams may frame), and links that leave it (sources, the privacy notice) open in the browser.
 */
export function asTeamsTab(html: string): string {
  return html
    .replace(/(href|action)="\/reference(?=["/?#])/g, '$1="/teams/reference')
    .replace(/<a href="(https?:\/\/[^"]*|\/privacy)"/g, '<a href="$1" target="_blank" rel="noopener noreferrer"');
}
