import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerText, serviceText } from '../src/core/render';
import { answerFor } from '../scripts/ask';
import { CLOSEST_TOPICS, peopleToAskFor } from '../src/core/services';
import { matcherFor, realKnowledge } from './helpers/testBot';

const k = realKnowledge();
const QUESTION = 'how long does the council have to decide about an assessment';

describe('npm run ask', () => {
  it("prints the matched entry's answer text, then the services it names", () => {
    const outcome = matcherFor(k).match(QUESTION);
    expect(outcome.kind).toBe('answer');
    if (outcome.kind !== 'answer') return;
    const printed = answerFor(k, QUESTION);
    expect(printed.startsWith(answerText(outcome.entry, k.text))).toBe(true);
    for (const id of outcome.entry.services) expect(printed).toContain(serviceText(k.service(id)!, k.text));
    expect(printed).toContain(`(entry: ${outcome.entry.id}`);
  });

  it('says honestly when it has no answer', () => {
    expect(answerFor(k, 'what is the weather on mars')).toContain(k.text('question.noAnswer').trim());
  });

  it('a SEND question with no clear answer gets what the bot says to it: no guess, people to ask, the closest topics', () => {
    const question = 'how do I get help with my sons sleep';
    const outcome = matcherFor(k).match(question);
    expect(outcome).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    const printed = answerFor(k, question);
    expect(printed).toContain(k.text('question.noClearAnswer').trim());
    expect(printed).not.toContain(k.text('question.noAnswer').trim());
    for (const person of peopleToAskFor(k.services, undefined)) expect(printed).toContain(serviceText(person, k.text));
    const closest = matcherFor(k).search(question, CLOSEST_TOPICS);
    expect(closest.length).toBeGreaterThan(0);
    for (const r of closest) expect(printed).toContain(`(entry: ${r.entry.id})`);
  });

  it('prints a glossary term in the words the bot uses for it', () => {
    const outcome = matcherFor(k).match('what does EHCP stand for');
    expect(outcome.kind).toBe('glossary');
    if (outcome.kind !== 'glossary') return;
    const { term } = outcome;
    expect(term.standsFor).toBeTruthy();
    expect(answerFor(k, 'what does EHCP stand for')).toBe(k.text('glossary.standsFor', { term: term.term, standsFor: term.standsFor!, meaning: term.meaning }));
  });

  it('puts safety signposting first', () => {
    const printed = answerFor(k, 'I want to kill myself');
    expect(printed.startsWith(k.safety.emergency.trim())).toBe(true);
  });

  it('runs from the command line and explains its usage when given no question', () => {
    const root = path.join(__dirname, '..');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const out = execFileSync(tsx, ['scripts/ask.ts', QUESTION], { cwd: root, encoding: 'utf8' });
    expect(out).toContain('Source:');
    expect(() => execFileSync(tsx, ['scripts/ask.ts'], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).toThrow(/Usage: npm run ask/);
  }, 60_000);
});
