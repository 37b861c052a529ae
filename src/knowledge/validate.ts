import type { YamlFile } from './yamlFile';
import { createNormaliser, STOPWORDS } from '../core/normalise';
import {
  acronymsIn, countWords, isCopyHost, siteOf, isExpandedIn, isPrimaryHost, MAX_ANSWER_WORDS, MAX_AVG_SENTENCE_WORDS, MAX_SENTENCE_WORDS, MIN_FLESCH, readabilityOf, summaryProblem,
} from './checks';
import { CITATION_EXAMPLES, isRecognisedCitation } from '../core/citations';
import { DAY, STALE_AFTER } from './dateChecks';
import type { Entry, GlossaryTerm, KnowledgeProblem, SafetyConfig, Service, Synonyms } from '../core/model';

/** A loaded item plus where it came from, so cross-file checks can still name file and line. */
export interface Located<T> { value: T; y: YamlFile; at: Array<string | number>; where: string }

export interface CheckInput {
  entries: Array<Located<Entry>>;
  glossary: Array<Located<GlossaryTerm>>;
  services: Array<Located<Service>>;
  synonyms: Synonyms;
  safety: SafetyConfig;
  safetyFile?: YamlFile;
  /** `ci:pi` of safety patterns left as written because a {{reference}} in them could not be filled in (reported already). */
  unexpandedPatterns?: ReadonlySet<string>;
  today: Date;
  strict: boolean;
}

/** A one-word question is flagged when this many other entries' questions use that word. */
const ONE_WORD_OTHER_ENTRIES = 3;
/** "what is X", "who is X for", "what does the X do / mean", "tell me about X": asking for X itself. */
const DEFINITION = /^\s*(?:(?:what|whats|what's|who)\s+(?:is|are)\b|what\s+does\s+(?:\S+\s+){1,3}(?:do|mean|stand for)\s*\??\s*$|tell me about\b)/i;

/** The checks that need more than one field or file. Adds to `problems`. */
export function runChecks(input: CheckInput, problems: KnowledgeProblem[]): void {
  const add = (l: Located<unknown>, sub: Array<string | number>, field: string, message: string, severity: 'error' | 'warning' = 'error') =>
    problems.push({ file: l.y.file, line: l.y.lineOf([...l.at, ...sub]), field: `${l.where}${field ? ` › ${field}` : ''}`, message, severity });

  const entryIds = new Map<string, Located<Entry>>();
  for (const e of input.entries) {
    const first = entryIds.get(e.value.id);
    if (first) add(e, ['id'], 'id', `the id "${e.value.id}" is already used by an entry in ${first.y.file}:${first.y.lineOf(first.at)} — ids must be unique`);
    else entryIds.set(e.value.id, e);
  }
  const serviceIds = new Map<string, Located<Service>>();
  for (const s of input.services) {
    const first = serviceIds.get(s.value.id);
    if (first) add(s, ['id'], 'id', `the id "${s.value.id}" is already used by another service (line ${first.y.lineOf(first.at)})`);
    else serviceIds.set(s.value.id, s);
  }

  // A copy of a page is never a source; for an answer, a page that is not the law or government is allowed
  // but flagged (a contact's source is the provider's own page, whoever the provider is), so an editor looks for the first-hand page. A check date may not be in the future.
  const checkSourceUrl = (l: Located<unknown>, at: Array<string | number>, field: string, url: string, checked?: string, ownPage = false) => {
    if (isCopyHost(url)) add(l, at, field, `${url} is a copy, a mirror or a test server, not the provider's own page — cite the original`);
    else if (!ownPage && !isPrimaryHost(url)) add(l, at, field, `${url} is not the law, government, the NHS, a council or the tribunal — is there a first-hand page to cite instead?`, 'warning');
    if (checked && new Date(`${checked}T00:00:00Z`).getTime() > input.today.getTime() + DAY) add(l, [...at, 'checked'], `${field} › checked`, `the checked date ${checked} is in the future`);
  };

  const glossaryWords = new Set<string>();
  const seenTerms = new Map<string, Located<GlossaryTerm>>();
  for (const t of input.glossary) {
    const key = t.value.term.toLowerCase();
    if (seenTerms.has(key)) add(t, ['term'], 'term', `"${t.value.term}" is already in the glossary (line ${seenTerms.get(key)!.y.lineOf(seenTerms.get(key)!.at)})`);
    seenTerms.set(key, t);
    for (const w of [t.value.term, ...t.value.also]) glossaryWords.add(w.toUpperCase());
  }

  // The sites of each service's own pages (its contacts and their sources): a page there is first hand about that service.
  const serviceSites = new Map<string, Set<string>>();
  for (const s of input.services) {
    const sites = new Set<string>();
    for (const c of s.value.contacts) {
      sites.add(siteOf(c.source.url));
      if (c.kind === 'website') sites.add(siteOf(/^https?:/.test(c.value) ? c.value : `https://${c.value}`));
    }
    sites.delete('');
    serviceSites.set(s.value.id, sites);
  }
  const localServices = new Set(input.services.filter((s) => s.value.area !== 'england').map((s) => s.value.id));

  const questionOwner = new Map<string, string>();
  const staleBefore = new Date(input.today.getTime() - STALE_AFTER);
  for (const e of input.entries) {
    const v = e.value;
    v.followUps.forEach((f, i) => {
      if (f === v.id) add(e, ['followUps', i], `followUps › item ${i + 1}`, 'an entry cannot follow up to itself');
      else if (!entryIds.has(f)) add(e, ['followUps', i], `followUps › item ${i + 1}`, `there is no entry with the id "${f}"`);
    });
    v.services.forEach((sid, i) => {
      if (!serviceIds.has(sid)) add(e, ['services', i], `services › item ${i + 1}`, `there is no service with the id "${sid}" in services.yaml`);
    });
    const ownSites = new Set(v.services.flatMap((sid) => [...(serviceSites.get(sid) ?? [])]));
    // A local service's own page is the first-hand source for how that service works here, so it is not flagged.
    // A national charity's pages are still flagged: most of them explain the law, which has its own first-hand text.
    const localSites = new Set(v.services.filter((sid) => localServices.has(sid)).flatMap((sid) => [...(serviceSites.get(sid) ?? [])]));
    v.sources.forEach((src, i) => {
      if (src.citation && !/^https?:/.test(src.citation) && !isRecognisedCitation(src.citation)) {
        add(e, ['sources', i], `sources › item ${i + 1}`,
          `"${src.citation}" is not in a recognised citation form (e.g. ${CITATION_EXAMPLES}); for a web page give a title and url`, 'warning');
      }
      if (src.citation && /^https?:/.test(src.citation)) add(e, ['sources', i], `sources › item ${i + 1}`, 'a web address needs a title too: write it as "title: …" and "url: …"');
      if (src.url) checkSourceUrl(e, ['sources', i], `sources › item ${i + 1}`, src.url, src.checked, localSites.has(siteOf(src.url)));
    });
    // Every answer rests on at least one first-hand source: the law or the SEND Code (a recognised citation),
    // government, the NHS, a council or the tribunal, or the own site of a service the entry names.
    const firstHand = v.sources.some((src) =>
      (src.citation !== undefined && isRecognisedCitation(src.citation)) || (src.url !== undefined && (isPrimaryHost(src.url) || ownSites.has(siteOf(src.url)))));
    if (v.sources.length && !firstHand) {
      add(e, ['sources'], 'sources', 'none of these sources is first hand — cite the law or the SEND Code (like "Children and Families Act 2014 s.36(8)"), a gov.uk, NHS, council or tribunal page, or the own page of a service this entry names');
    }

    const reviewed = new Date(`${v.reviewed}T00:00:00Z`);
    if (reviewed.getTime() > input.today.getTime() + DAY) add(e, ['reviewed'], 'reviewed', `the reviewed date ${v.reviewed} is in the future`);
    else if (reviewed < staleBefore) {
      add(e, ['reviewed'], 'reviewed', `last reviewed ${v.reviewed}, more than 12 months ago — check it against its sources`, input.strict ? 'error' : 'warning');
    }

    const words = countWords(v.answer);
    if (words > MAX_ANSWER_WORDS) add(e, ['answer'], 'answer', `the answer is ${words} words; keep it to ${MAX_ANSWER_WORDS} or fewer (move detail into a follow-up entry)`);
    const summary = summaryProblem(v.answer);
    if (summary) add(e, ['answer'], 'answer', summary, 'warning');
    const r = readabilityOf(v.answer);
    if (r.flesch < MIN_FLESCH) add(e, ['answer'], 'answer', `the answer is hard to read (Flesch reading ease ${Math.floor(r.flesch)}, needs ${MIN_FLESCH} or more) — use shorter sentences and shorter words`);
    if (r.longest.words > MAX_SENTENCE_WORDS) add(e, ['answer'], 'answer', `a sentence has ${r.longest.words} words; keep every sentence to ${MAX_SENTENCE_WORDS} or fewer: "${r.longest.text.slice(0, 80)}…"`);
    if (r.avgSentenceWords >= MAX_AVG_SENTENCE_WORDS) add(e, ['answer'], 'answer', `sentences average ${r.avgSentenceWords.toFixed(1)} words; keep the average under ${MAX_AVG_SENTENCE_WORDS}`);
    for (const acr of acronymsIn(v.answer)) {
      if (!glossaryWords.has(acr) && !isExpandedIn(acr, v.answer)) {
        add(e, ['answer'], 'answer', `"${acr}" is not explained — write it out once, like "special educational needs co-ordinator (SENCO)", or add it to glossary.yaml`);
      }
    }

    v.questions.forEach((q, i) => {
      const key = q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
      const owner = questionOwner.get(key);
      if (owner && owner !== v.id) add(e, ['questions', i], `questions › item ${i + 1}`, `the same question is also in entry "${owner}" — the bot cannot tell them apart`, 'warning');
      else questionOwner.set(key, v.id);
    });
  }

  // A question that boils down to one word the matcher can use ("what do I do before I can appeal" →
  // "appeal") is a perfect match for a parent who types just that word, however many entries it suits.
  // Definitions ("what is mediation") are meant to be found that way.
  const norm = createNormaliser(input.synonyms);
  const questionWords = new Map<string, string[]>();
  const wordsOf = (q: string) => {
    let words = questionWords.get(q);
    if (!words) questionWords.set(q, (words = [...new Set(norm.normalise(q).split(' ').filter((w) => w && !STOPWORDS.has(w)))]));
    return words;
  };
  const entriesUsing = new Map<string, Set<string>>();
  for (const e of input.entries) for (const q of e.value.questions) for (const w of wordsOf(q)) (entriesUsing.get(w) ?? entriesUsing.set(w, new Set()).get(w)!).add(e.value.id);
  for (const e of input.entries) {
    e.value.questions.forEach((q, i) => {
      const words = wordsOf(q);
      if (words.length !== 1 || DEFINITION.test(q)) return;
      const others = [...(entriesUsing.get(words[0]) ?? [])].filter((id) => id !== e.value.id).length;
      if (others >= ONE_WORD_OTHER_ENTRIES) {
        add(e, ['questions', i], `questions › item ${i + 1}`, `the bot sees only the word "${words[0]}" in this question (the rest are common words), and ${others} other entries use it too: a parent who types just "${words[0]}" would get this entry. Add the words that say what this question is about`, 'warning');
      }
    });
  }

  for (const s of input.services) {
    s.value.contacts.forEach((c, ci) => checkSourceUrl(s, ['contacts', ci, 'source'], `contacts › item ${ci + 1} › source`, c.source.url, c.source.checked, true));
    const reviewed = new Date(`${s.value.reviewed}T00:00:00Z`);
    if (reviewed < staleBefore) add(s, ['reviewed'], 'reviewed', `last reviewed ${s.value.reviewed}, more than 12 months ago — check the contact details`, input.strict ? 'error' : 'warning');
  }

  const sf = input.safetyFile;
  if (sf) {
    input.safety.categories.forEach((c, ci) => {
      const loc: Located<unknown> = { value: c, y: sf, at: ['categories', ci], where: `category "${c.id}"` };
      c.patterns.forEach((p, pi) => {
        if (input.unexpandedPatterns?.has(`${ci}:${pi}`)) return;
        try {
          new RegExp(p, 'iu');
        } catch (err) {
          add(loc, ['patterns', pi], `patterns › item ${pi + 1}`, `this pattern is not a valid regular expression (${(err as Error).message.replace(/^Invalid regular expression: /, '')})`);
        }
      });
      c.services.forEach((sid, si) => {
        if (!serviceIds.has(sid)) add(loc, ['services', si], `services › item ${si + 1}`, `there is no service with the id "${sid}" in services.yaml`);
      });
    });
    (input.safety.checkInServices ?? []).forEach((sid, si) => {
      const loc: Located<unknown> = { value: sid, y: sf, at: ['check_in_services'], where: 'check_in_services' };
      if (!serviceIds.has(sid)) add(loc, [si], `check_in_services › item ${si + 1}`, `there is no service with the id "${sid}" in services.yaml`);
    });
  }
}
