import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeDeadlines, type DeadlinesFile } from '../src/core/deadlineRules';
import { formatLong, fromIso } from '../src/core/dates';
import { lettersFor, nextStepLetter, type LetterSituation, type LettersFile } from '../src/core/letters';
import { checkKnowledge } from '../src/knowledge';
import { realKnowledge } from './helpers/testBot';

const knowledge = realKnowledge();
const rules = knowledge.deadlines as DeadlinesFile;
const letters = knowledge.letters as LettersFile;
const TODAY = fromIso('2026-11-23');
const NOW = new Date('2026-11-23T10:00:00Z');

/** What the deadlines journey would know after these answers. */
function situation(milestoneId: string, dates: Record<string, string>): LetterSituation {
  const given = Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, fromIso(v)]));
  const { deadlines } = computeDeadlines(rules, milestoneId, given, TODAY);
  return {
    milestoneId,
    dates: Object.fromEntries(Object.entries(given).map(([k, v]) => [k, formatLong(v)])),
    deadlines: deadlines.map((d) => ({ id: d.id, status: d.status, formatted: d.formatted })),
  };
}
const ids = (s: LetterSituation) => lettersFor(s, letters).map((o) => o.letter.id);

describe('which letter fits: a passed deadline or a decision that has arrived', () => {
  it('asked 10 weeks ago: the 6-week decision is missed, the 20-week plan is not yet due', () => {
    expect(ids(situation('asked-for-assessment', { request: '2026-09-14' }))).toEqual(['missed-decision-to-assess']);
  });
  it('asked 8 months ago: both the decision and the final plan letters', () => {
    expect(ids(situation('asked-for-assessment', { request: '2026-03-03' }))).toEqual(['missed-decision-to-assess', 'missed-final-plan']);
  });
  it('asked last week: nothing to complain about yet', () => {
    expect(ids(situation('asked-for-assessment', { request: '2026-11-16' }))).toEqual([]);
  });
  it('a draft plan with no request date: no final-plan letter (its date is unknown)', () => {
    expect(ids(situation('draft-plan-received', { draft: '2026-11-20' }))).toEqual([]);
  });
  it('a decision letter: ask for reasons and a meeting', () => {
    expect(ids(situation('decision-letter', { decision: '2026-11-10' }))).toEqual(['reasons-and-meeting']);
  });
  it('a review 13 weeks ago: the review decision and the amendments are overdue', () => {
    expect(ids(situation('annual-review-meeting', { meeting: '2026-08-20' }))).toEqual(['early-review', 'overdue-amendments']);
  });
  it('a review last week: nothing yet', () => {
    expect(ids(situation('annual-review-meeting', { meeting: '2026-11-16' }))).toEqual([]);
  });
  it('no letters file: no letters', () => {
    expect(lettersFor(situation('decision-letter', { decision: '2026-11-10' }), undefined)).toEqual([]);
  });
});

describe('the letter is filled from what the parent already gave', () => {
  it('the missed 6-week decision cites reg.5(1) and gives the request date and the date it was due', () => {
    const s = situation('asked-for-assessment', { request: '2026-09-14' });
    const offered = lettersFor(s, letters)[0];
    const text = nextStepLetter(offered, letters, { situation: s }, NOW);
    expect(text).toContain('Monday 14 September 2026');
    expect(text).toContain(`That was by ${offered.dueDate}.`);
    expect(offered.dueDate).toBe('Monday 26 October 2026');
    expect(text).toContain('Regulation 5(1) of the Special Educational Needs and Disability Regulations 2014');
    expect(text).toContain('23 November 2026');
    // What it was not told stays a gap to fill, never a guess.
    expect(text).toContain("To: The SEND team, [your council's name]");
    expect(text).toContain("Child’s name: [child's name]");
    expect(text).not.toMatch(/\{\w+\}/);
  });
  it('the missed final plan cites reg.13(2); the council, child and parent fill in when known', () => {
    const s = situation('asked-for-assessment', { request: '2026-03-03' });
    const offered = lettersFor(s, letters).find((o) => o.letter.id === 'missed-final-plan')!;
    const text = nextStepLetter(offered, letters, { situation: s, council: 'bcp', childName: 'Sam {dueDate}', parentName: 'Jo' }, NOW);
    expect(text).toContain('Regulation 13(2)');
    expect(text).toContain('Tuesday 21 July 2026');
    expect(text).toContain('To: The SEND team, Bournemouth, Christchurch and Poole (BCP) Council');
    // A parent's words are put in as they are: "{dueDate}" typed in a name is not filled in.
    expect(text).toContain('Sam {dueDate}');
    expect(text.startsWith('Jo\n')).toBe(true);
  });
  it('the overdue amendments letter gives the meeting date, the 12-week date and reg.22', () => {
    const s = situation('annual-review-meeting', { meeting: '2026-08-20' });
    const offered = lettersFor(s, letters).find((o) => o.letter.id === 'overdue-amendments')!;
    const text = nextStepLetter(offered, letters, { situation: s }, NOW);
    expect(text).toContain('Thursday 20 August 2026');
    expect(text).toContain('Thursday 12 November 2026');
    expect(text).toContain('regulation 22(2)');
    expect(text).toContain('Regulation 22(3)');
  });
  it('the reasons letter gives the decision date and cites s.36(5)', () => {
    const s = situation('decision-letter', { decision: '2026-11-10' });
    const text = nextStepLetter(lettersFor(s, letters)[0], letters, { situation: s }, NOW);
    expect(text).toContain('dated Tuesday 10 November 2026');
    expect(text).toContain('section 36(5) of the Children and Families Act 2014');
  });
  it('every letter cites what it relies on, and the body names each regulation it cites', () => {
    for (const letter of letters.letters) {
      expect(letter.cites.length, letter.id).toBeGreaterThan(0);
      for (const cite of letter.cites) {
        const m = /(?:reg|s)\.(\d+)/.exec(cite)!;
        expect(letter.body, `${letter.id} → ${cite}`).toMatch(new RegExp(`(regulations?|section) [^.]*\\b${m[1]}\\b`, 'i'));
      }
    }
  });
});

describe('knowledge/letters.yaml is validated at start-up', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  function withLetters(change: (yaml: string) => string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-letters-'));
    roots.push(dir);
    fs.cpSync(path.resolve(__dirname, '..', 'knowledge'), dir, { recursive: true });
    const file = path.join(dir, 'letters.yaml');
    fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
    return checkKnowledge(dir).problems.filter((p) => p.severity === 'error');
  }
  it('refuses an unknown placeholder, naming the file and line', () => {
    const problems = withLetters((y) => y.replace('for {childName}.', 'for {child}.'));
    expect(problems.some((p) => p.file.endsWith('letters.yaml') && /\{child\} is not a placeholder/.test(p.message) && p.line)).toBe(true);
  });
  it('refuses a trigger naming a deadline its milestone does not have', () => {
    const problems = withLetters((y) => y.replace('deadline: decision-to-assess', 'deadline: decision-to-asess'));
    expect(problems.some((p) => /has no deadline "decision-to-asess"/.test(p.message))).toBe(true);
  });
  it('refuses a citation outside the citation grammar', () => {
    const problems = withLetters((y) => y.replace('- SEND Regulations 2014 reg.13(2)', '- the regulations'));
    expect(problems.some((p) => /legal citation/.test(p.message))).toBe(true);
  });
});
