import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { categoryRegexes } from '../src/core/safety';
import { checkKnowledge, KnowledgeError, loadKnowledge } from '../src/knowledge';
import type { KnowledgeProblem } from '../src/core/model';
import { entryYaml } from './helpers/entryYaml';
import { knowledgeDir } from './helpers/knowledgeDir';

const BROKEN = path.join(__dirname, 'fixtures', 'kb-broken');
const TODAY = new Date('2026-11-23T12:00:00Z');

const kb = knowledgeDir;

const entry = entryYaml;

/** The KnowledgeError that loading `dir` must throw (fails the test if it loads, or throws anything else). */
function loadError(dir: string): KnowledgeError {
  let error: unknown;
  try {
    loadKnowledge(dir, { today: TODAY });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(KnowledgeError);
  return error as KnowledgeError;
}

const errorsOf = (problems: KnowledgeProblem[]) => problems.filter((p) => p.severity === 'error');
const find = (problems: KnowledgeProblem[], text: string) => problems.find((p) => p.message.includes(text));

describe('loadKnowledge', () => {
  it('loads a valid knowledge base, with missing optional files treated as empty', () => {
    const k = loadKnowledge(kb({
      'entries/a.yaml': `entries:${entry('first-entry', { followUps: '[second-entry]' })}${entry('second-entry')}`,
      'messages.yaml': 'welcome: Hello\n',
      'dialogs/deadlines.yaml': 'intro: Let us work out the dates.\n',
    }), { today: TODAY });
    expect(k.entries.map((e) => e.id)).toEqual(['first-entry', 'second-entry']);
    expect(k.entry('first-entry')?.followUps).toEqual(['second-entry']);
    expect(k.entry('first-entry')?.sources).toEqual([{ citation: 'SEND Code of Practice 6.1' }]);
    expect(k.entry('first-entry')?.file).toBe('entries/a.yaml');
    expect(k.glossary).toEqual([]);
    expect(k.services).toEqual([]);
    expect(k.safety.categories).toEqual([]);
    expect(k.dialogText).toEqual({ deadlines: { intro: 'Let us work out the dates.' } });
    expect(k.text('welcome')).toBe('Hello');
    expect(() => k.text('no.such.key')).toThrow(/no\.such\.key/);
  });

  it('refuses to half-load: one bad file stops everything, with file, line and field', () => {
    const dir = kb({
      'entries/good.yaml': `entries:${entry('good-entry')}`,
      'entries/bad.yaml': `entries:${entry('bad-entry', { sources: '[]' })}`,
    });
    const error = loadError(dir);
    const problems = error.problems;
    const p = find(problems, 'at least one source')!;
    expect(p.file).toMatch(/entries[\\/]bad\.yaml$/);
    expect(p.line).toBe(12);
    expect(p.field).toBe('entry "bad-entry" › sources');
    expect(error.message).toMatch(/bad\.yaml:12 entry "bad-entry" › sources — every entry needs at least one source/);
  });

  it('an alias to a missing anchor, or an alias bomb, is a problem naming the file and line, not a crash', () => {
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'entries: *c'].join('\n');
    const dir = kb({ 'entries/alias.yaml': 'entries:\n  *nowhere\n', 'entries/bomb.yaml': bomb });
    const { problems } = loadError(dir);
    expect(find(problems, '"*nowhere" refers to an anchor')).toMatchObject({ file: expect.stringMatching(/alias\.yaml$/), line: 2 });
    expect(find(problems, 'too many "*" aliases')).toMatchObject({ file: expect.stringMatching(/bomb\.yaml$/), line: 2 });
  });

  it('reports schema problems in the broken fixture at their lines', () => {
    const { knowledge, problems } = checkKnowledge(path.join(BROKEN, 'schema'), { today: TODAY });
    expect(knowledge).toBeUndefined();
    const at = (field: string) => problems.find((p) => p.field?.endsWith(field));
    expect(at('"ehc-assessment-decision-6-weeks" › answer')).toMatchObject({ line: 3, message: expect.stringMatching(/^is missing/) });
    expect(at('"Bad_Id" › id')).toMatchObject({ line: 15, message: expect.stringContaining('lower-case words joined by hyphens') });
    expect(at('region')).toMatchObject({ line: 20, message: expect.stringContaining('england, dorset, bcp') });
    expect(at('sources')).toMatchObject({ line: 21, message: expect.stringContaining('at least one source') });
    expect(at('reviewed')).toMatchObject({ line: 22, message: expect.stringContaining('not a real calendar date') });
    expect(at('followups')).toMatchObject({ line: 23, message: expect.stringContaining('check the spelling') });
    expect(problems.every((p) => p.file.endsWith(path.join('schema', 'entries', 'assessment.yaml')) || p.severity === 'warning')).toBe(true);
  });

  it('reports duplicate ids across files, naming where the first one is', () => {
    const { problems } = checkKnowledge(path.join(BROKEN, 'duplicate'), { today: TODAY });
    const p = find(problems, 'already used')!;
    expect(p).toMatchObject({ line: 11, field: 'entry "senco-role" › id', severity: 'error' });
    expect(p.file).toMatch(/b\.yaml$/);
    expect(p.message).toMatch(/a\.yaml:2/);
  });

  it('reports follow-ups and services pointing nowhere, and contacts without a source', () => {
    const { problems } = checkKnowledge(path.join(BROKEN, 'references'), { today: TODAY });
    expect(find(problems, '"no-such-entry"')).toMatchObject({ line: 10, field: 'entry "annual-review" › followUps › item 1' });
    expect(find(problems, '"no-such-service"')).toMatchObject({ line: 11, field: 'entry "annual-review" › services › item 1' });
    expect(find(problems, 'page it came from')).toMatchObject({ line: 8, field: 'service "a-service" › contacts › item 1 › source' });
  });

  it('lists stale entries as warnings, and as errors with --strict', () => {
    const dir = kb({ 'entries/a.yaml': `entries:${entry('old-entry', { reviewed: '2025-10-01' })}` });
    const k = loadKnowledge(dir, { today: TODAY });
    expect(k.warnings).toEqual([expect.objectContaining({ field: 'entry "old-entry" › reviewed', severity: 'warning', line: 13 })]);
    expect(() => loadKnowledge(dir, { today: TODAY, strict: true })).toThrow(/more than 12 months ago/);
    // 11 months old is fine.
    expect(loadKnowledge(kb({ 'entries/a.yaml': `entries:${entry('recent-entry', { reviewed: '2025-12-24' })}` }), { today: TODAY }).warnings).toEqual([]);
  });

  it('warns about a question that boils down to one word many entries use (it would catch that word alone)', () => {
    // Three entries with questions about appealing, and one whose question is only "appeal" once the
    // common words go. A definition ("what is an appeal") is meant to be found that way.
    const asking = (id: string, question: string) => entry(id).replace(`first way a parent might ask about ${id}`, question);
    const k = loadKnowledge(kb({
      'entries/a.yaml': `entries:${asking('deadline', 'how long do I have to appeal the decision')}${asking('tribunal', 'how do I appeal to the tribunal')}` +
        `${asking('costs', 'does it cost money to appeal')}${asking('certificate', 'what do I do before I can appeal')}${asking('meaning', 'what is an appeal')}`,
    }), { today: TODAY });
    const flagged = k.warnings.filter((w) => w.message.includes('sees only the word'));
    expect(flagged).toEqual([expect.objectContaining({ field: 'entry "certificate" › questions › item 1', severity: 'warning' })]);
    expect(flagged[0].message).toContain('"appeal"');
  });

  it('is an error when none of an entry\'s sources is first hand: the law, government, a council or the service\'s own site', () => {
    const page = (url: string) => `[{ title: A page, url: "${url}" }]`;
    const { problems } = checkKnowledge(kb({
      'entries/a.yaml': `entries:${entry('charity-guide-only', { sources: page('https://www.charity.example/guide') })}` +
        `${entry('charity-own-service', { sources: page('https://charity.example/how-we-help'), services: '[charity]' })}` +
        `${entry('other-service-named', { sources: page('https://www.charity.example/guide'), services: '[helpline]' })}` +
        `${entry('council-page', { sources: page('https://www.dorsetcouncil.gov.uk/w/short-breaks') })}` +
        `${entry('unrecognised-citation', { sources: '[Some guidance somewhere]' })}` +
        `${entry('law-and-charity', { sources: `[Children and Families Act 2014 s.36(8), { title: A page, url: "https://www.charity.example/guide" }]` })}`,
      'services.yaml': `services:
  - id: charity
    name: A charity
    what: Free advice.
    who: Parents.
    area: england
    contacts:
      - kind: website
        value: https://www.charity.example/
        source: { title: A charity, url: "https://www.charity.example/about" }
    reviewed: 2026-11-01
  - id: helpline
    name: A helpline
    what: Free advice by phone.
    who: Parents.
    area: england
    contacts:
      - kind: phone
        value: "0800 000 0000"
        source: { title: A helpline, url: "https://helpline.example/contact" }
    reviewed: 2026-11-01
`,
    }), { today: TODAY });
    const secondHand = errorsOf(problems).filter((p) => p.message.includes('first hand'));
    expect(secondHand.map((p) => [p.field, p.line])).toEqual([
      ['entry "charity-guide-only" › sources', 12],
      ['entry "other-service-named" › sources', 37],
      ['entry "unrecognised-citation" › sources', 62],
    ]);
  });

  it('flags a second-hand page, but not a local service\'s own page on an entry that names that service', () => {
    const service = (id: string, area: string, site: string) => `
  - id: ${id}
    name: Service ${id}
    what: Free advice.
    who: Parents.
    area: ${area}
    contacts:
      - kind: website
        value: https://www.${site}/
        source: { title: Service ${id}, url: "https://www.${site}/about" }
    reviewed: 2026-11-01`;
    const citing = (url: string) => `[SEND Code of Practice 6.1, { title: A page, url: "${url}" }]`;
    const { problems } = checkKnowledge(kb({
      'entries/a.yaml': `entries:${entry('local-named', { sources: citing('https://local.example/how-to-ask'), services: '[local]' })}` +
        `${entry('local-not-named', { sources: citing('https://local.example/how-to-ask') })}` +
        `${entry('national-named', { sources: citing('https://national.example/the-law'), services: '[national]' })}` +
        `${entry('government', { sources: citing('https://www.gov.uk/children-with-special-educational-needs') })}`,
      'services.yaml': `services:${service('local', 'dorset', 'local.example')}${service('national', 'england', 'national.example')}\n`,
    }), { today: TODAY });
    const flagged = problems.filter((p) => p.message.includes('first-hand page to cite instead'));
    expect(flagged.map((p) => [p.field, p.severity])).toEqual([
      ['entry "local-not-named" › sources › item 2', 'warning'],
      ['entry "national-named" › sources › item 2', 'warning'],
    ]);
  });

  it('reports YAML syntax errors (here a field given twice) with the line', () => {
    const { problems } = checkKnowledge(path.join(BROKEN, 'yaml-syntax'), { today: TODAY });
    expect(errorsOf(problems)).toEqual([expect.objectContaining({ line: 4, message: expect.stringContaining('appears twice') })]);
  });

  it('holds answers to the readability rules: length, Flesch, sentence length, acronyms', () => {
    const long = Array.from({ length: 51 }, () => 'The school must help.').join(' ');
    const hard = 'Notwithstanding the aforementioned statutory considerations, the authority subsequently determined accordingly.';
    const run = 'the school must help you and the council must help you and the health service must help you and everyone must work together.';
    const { problems } = checkKnowledge(kb({
      'entries/a.yaml': `entries:${entry('too-long', { answer: JSON.stringify(long) })}${entry('too-hard', { answer: JSON.stringify(hard) })}` +
        `${entry('run-on', { answer: JSON.stringify(run) })}${entry('acronym', { answer: '"Ask the SENCO. The DCO can help too. A special educational needs co-ordinator (SENCO) knows."' })}`,
      'glossary.yaml': 'glossary:\n  - term: DCO\n    stands_for: Designated Clinical Officer\n    meaning: A health professional who links health and SEND.\n',
    }), { today: TODAY });
    expect(find(problems, 'the answer is 204 words')?.field).toBe('entry "too-long" › answer');
    expect(find(problems, 'hard to read')?.field).toBe('entry "too-hard" › answer');
    expect(find(problems, 'sentences average')?.field).toBe('entry "run-on" › answer');
    // SENCO is expanded in the answer and DCO is a glossary term, so "acronym" has no problem.
    expect(problems.filter((p) => p.field?.includes('"acronym"') && /not explained/.test(p.message))).toEqual([]);
    const unexplained = checkKnowledge(kb({ 'entries/a.yaml': `entries:${entry('acronym', { answer: '"Ask the SENCO. They can help you. It is free."' })}` }), { today: TODAY });
    expect(find(unexplained.problems, '"SENCO" is not explained')).toMatchObject({ severity: 'error', line: 9 });
  });

  it('rejects a safety pattern that is not a valid regular expression, and unknown services', () => {
    const { problems } = checkKnowledge(kb({
      'safety.yaml': 'emergency: Call 999.\ncategories:\n  - id: self-harm\n    label: Self-harm\n    patterns:\n      - "\\\\bhurt(ing\\\\b"\n    message: Please get help.\n    services: [samaritans]\n',
    }), { today: TODAY });
    expect(find(problems, 'not a valid regular expression')).toMatchObject({ line: 6, field: 'category "self-harm" › patterns › item 1' });
    expect(find(problems, '"samaritans"')).toMatchObject({ line: 8 });
  });

  it('npm run kb:check prints the report and exits 1 on errors', () => {
    let out = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/kb-check.ts', '--dir', path.join(BROKEN, 'references')], { cwd: path.join(__dirname, '..'), encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      code = err.status;
      out = err.stdout;
    }
    expect(code).toBe(1);
    expect(out).toMatch(/^ERROR \S*references[\\/]entries[\\/]plans\.yaml:10 entry "annual-review" › followUps › item 1 — there is no entry with the id "no-such-entry"$/m);
    expect(out).toMatch(/Knowledge NOT loaded: 3 errors/);
  });
});

/** safety.yaml with `fragments` (name → text) and one category whose patterns are `patterns`. */
function safetyWith(fragments: Record<string, string>, patterns: string[]): string {
  const q = (t: string) => JSON.stringify(t);
  const frag = Object.keys(fragments).length ? `fragments:\n${Object.entries(fragments).map(([n, t]) => `  ${n}: ${q(t)}\n`).join('')}` : '';
  return `emergency: Call 999.\n${frag}categories:\n  - id: crisis\n    label: Crisis\n    patterns:\n${patterns.map((p) => `      - ${q(p)}\n`).join('')}    message: Please get help.\n`;
}

describe('safety.yaml fragments ({{name}})', () => {
  const NOW = 'now|right now|tonight';

  it('fills in a fragment where a pattern names it, exactly as written, so the screen sees the whole pattern', () => {
    const k = loadKnowledge(kb({ 'safety.yaml': safetyWith({ 'happening-now': NOW }, ['\\bhurt\\b.{0,20}\\b({{happening-now}})\\b', '\\b{{happening-now}} ?bleeding\\b']) }), { today: TODAY });
    expect(k.safety.categories[0].patterns).toEqual(['\\bhurt\\b.{0,20}\\b(now|right now|tonight)\\b', '\\bnow|right now|tonight ?bleeding\\b']);
  });

  it('fills in fragments inside fragments', () => {
    const k = loadKnowledge(kb({
      'safety.yaml': safetyWith({ 'unless-now': '(?!.{0,40}\\b({{happening-now}}|{{blue}})\\b)', 'happening-now': NOW, blue: 'turning blue' }, ['\\bfitting\\b{{unless-now}}']),
    }), { today: TODAY });
    expect(k.safety.categories[0].patterns).toEqual(['\\bfitting\\b(?!.{0,40}\\b(now|right now|tonight|turning blue)\\b)']);
  });

  it('a pattern naming no fragment is an error at its file, line and field (and is not reported again as a bad pattern)', () => {
    const { problems } = checkKnowledge(kb({ 'safety.yaml': safetyWith({ 'happening-now': NOW }, ['\\b({{happening-now}})\\b', '\\bhurt {{hapening-now}}']) }), { today: TODAY });
    expect(errorsOf(problems)).toEqual([expect.objectContaining({
      file: expect.stringMatching(/safety\.yaml$/), line: 9, field: 'category "crisis" › patterns › item 2',
      message: expect.stringContaining('there is no fragment called "hapening-now"'),
    })]);
    const bad = checkKnowledge(kb({ 'safety.yaml': safetyWith({ 'happening-now': NOW }, ['\\b({{happening-now}})\\b', '\\bhurt {{Happening Now}}']) }), { today: TODAY });
    expect(errorsOf(bad.problems)).toEqual([expect.objectContaining({ line: 9, message: expect.stringContaining('"{{Happening Now}}" is not a fragment name') })]);
  });

  it('fragments that refer to each other in a circle are an error naming the fragment', () => {
    const { problems } = checkKnowledge(kb({ 'safety.yaml': safetyWith({ a: '{{b}}|x', b: 'y|{{a}}' }, ['\\b({{a}})\\b']) }), { today: TODAY });
    const p = find(problems, 'in a circle');
    expect(p).toMatchObject({ file: expect.stringMatching(/safety\.yaml$/), line: 3, field: 'fragments › a', severity: 'error' });
    expect(p?.message).toContain('{{a}} → {{b}} → {{a}}');
    expect(errorsOf(problems)).toHaveLength(1);
  });

  it('a fragment that is not a whole regular expression on its own is an error at the fragment, even when the pattern closes it', () => {
    const { problems } = checkKnowledge(kb({ 'safety.yaml': safetyWith({ 'happening-now': NOW, open: '(now|today' }, ['\\b({{happening-now}})\\b', '\\b{{open}})\\b']) }), { today: TODAY });
    expect(errorsOf(problems)).toEqual([expect.objectContaining({ line: 4, field: 'fragments › open', message: expect.stringContaining('not a valid regular expression on its own') })]);
  });

  it('a fragment no pattern uses is an error, so nobody edits a list that changes nothing', () => {
    const { problems } = checkKnowledge(kb({
      'safety.yaml': safetyWith({ 'happening-now': NOW, 'old-list': 'a|{{inner}}', 'only-in-old': 'c|d', inner: 'e' }, ['\\b({{happening-now}}|x)\\b']),
    }), { today: TODAY });
    // inner is used only by old-list, which no pattern uses.
    const unused = errorsOf(problems).map((p) => [p.field, p.line, p.message.startsWith('no pattern uses this fragment')]);
    expect(unused).toEqual([['fragments › old-list', 4, true], ['fragments › only-in-old', 5, true], ['fragments › inner', 6, true]]);
    // Used only through another fragment counts as used.
    expect(errorsOf(checkKnowledge(kb({ 'safety.yaml': safetyWith({ outer: '({{inner}})', inner: 'a|b' }, ['\\b{{outer}}\\b']) }), { today: TODAY }).problems)).toEqual([]);
  });

  it('a pattern that is invalid once filled in is still reported as an invalid pattern', () => {
    const { problems } = checkKnowledge(kb({ 'safety.yaml': safetyWith({ 'happening-now': NOW }, ['\\b({{happening-now}}\\b']) }), { today: TODAY });
    expect(find(problems, 'not a valid regular expression')).toMatchObject({ line: 8, field: 'category "crisis" › patterns › item 1' });
  });

  it('the real safety.yaml: every reference filled in, each fragment used, and the screen built from the patterns in full', () => {
    const file = path.join(__dirname, '..', 'knowledge', 'safety.yaml');
    const raw = parseYaml(fs.readFileSync(file, 'utf8')) as { fragments?: Record<string, string>; categories: Array<{ id: string; patterns: string[] }> };
    const k = loadKnowledge(undefined, { safetyModel: false });
    // The file written out by hand: each {{name}} replaced by its text, again until none is left.
    const byHand = (t: string): string => t.replace(/\{\{([a-z0-9-]+)\}\}/g, (_, n: string) => byHand(raw.fragments![n]));
    const expected = raw.categories.map((c) => ({ id: c.id, patterns: c.patterns.map((p) => byHand(p.trim())) }));
    expect(k.safety.categories.map((c) => ({ id: c.id, patterns: c.patterns }))).toEqual(expected);
    const all = k.safety.categories.flatMap((c) => c.patterns);
    expect(all.filter((p) => p.includes('{{'))).toEqual([]);
    const used = new Set(JSON.stringify(raw).match(/\{\{[a-z0-9-]+\}\}/g));
    expect(Object.keys(raw.fragments ?? {}).filter((n) => !used.has(`{{${n}}}`))).toEqual([]);
    // What the screen compiles is made from exactly these patterns.
    for (const c of k.safety.categories) {
      expect(categoryRegexes(c.patterns).map((r) => r.source)).toEqual(categoryRegexes(expected.find((e) => e.id === c.id)!.patterns).map((r) => r.source));
    }
  });

  it('a fragment name that is not lower-case letters, digits and hyphens is a schema error', () => {
    const { problems } = checkKnowledge(kb({ 'safety.yaml': safetyWith({ Happening_Now: NOW }, ['\\b(now)\\b']) }), { today: TODAY });
    expect(find(problems, 'a fragment name must be lower-case')).toMatchObject({ severity: 'error' });
  });
});

describe('the real knowledge base', () => {
  it('loads without errors', () => {
    const { problems } = checkKnowledge(undefined);
    expect(errorsOf(problems).map((p) => `${p.file}:${p.line} ${p.field} — ${p.message}`)).toEqual([]);
  });
});
