import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkKnowledge, loadKnowledge } from '../src/knowledge';
import { createMatcher, decideShort, TUNING, type Explained, type MatchOutcome } from '../src/core/matcher';
import type { RerankModel } from '../src/core/rerank';
import { BASE_FEATURES, RERANK_FEATURES, SHORT_FEATURES } from '../src/core/rerank';

const knowledge = loadKnowledge();
const matcher = createMatcher(knowledge);
const plain = createMatcher(knowledge, { ...TUNING, rerank: false });
const ids = (o: MatchOutcome) => (o.kind === 'answer' ? o.entry.id : o.kind === 'didYouMean' ? o.options.map((e) => e.id) : o.kind);

describe('short questions decided by their own model', () => {
  it('is switched on by the committed model', () => {
    expect(knowledge.matcherModel?.short?.features).toEqual([...SHORT_FEATURES]);
  });

  // The questions of issue 13: the small words ("who", "myself", "first", "how long") tell apart entries on
  // one subject, where the content words alone ("assess") cannot.
  const examples: Array<[string, string]> = [
    ['The council said no to assessing my daughter last week. Can I appeal and how long do I have?', 'ehc-assessment-refused'],
    ['Can I ask for an EHC needs assessment myself if the school says no?', 'who-can-ask-for-ehc-assessment'],
    ['can I ask for an assessment myself?', 'who-can-ask-for-ehc-assessment'],
    ['who can ask for an assessment', 'who-can-ask-for-ehc-assessment'],
  ];
  it.each(examples)('%s → %s', (q, id) => {
    const out = matcher.match(q);
    expect(plain.explain(q).long).toBe(false);
    if (out.kind === 'didYouMean') expect(ids(out)).toContain(id);
    else expect(ids(out)).toBe(id);
  });

  it('is never confidently wrong on the issue\'s harder example', () => {
    // Close to two entries (who may ask; asking without the school's support): the right one or the honest reply.
    const out = matcher.match('do I have to go through the school first to ask for an assessment');
    if (out.kind === 'answer') expect(['who-can-ask-for-ehc-assessment', 'ehc-assessment-without-school-support']).toContain(out.entry.id);
    expect(['answer', 'didYouMean', 'noAnswer']).toContain(out.kind);
  });

  it('answers with the entry the thresholds alone got wrong', () => {
    // The thresholds alone answer these with a neighbouring entry, or offer it first.
    const q = 'Can I ask for an EHC needs assessment myself if the school says no?';
    expect(ids(plain.match(q))).not.toBe('who-can-ask-for-ehc-assessment');
    expect(ids(matcher.match(q))).toBe('who-can-ask-for-ehc-assessment');
  });

  it('orders a vague message\'s "Did you mean…" by the short model, keeping the same options', () => {
    // One content word ("assessment"): too vague to answer, but "can I … myself" says who can ask.
    const q = 'can I ask for an assessment myself?';
    const before = plain.match(q), after = matcher.match(q);
    if (before.kind !== 'didYouMean' || after.kind !== 'didYouMean') throw new Error(`expected "Did you mean…": ${before.kind}, ${after.kind}`);
    expect(before.options[0].id).not.toBe('who-can-ask-for-ehc-assessment');
    expect(after.options[0].id).toBe('who-can-ask-for-ehc-assessment');
    expect(after.options.map((e) => e.id).sort()).toEqual(before.options.map((e) => e.id).sort());
  });

  it('counts everyday SEND subjects as SEND: the closest topics or the honest "no clear answer", not "I only know about SEND"', () => {
    const transport = matcher.match('can i get help with transport');
    expect(transport.kind).toBe('didYouMean');
    if (transport.kind === 'didYouMean') expect(transport.options.every((e) => e.id.includes('transport'))).toBe(true);
    expect(matcher.match('my child has been excluded').kind).toBe('didYouMean');
    // No entry is about sleep yet: the honest reply for a SEND question, and no unrelated entries offered.
    expect(matcher.match('i need help with sleep')).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    expect(matcher.match('my son cant sleep, is there any help')).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    expect(matcher.match('how do i fix my boiler')).toEqual({ kind: 'noAnswer', reason: 'notSend' });
  });

  it('still declines what it does not cover, and keeps the glossary and a vague word\'s options', () => {
    for (const q of ['how do I fix my boiler', 'what dose of melatonin is safe for a 6 year old']) expect(matcher.match(q).kind).toBe('noAnswer');
    expect(matcher.match('what does EHCP mean').kind).toBe('glossary');
    // A fragment the thresholds decline (a school's or a child's name typed where no question was asked) is not
    // answered from one familiar word ("academy"); the same words asked as a question go to the model.
    for (const q of ['Hillside Academy', 'Oliver Thompson']) expect(matcher.match(q)).toEqual(plain.match(q));
    expect(plain.match('Hillside Academy').kind).toBe('noAnswer');
    // One SEND word and nothing more: the thresholds' nearest few entries, as before.
    expect(matcher.match('school')).toEqual(plain.match('school'));
  });

  it('a question with no SEND word that the thresholds decline stays declined, however sure the short model is', () => {
    // "what time does tesco close tonight": the model's chance rests on small words ("tonight" reads as urgent help).
    const entries = knowledge.entries;
    const model = { ...knowledge.matcherModel!.short!, answer: 0.7, options: 0.6, agree: 1, pair: 1 } as RerankModel;
    const ranked = () => [{ entry: 0, p: 0.99 }, { entry: 1, p: 0.005 }];
    const question = (aboutSend: boolean): Explained => ({ candidates: [], aboutSend, asks: true, all: ['what', 'time'], empty: false });
    const declined: MatchOutcome = { kind: 'noAnswer', reason: 'notSend' };
    expect(decideShort(question(false), ranked, model, TUNING, entries, declined)).toEqual(declined);
    // The same chances for a message with a SEND word: the model decides.
    expect(decideShort(question(true), ranked, model, TUNING, entries, { kind: 'noAnswer', reason: 'outOfScope' })).toMatchObject({ kind: 'answer', entry: entries[0] });
    expect(matcher.match('what time does tesco close tonight')).toEqual(declined);
  });

  it('a short message\'s rows carry the short features, the long model\'s base ones first', () => {
    const x = plain.explain('who can ask for an assessment');
    const { entries, rows } = plain.shortRows(x, 8, -1, 1);
    expect(rows.length).toBe(entries.length);
    expect(rows.every((r) => r.length === SHORT_FEATURES.length)).toBe(true);
    // The first columns are the long model's base columns (BASE_FEATURES) for the same candidates. A share among
    // the candidates ('pooled') is taken over the short path's own candidates, which may include one its features added.
    const long = plain.rerankRows(x, 8, -1, 1);
    const n = BASE_FEATURES.length;
    const share = RERANK_FEATURES.indexOf('pooled');
    const sameSet = long.entries.length === entries.length;
    const keep = (r: number[]) => r.map((v, i) => (i === share && !sameSet ? 0 : v));
    expect(long.entries.every((e) => entries.includes(e))).toBe(true);
    long.entries.forEach((e, i) => expect(keep(rows[entries.indexOf(e)].slice(0, n))).toEqual(keep(long.rows[i].slice(0, n))));
  });
});

describe('a broken short model stops start-up with file, line and field', () => {
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const good = fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'matcher-model.yaml'), 'utf8');
  function errorsFor(model: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'short-'));
    tmp.push(dir);
    fs.cpSync(path.join(__dirname, '..', 'knowledge'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'matcher-model.yaml'), model);
    return checkKnowledge(dir).problems.filter((p) => p.severity === 'error' && p.file.endsWith('matcher-model.yaml'));
  }
  it('features other than the matcher computes', () => {
    const other = good.replace(/^ {2}features: \[score, /m, '  features: [scored, ');
    expect(other).not.toBe(good);
    expect(errorsFor(other)).toEqual([expect.objectContaining({ field: 'short › features', message: expect.stringContaining('npm run train:matcher') })]);
  }, 60_000);
});
