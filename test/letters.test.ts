import { describe, expect, it } from 'vitest';
import { LETTER_FILE_NAME, letterDataUrl, letterDate, requestLetter } from '../src/core/letters';

const today = new Date('2026-11-23T10:00:00Z');
const full = {
  council: 'dorset' as const,
  childName: 'Sam Smith',
  dateOfBirth: '4 March 2015',
  school: 'Hill Top Primary School',
  difficulties: 'Sam finds reading very hard and is anxious at school.',
  supportTried: 'A reading group twice a week since January. It has not helped much.',
  parentName: 'Jo Smith',
};

describe('requestLetter', () => {
  it('asks the chosen council for an EHC needs assessment, citing the law correctly', () => {
    const letter = requestLetter(full, today);
    expect(letter).toContain('Dear SEND team,');
    expect(letter).toContain('To: The SEND team, Dorset Council');
    expect(letter).toContain('education, health and care (EHC) needs assessment');
    // Who may ask: s.36(1). The legal test: s.36(8), both limbs as "may". Decision within 6 weeks: reg 5(1).
    expect(letter).toContain('section 36(1) of the Children and Families Act 2014');
    expect(letter).toContain('section 36(8) of the Children and Families Act 2014');
    expect(letter).toMatch(/has, or may have, special educational needs/);
    expect(letter).toMatch(/it may be necessary for special educational provision to be made for my child through an EHC plan/);
    expect(letter).toMatch(/decision in writing within 6 weeks of receiving it, as regulation 5\(1\) of the Special Educational Needs and Disability Regulations 2014 requires/);
    expect(letter).toContain('Yours faithfully,');
  });

  it('puts every answer in the letter, dated today', () => {
    const letter = requestLetter(full, today);
    for (const value of Object.values(full).filter((v) => v !== 'dorset')) expect(letter).toContain(value);
    expect(letter).toContain('23 November 2026');
    expect(letter).not.toMatch(/\[(child|date of birth|school|your name)/);
  });

  it('never invents an address: the parent fills their own in, the council is "the SEND team"', () => {
    const letter = requestLetter(full, today);
    expect(letter).toContain('[your address]');
    expect(letter).not.toMatch(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/); // no postcode
    expect(letter).not.toMatch(/@|https?:/);
  });

  it('names BCP Council in full, and leaves a gap for any other council', () => {
    expect(requestLetter({ ...full, council: 'bcp' }, today)).toContain('Bournemouth, Christchurch and Poole (BCP) Council');
    const other = requestLetter({ ...full, council: 'other' }, today);
    expect(other).toContain("[your council's name]");
    expect(other).not.toContain('Dorset Council');
    expect(requestLetter({ ...full, council: undefined }, today)).toContain("[your council's name]");
  });

  it('leaves a [gap] for each skipped or blank answer', () => {
    const letter = requestLetter({ childName: '   ', dateOfBirth: undefined }, today);
    for (const gap of ['[child’s name]', '[date of birth]', '[school, nursery or college]', '[your name]', '[Describe your child’s difficulties', '[Describe the help that has been tried']) {
      expect(letter).toContain(gap);
    }
  });

  it('keeps the parent\'s words as they typed them, without control characters', () => {
    const letter = requestLetter({ ...full, difficulties: 'Line one\u0007 *bold* <b>x</b>' }, today);
    expect(letter).toContain('Line one *bold* <b>x</b>');
    expect(letter).not.toContain('\u0007');
  });

  it('dates the letter by the day in England, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(letterDate(new Date('2026-06-30T23:30:00Z'))).toBe('1 July 2026');
    expect(letterDate(new Date('2026-12-31T23:30:00Z'))).toBe('31 December 2026');
  });

  it('makes a data: URL that decodes back to the same letter, under a clear file name', () => {
    const letter = requestLetter({ ...full, childName: 'Zoë Ó Briain' }, today);
    const url = letterDataUrl(letter);
    expect(url.startsWith('data:text/plain;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1], 'base64').toString('utf8')).toBe(letter);
    expect(LETTER_FILE_NAME).toBe('ehc-needs-assessment-request.txt');
  });
});

describe('past compulsory school age the request is the young person’s (CFA s.36(1), s.80; Education Act 1996 s.8(3))', () => {
  // Imported here so the block stands alone.
  const load = () => import('../src/core/letters');
  const d = (iso: string) => { const [y, m, day] = iso.split('-').map(Number); return { y, m, d: day }; };

  it('the school leaving date is the last Friday in June', async () => {
    const { schoolLeavingDate } = await load();
    expect(schoolLeavingDate(2026)).toEqual(d('2026-06-26'));
    expect(schoolLeavingDate(2027)).toEqual(d('2027-06-25'));
  });

  it('a birthday from September to August: compulsory school age ends on the leaving date of that school year', async () => {
    const { pastCompulsorySchoolAge } = await load();
    // 16 on 10 October 2025: leaving date 26 June 2026.
    expect(pastCompulsorySchoolAge(d('2009-10-10'), d('2026-06-26'))).toBe(false);
    expect(pastCompulsorySchoolAge(d('2009-10-10'), d('2026-06-27'))).toBe(true);
    // 16 on 15 August 2026, after the leaving date: still ends on 26 June 2026 (s.8(3)(a)).
    expect(pastCompulsorySchoolAge(d('2010-08-15'), d('2026-06-27'))).toBe(true);
    // 16 on 1 September 2026: the next school year, so 25 June 2027.
    expect(pastCompulsorySchoolAge(d('2010-09-01'), d('2026-11-23'))).toBe(false);
    expect(pastCompulsorySchoolAge(d('2010-09-01'), d('2027-06-26'))).toBe(true);
    // A child of 11.
    expect(pastCompulsorySchoolAge(d('2015-03-04'), d('2026-11-23'))).toBe(false);
  });

  it('the young person’s own letter speaks as "I", asks for "me" and is signed by them', () => {
    const letter = requestLetter({ ...full, childName: 'Alex Smith', writer: 'young-person' }, today);
    expect(letter).toContain('needs assessment for me, under section 36(1)');
    expect(letter).toContain('I believe I have, or may have, special educational needs');
    expect(letter).toContain('Name: Alex Smith');
    expect(letter).not.toContain('I am the parent');
    expect(letter).not.toContain('Jo Smith');
    expect(letter.trim().endsWith('Alex Smith')).toBe(true);
  });

  it('the parent-acting-for letter says why: the young person lacks capacity (MCA 2005), and cites s.80', () => {
    const letter = requestLetter({ ...full, childName: 'Alex Smith', writer: 'parent-for-young-person' }, today);
    expect(letter).toContain('Alex Smith is over compulsory school age, so the right to ask for an assessment is their own.');
    expect(letter).toContain('lack the mental capacity to make this request themselves, within the meaning of the Mental Capacity Act 2005');
    expect(letter).toContain('Section 80 of the Children and Families Act 2014');
    expect(letter).toContain('for Alex Smith, under section 36(1)');
    expect(letter.trim().endsWith('Jo Smith')).toBe(true);
  });

  it('a parent writing for a child is unchanged (no capacity wording)', () => {
    const letter = requestLetter(full, today);
    expect(letter).not.toContain('Mental Capacity Act');
    expect(letter).toContain('I am the parent of Sam Smith.');
  });
});
