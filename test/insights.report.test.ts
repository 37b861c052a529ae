import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readInsights } from '../src/insights';
import { groupQuestions, similarity, terms } from '../src/insights/group';
import { buildReport, entrySkeleton, renderHtml, renderText, shares } from '../src/insights/report';

const fixtureDir = path.join(__dirname, 'fixtures', 'insights', 'two-days');
const titles = {
  'ehc-assessment-decision-6-weeks': 'How long the council has to decide whether to assess',
  'senco-role': 'What a SENCO does',
  'no-diagnosis-needed': 'You do not need a diagnosis',
};

describe('grouping unanswered questions', () => {
  it('puts paraphrases together (bus, taxi, transport) and keeps other subjects apart', () => {
    const groups = groupQuestions([
      'how do I get school transport for my son',
      'is there a bus to take my daughter to school',
      'who pays for the taxi to school',
      'can the council provide transport to a special school',
      'my child needs a taxi to college, who arranges it',
      'how do I get school transport for my son',
      'can i get carers allowance for looking after my disabled son',
      'how do i claim DLA for my daughter who has adhd',
      'my son was excluded from school for 3 days',
      'can the school suspend my child for behaviour linked to autism',
      'where can i buy a weighted blanket',
    ]);
    expect(groups[0].size).toBe(6);
    expect(groups[0].keywords[0]).toBe('transport');
    expect(groups[0].questions[0]).toEqual({ text: 'how do I get school transport for my son', count: 2 });
    const find = (q: string) => groups.findIndex((g) => g.questions.some((x) => x.text === q));
    expect(find('can i get carers allowance for looking after my disabled son')).toBe(find('how do i claim DLA for my daughter who has adhd'));
    expect(find('my son was excluded from school for 3 days')).toBe(find('can the school suspend my child for behaviour linked to autism'));
    expect(find('where can i buy a weighted blanket')).not.toBe(find('my son was excluded from school for 3 days'));
    expect(find('my son was excluded from school for 3 days')).not.toBe(0);
    expect(groups).toHaveLength(4);
  });

  it('does not join two questions only because both mention school and a child', () => {
    expect(similarity(terms('my son needs a new school uniform'), terms('my daughter hates her school dinners'))).toBeLessThan(0.3);
    expect(groupQuestions(['my son needs a new school uniform', 'my daughter hates her school dinners'])).toHaveLength(2);
  });

  it('ignores redaction placeholders when grouping', () => {
    const groups = groupQuestions(['can [name] get a taxi to school', 'is there a bus for [name] on [date]']);
    expect(groups).toHaveLength(1);
    expect(groups[0].keywords).not.toContain('name');
  });
});

describe('the report', () => {
  it('renders its figures from a fixture file (skipping a half-written line)', async () => {
    const { records, skipped } = await readInsights(fixtureDir, { since: '2026-01-01' });
    expect(skipped).toBe(1);
    const report = buildReport(records, { since: '2026-01-01', titles, now: new Date('2026-11-23T15:00:00Z') });
    expect(report.questions).toBe(16);
    expect(report.outcomes).toEqual({ answer: 6, glossary: 1, didYouMean: 1, noAnswer: 8, safety: 1, dialog: 1 });
    expect(shares(report)).toEqual({ answered: 43.8, didYouMean: 6.3, noAnswer: 50 });
    expect(report.perDay).toEqual([
      { day: '2026-11-20', byChannel: { webchat: 5, msteams: 3 }, total: 8 },
      { day: '2026-11-21', byChannel: { webchat: 7, directline: 1 }, total: 8 },
    ]);
    expect(report.topEntries.map((e) => [e.entryId, e.count])).toEqual([
      ['ehc-assessment-decision-6-weeks', 3],
      ['senco-role', 2],
      ['no-diagnosis-needed', 1],
    ]);
    expect(report.worstFeedback).toEqual([
      { entryId: 'senco-role', title: 'What a SENCO does', yes: 0, no: 2, missing: ['what to do when the [name] never replies to emails'] },
    ]);
    expect(report.unanswered.map((g) => g.size)).toEqual([5, 2, 1]);
    expect(report.unanswered[0].keywords[0]).toBe('transport');

    const text = renderText(report);
    expect(text).toContain('Questions: 16.');
    expect(text).toContain('No answer: 8 (50%)');
    expect(text).toContain('5 questions about transport');
    expect(text).toContain('2x how do I get school transport for my son');
  });

  it('is a self-contained HTML page: inline SVG charts, no scripts or outside resources, parents\' words escaped', async () => {
    const { records } = await readInsights(fixtureDir);
    const html = renderHtml(buildReport(records, { titles }));
    expect(html).toMatch(/^<!doctype html>/);
    expect((html.match(/<svg /g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).toContain('my son wont sleep at night &lt;b&gt;help&lt;/b&gt;');
    expect(html).not.toContain('<b>help</b>');
    expect(html).toContain('5 questions about transport');
    expect(html).toContain('What a SENCO does');
  });

  it('suggests a new entry skeleton in the knowledge format, with the parents\' questions', async () => {
    const [group] = groupQuestions(['who pays for the taxi to school', 'is there a bus to school', 'school transport for my son: "help"']);
    const yaml = entrySkeleton(group);
    const parsed = parse(yaml) as { entries: Array<Record<string, unknown>> };
    const entry = parsed.entries[0];
    expect(Object.keys(entry)).toEqual(['id', 'title', 'questions', 'answer', 'topics', 'region', 'sources', 'reviewed']);
    expect(entry.id).toMatch(/^new-transport(-[a-z0-9]+)*$/);
    expect(entry.questions).toEqual(group.questions.map((q) => q.text));
    expect(entry.region).toBe('england');
    // Fewer than 4 questions: the editor is told to add more (the knowledge format needs at least 4).
    expect(yaml).toContain('at least 4');
  });
});
