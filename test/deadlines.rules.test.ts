import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeDeadlines, type DeadlinesFile, type ComputedDeadline } from '../src/core/deadlineRules';
import { fromIso, toIso } from '../src/core/dates';
import { MAX_AVG_SENTENCE_WORDS, MIN_FLESCH, readabilityOf } from '../src/knowledge/checks';
import { deadlinesFileSchema } from '../src/knowledge/deadlinesSchema';

const raw = parse(readFileSync(join(__dirname, '..', 'knowledge', 'deadlines.yaml'), 'utf8'));
const rules: DeadlinesFile = deadlinesFileSchema.parse(raw);
const today = fromIso('2026-11-23');

function byId(deadlines: ComputedDeadline[], id: string): ComputedDeadline {
  const found = deadlines.find((d) => d.id === id);
  if (!found) throw new Error(`no deadline ${id}`);
  return found;
}
const citations = (d: ComputedDeadline) => d.sources.map((s) => s.citation).filter(Boolean);

describe('knowledge/deadlines.yaml', () => {
  it('is valid against deadlinesFileSchema', () => {
    expect(deadlinesFileSchema.safeParse(raw).success).toBe(true);
  });
  it('has every milestone the deadlines dialog offers', () => {
    expect(rules.milestones.map((m) => m.id)).toEqual([
      'asked-for-assessment', 'assessment-agreed', 'draft-plan-received', 'annual-review-meeting',
      'decision-letter', 'mediation-certificate', 'moving-school-phase', 'moving-to-post16', 'moving-between-colleges',
    ]);
  });
  it('every deadline says what to do if it is missed and cites a source', () => {
    for (const m of rules.milestones) {
      for (const d of m.deadlines) {
        expect(d.ifMissed.length, `${m.id}/${d.id}`).toBeGreaterThan(40);
        expect(d.sources.length, `${m.id}/${d.id}`).toBeGreaterThan(0);
      }
    }
  });
  it('lists the four regulation 10 exceptions', () => {
    expect(rules.exceptions.map((e) => e.id)).toEqual(['school-closure', 'early-years-closure', 'personal-circumstances', 'away-from-area']);
    expect(rules.exceptions.every((e) => e.sources.includes('SEND Regulations 2014 reg.10(4)'))).toBe(true);
  });
  it('keeps UNCONFIRMED facts out: no Code of Practice 9.40, no phone numbers', () => {
    const text = readFileSync(join(__dirname, '..', 'knowledge', 'deadlines.yaml'), 'utf8');
    expect(text).not.toContain('Code of Practice 9.40');
    expect(text).not.toMatch(/\b0\d{3}\s?\d{3}\s?\d{3,4}\b/);
  });
});

describe('asked for an assessment: 6, 16 and 20 weeks from the date the council received the request', () => {
  // Request received Monday 2 March 2026.
  const { deadlines } = computeDeadlines(rules, 'asked-for-assessment', fromIso('2026-03-02'), today);
  it('6 weeks: decision whether to assess (reg 5)', () => {
    const d = byId(deadlines, 'decision-to-assess');
    expect(d.formatted).toBe('Monday 13 April 2026');
    expect(d.weekday).toBe('Monday');
    expect(d.status).toBe('passed');
    expect(citations(d)).toContain('SEND Regulations 2014 reg.5');
    expect(citations(d)).toContain('SEND Code of Practice 9.17');
  });
  it('16 weeks: notice of a decision not to issue a plan (reg 10)', () => {
    const d = byId(deadlines, 'decision-not-to-issue');
    expect(d.formatted).toBe('Monday 22 June 2026');
    expect(citations(d)).toContain('SEND Regulations 2014 reg.10(1)');
  });
  it('20 weeks: final plan (reg 13(2))', () => {
    const d = byId(deadlines, 'final-plan');
    expect(d.formatted).toBe('Monday 20 July 2026');
    expect(citations(d)).toContain('SEND Regulations 2014 reg.13(2)');
  });
  it('each carries its own regulation\'s exceptions: reg.5(4) has no early-years closure, reg.10(4) and 13(3) do', () => {
    expect(byId(deadlines, 'decision-to-assess').exceptions.map((e) => e.id)).toEqual(['school-closure', 'personal-circumstances', 'away-from-area']);
    for (const d of deadlines.filter((x) => x.id !== 'decision-to-assess')) expect(d.exceptions.map((e) => e.id)).toContain('early-years-closure');
  });
  it('an upcoming deadline is not passed, and today is "today"', () => {
    const recent = computeDeadlines(rules, 'asked-for-assessment', fromIso('2026-11-02'), today).deadlines;
    expect(byId(recent, 'decision-to-assess').iso).toBe('2026-12-14');
    expect(byId(recent, 'decision-to-assess').status).toBe('upcoming');
    expect(byId(recent, 'decision-to-assess').daysFromToday).toBe(21);
    const exact = computeDeadlines(rules, 'asked-for-assessment', fromIso('2026-10-12'), today).deadlines;
    expect(byId(exact, 'decision-to-assess').status).toBe('today');
    expect(byId(exact, 'decision-to-assess').daysFromToday).toBe(0);
  });
  it('across the autumn clock change the weekday is kept', () => {
    const d = computeDeadlines(rules, 'asked-for-assessment', fromIso('2026-09-14'), today).deadlines;
    expect(byId(d, 'decision-to-assess').formatted).toBe('Monday 26 October 2026');
  });
});

describe('assessment agreed: still counted from the request date', () => {
  it('16 and 20 weeks from the request', () => {
    const { deadlines, milestone } = computeDeadlines(rules, 'assessment-agreed', fromIso('2026-09-01'), today);
    expect(milestone.dates[0].id).toBe('request');
    expect(deadlines.map((d) => [d.id, d.iso])).toEqual([
      ['decision-not-to-issue', '2026-12-22'],
      ['final-plan', '2027-01-19'],
    ]);
    expect(deadlines.every((d) => d.status === 'upcoming')).toBe(true);
  });
});

describe('draft plan received: at least 15 days, counting the day it was sent as day 1', () => {
  it('draft sent Friday 6 March 2026 -> comments by Friday 20 March 2026', () => {
    const { deadlines } = computeDeadlines(rules, 'draft-plan-received', { draft: fromIso('2026-03-06'), request: fromIso('2025-11-03') }, today);
    const comment = byId(deadlines, 'comment-on-draft');
    expect(comment.formatted).toBe('Friday 20 March 2026');
    expect(comment.who).toBe('you');
    expect(citations(comment)).toEqual(['SEND Regulations 2014 reg.13(1)', 'SEND Code of Practice 9.41', 'Children and Families Act 2014 s.38']);
    expect(byId(deadlines, 'final-plan').formatted).toBe('Monday 23 March 2026');
  });
  it('15 days across the end of February in a leap year', () => {
    const { deadlines } = computeDeadlines(rules, 'draft-plan-received', fromIso('2028-02-20'), today);
    expect(byId(deadlines, 'comment-on-draft').iso).toBe('2028-03-05');
  });
  it('without the request date the final-plan deadline explains what is missing', () => {
    const { deadlines } = computeDeadlines(rules, 'draft-plan-received', fromIso('2026-11-20'), today);
    const final = byId(deadlines, 'final-plan');
    expect(final.date).toBeNull();
    expect(final.status).toBe('unknown');
    expect(final.missingDates).toEqual(['request']);
    expect(byId(deadlines, 'comment-on-draft').iso).toBe('2026-12-04');
  });
});

describe('annual review meeting: report 2 weeks, decision 4 weeks, amended plan 12 weeks', () => {
  it('from a meeting on Thursday 15 October 2026', () => {
    const { deadlines } = computeDeadlines(rules, 'annual-review-meeting', fromIso('2026-10-15'), today);
    expect(deadlines.map((d) => [d.id, d.formatted, d.status])).toEqual([
      ['school-report', 'Thursday 29 October 2026', 'passed'],
      ['review-decision', 'Thursday 12 November 2026', 'passed'],
      ['final-amended-plan', 'Thursday 7 January 2027', 'upcoming'],
    ]);
    expect(citations(byId(deadlines, 'final-amended-plan'))).toContain('SEND Regulations 2014 reg.22');
    expect(citations(byId(deadlines, 'review-decision'))).toContain('SEND Regulations 2014 reg.20');
  });
});

describe('decision letter: mediation adviser and Tribunal appeal within 2 months', () => {
  it('corresponding date: letter 1 October -> 1 December', () => {
    const { deadlines } = computeDeadlines(rules, 'decision-letter', fromIso('2026-10-01'), today);
    expect(byId(deadlines, 'contact-mediation-adviser').formatted).toBe('Tuesday 1 December 2026');
    expect(byId(deadlines, 'appeal-to-tribunal').formatted).toBe('Tuesday 1 December 2026');
    expect(citations(byId(deadlines, 'contact-mediation-adviser'))).toContain('SEND Regulations 2014 reg.33');
  });
  it('month end: letter 31 December 2026 -> 28 February 2027; in 2027 -> 29 February 2028', () => {
    expect(byId(computeDeadlines(rules, 'decision-letter', fromIso('2026-12-31'), today).deadlines, 'appeal-to-tribunal').iso).toBe('2027-02-28');
    expect(byId(computeDeadlines(rules, 'decision-letter', fromIso('2027-12-31'), today).deadlines, 'appeal-to-tribunal').iso).toBe('2028-02-29');
  });
  it('an August deadline moves to the first working day in September (appeal only)', () => {
    const { deadlines } = computeDeadlines(rules, 'decision-letter', fromIso('2026-06-15'), today);
    const appeal = byId(deadlines, 'appeal-to-tribunal');
    expect(appeal.formatted).toBe('Tuesday 1 September 2026');
    expect(toIso(appeal.movedFrom!)).toBe('2026-08-15');
    expect(byId(deadlines, 'contact-mediation-adviser').iso).toBe('2026-08-15');
  });
  it('a Christmas deadline moves to the next working day in January', () => {
    const appeal = byId(computeDeadlines(rules, 'decision-letter', fromIso('2026-10-28'), today).deadlines, 'appeal-to-tribunal');
    expect(appeal.formatted).toBe('Monday 4 January 2027');
    expect(appeal.movedFrom && toIso(appeal.movedFrom)).toBe('2026-12-28');
  });
});

describe('mediation certificate: 1 month after it or 2 months after the decision, whichever is later', () => {
  it("IPSEA's example: letter 1 October, certificate 29 November -> 29 December, moved into January", () => {
    const { deadlines } = computeDeadlines(rules, 'mediation-certificate', { certificate: fromIso('2026-11-29'), decision: fromIso('2026-10-01') }, today);
    const appeal = byId(deadlines, 'appeal-to-tribunal');
    expect(toIso(appeal.movedFrom!)).toBe('2026-12-29');
    expect(appeal.formatted).toBe('Monday 4 January 2027');
    expect(appeal.atLeast).toBe(false);
  });
  it('the 2-month date wins when it is later', () => {
    const { deadlines } = computeDeadlines(rules, 'mediation-certificate', { certificate: fromIso('2026-10-05'), decision: fromIso('2026-09-20') }, today);
    expect(byId(deadlines, 'appeal-to-tribunal').iso).toBe('2026-11-20');
    expect(byId(deadlines, 'appeal-to-tribunal').status).toBe('passed');
  });
  it('the 1-month date wins when it is later', () => {
    const { deadlines } = computeDeadlines(rules, 'mediation-certificate', { certificate: fromIso('2026-11-10'), decision: fromIso('2026-09-20') }, today);
    expect(byId(deadlines, 'appeal-to-tribunal').iso).toBe('2026-12-10');
  });
  it('without the decision date: the certificate date + 1 month, flagged "at least"', () => {
    const { deadlines } = computeDeadlines(rules, 'mediation-certificate', fromIso('2026-11-10'), today);
    const appeal = byId(deadlines, 'appeal-to-tribunal');
    expect(appeal.iso).toBe('2026-12-10');
    expect(appeal.atLeast).toBe(true);
    expect(appeal.missingDates).toEqual(['decision']);
  });
});

describe('phase transfers (reg 18)', () => {
  it('school phase: before 15 February in the calendar year of the move', () => {
    const { deadlines } = computeDeadlines(rules, 'moving-school-phase', fromIso('2027-09-01'), today);
    expect(deadlines[0].formatted).toBe('Monday 15 February 2027');
    expect(citations(deadlines[0])).toEqual(['SEND Regulations 2014 reg.18']);
  });
  it('secondary to post-16: before 31 March in the year of the move', () => {
    const { deadlines } = computeDeadlines(rules, 'moving-to-post16', fromIso('2027-09-01'), today);
    expect(deadlines[0].formatted).toBe('Wednesday 31 March 2027');
  });
  it('between post-16 places: at least 5 months before the move', () => {
    const { deadlines } = computeDeadlines(rules, 'moving-between-colleges', fromIso('2027-09-01'), today);
    expect(deadlines[0].formatted).toBe('Thursday 1 April 2027');
    const endOfMonth = computeDeadlines(rules, 'moving-between-colleges', fromIso('2027-07-31'), today).deadlines;
    expect(endOfMonth[0].iso).toBe('2027-02-28');
  });
});

describe('computeDeadlines refuses unknown milestones', () => {
  it('throws a RangeError', () => {
    expect(() => computeDeadlines(rules, 'no-such-milestone', today, today)).toThrow(RangeError);
  });
});

describe('deadlinesFileSchema catches editing mistakes', () => {
  const clone = (): any => JSON.parse(JSON.stringify(raw));
  const problems = (data: unknown) => {
    const result = deadlinesFileSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('a citation not in the exact form', () => {
    const data = clone();
    data.milestones[0].deadlines[0].sources[0] = 'SEND Regs reg 5';
    expect(problems(data).join('\n')).toMatch(/milestones\.0\.deadlines\.0\.sources\.0/);
  });
  it('a deadline counted from a date the milestone does not ask for', () => {
    const data = clone();
    data.milestones[0].deadlines[0].when[0].from = 'meeting';
    expect(problems(data).join('\n')).toMatch(/"meeting" is not one of this milestone's dates/);
  });
  it('an unknown exception id', () => {
    const data = clone();
    data.milestones[0].deadlines[0].exceptions.push('holiday');
    expect(problems(data).join('\n')).toMatch(/no exception with id "holiday"/);
  });
  it('both add and fixed, or two units in add', () => {
    const data = clone();
    data.milestones[0].deadlines[0].when[0].fixed = { month: 2, day: 15 };
    expect(problems(data).join('\n')).toMatch(/either "add" or "fixed"/);
    const data2 = clone();
    data2.milestones[0].deadlines[0].when[0].add = { weeks: 6, days: 1 };
    expect(problems(data2).join('\n')).toMatch(/exactly one of weeks, days or months/);
  });
  it('a missing ifMissed, an unknown field, a bad reviewed date', () => {
    const data = clone();
    delete data.milestones[0].deadlines[0].ifMissed;
    data.milestones[2].colour = 'red';
    data.reviewed = '23/11/2026';
    const found = problems(data).join('\n');
    expect(found).toMatch(/milestones\.0\.deadlines\.0\.ifMissed/);
    expect(found).toMatch(/colour/);
    expect(found).toMatch(/reviewed/);
  });
  it('a duplicate milestone id, and an optional first date', () => {
    const data = clone();
    data.milestones[1].id = data.milestones[0].id;
    data.milestones[3].dates[0].optional = true;
    const found = problems(data).join('\n');
    expect(found).toMatch(/milestone id "asked-for-assessment" is used twice/);
    expect(found).toMatch(/first date of a milestone cannot be optional/);
  });
  it('a source URL that is not http(s)', () => {
    const data = clone();
    data.milestones[0].deadlines[2].sources[1] = { title: 'x', url: 'javascript:alert(1)' };
    expect(problems(data).length).toBeGreaterThan(0);
  });
});

describe('plain English (same floor as knowledge answers)', () => {
  it('every deadline and exception reads at Flesch >= 50 with sentences under 20 words on average', () => {
    const texts = [
      ...rules.milestones.flatMap((m) => m.deadlines.map((d) => [`${m.id}/${d.id}`, `${d.title}. ${d.explain} ${d.ifMissed}`])),
      ...rules.exceptions.map((e) => [e.id, e.text]),
      ...rules.milestones.filter((m) => m.note).map((m) => [`${m.id}/note`, m.note!]),
    ];
    for (const [where, text] of texts) {
      const figures = readabilityOf(text);
      expect(figures.flesch, where).toBeGreaterThanOrEqual(MIN_FLESCH);
      expect(figures.avgSentenceWords, where).toBeLessThan(MAX_AVG_SENTENCE_WORDS);
    }
  });
});
