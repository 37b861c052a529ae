import { describe, expect, it } from 'vitest';
import { copyAnswerText, plainText, shortAnswer, sourcePlain } from '../src/core/render';
import type { Entry } from '../src/core/model';
import { realKnowledge } from './helpers/testBot';

const words = realKnowledge().text;

const entry: Entry = {
  id: 'example', title: 'Asking for an assessment', questions: ['q'], topics: ['assessment'], region: 'england',
  answer: 'You can ask the council **yourself**. See [the Code](https://www.gov.uk/code).\n\nThen:\n\n- wait *six* weeks\n- call [01305 228558](tel:01305228558)',
  sources: [
    { citation: 'Children and Families Act 2014 s.36' },
    { title: 'SEND Code of Practice', url: 'https://www.gov.uk/code', checked: '2026-11-20' },
    { url: 'https://example.org/page', checked: '2026-11-23' },
  ],
  reviewed: '2026-11-23', followUps: [], services: [], file: 'x.yaml',
};

describe('plain text for staff to copy', () => {
  it('shortAnswer is the first paragraph of the answer', () => {
    expect(shortAnswer(entry)).toBe('You can ask the council **yourself**. See [the Code](https://www.gov.uk/code).');
  });

  it('plainText drops Markdown but keeps link addresses and list markers', () => {
    expect(plainText(entry.answer)).toBe(
      'You can ask the council yourself. See the Code (https://www.gov.uk/code).\n\nThen:\n\n- wait six weeks\n- call 01305 228558',
    );
    expect(plainText('[https://a.org](https://a.org)')).toBe('https://a.org');
  });

  it('names each source on its own line, with its address when it has one', () => {
    expect(entry.sources.map(sourcePlain)).toEqual([
      'Children and Families Act 2014 s.36',
      'SEND Code of Practice (https://www.gov.uk/code)',
      'https://example.org/page',
    ]);
  });

  it('copyAnswerText: title, answer, sources, last checked (latest source), the link, and the not-advice line', () => {
    const text = copyAnswerText(entry, words, 'https://signpost.example.org/reference/example');
    expect(text).toBe([
      'Asking for an assessment',
      plainText(entry.answer),
      'Sources:\n- Children and Families Act 2014 s.36\n- SEND Code of Practice (https://www.gov.uk/code)\n- https://example.org/page',
      'Last checked against its source: 23 November 2026',
      'More: https://signpost.example.org/reference/example',
      'This is general information, not legal advice.',
    ].join('\n\n'));
    expect(text).not.toMatch(/\*|\]\(/);
  });

  it('says plainly when no source was ever checked, and leaves the link out when none is known', () => {
    const text = copyAnswerText({ ...entry, sources: [{ citation: 'Education Act 1996' }] }, words);
    expect(text).toContain('Source:\n- Education Act 1996');
    expect(text).toContain('Not yet checked against its source.');
    expect(text).not.toContain('More:');
  });
});
