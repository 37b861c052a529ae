import { addDays, type CalendarDate, compareDates, formatShort, makeDate, todayInLondon, weekday } from './dates';

/**
 * The letter asking a council for an education, health and care (EHC) needs assessment.
 * Pure module (no botbuilder): the dialog collects the answers, this turns them into plain text.
 *
 * Why the wording is fixed here rather than in knowledge/: the letter is a legal request whose
 * citations (CFA 2014 s.36(1) and s.36(8), SEND Regulations 2014 reg.5(1)) are checked by
 * test/letters.test.ts against the fact sheet; editors change the bot's explanations, not the law it cites.
 * The letter never holds an invented address: it is addressed "Dear SEND team".
 */

export type LetterCouncil = 'dorset' | 'bcp' | 'other';

/** What the parent told us. Anything left out (skipped) becomes a [placeholder] for them to fill in. */
export interface LetterAnswers {
  council?: LetterCouncil;
  childName?: string;
  /** As the parent should see it, e.g. "4 March 2015" (the dialog formats a date it understood). */
  dateOfBirth?: string;
  school?: string;
  difficulties?: string;
  supportTried?: string;
  parentName?: string;
  /**
   * Who the letter is from. Past compulsory school age the right to ask is the young person's own
   * (CFA 2014 s.36(1)); a parent acts for them only if they lack capacity (s.80, Mental Capacity Act 2005).
   * Absent: a parent asking for a child.
   */
  writer?: LetterWriter;
}

export type LetterWriter = 'parent' | 'young-person' | 'parent-for-young-person';

/** The school leaving date of a year: the last Friday in June. */
export function schoolLeavingDate(year: number): CalendarDate {
  let day = makeDate(year, 6, 30);
  while (weekday(day) !== 5) day = addDays(day, -1);
  return day;
}

/**
 * True once a person is over compulsory school age (a "young person" in CFA 2014 s.83(2)). Education Act 1996
 * s.8(3): compulsory school age ends on the school leaving date of the school year in which they turn 16, or,
 * for a 16th birthday in July or August after that date, on that same leaving date.
 */
export function pastCompulsorySchoolAge(dateOfBirth: CalendarDate, today: CalendarDate): boolean {
  const sixteenth = { y: dateOfBirth.y + 16, m: dateOfBirth.m, d: dateOfBirth.d };
  const leavingYear = sixteenth.m >= 9 ? sixteenth.y + 1 : sixteenth.y;
  return compareDates(today, schoolLeavingDate(leavingYear)) > 0;
}

export const LETTER_FILE_NAME = 'ehc-needs-assessment-request.txt';

const COUNCIL_NAMES: Record<LetterCouncil, string> = {
  dorset: 'Dorset Council',
  bcp: 'Bournemouth, Christchurch and Poole (BCP) Council',
  other: "[your council's name]",
};

/** The date the letter is written, as a day in England (a letter dated in UTC could be a day out). */
export function letterDate(today: Date): string {
  return formatShort(todayInLondon(today));
}

/** Trims, squeezes spaces and removes control characters; blank means "not given". */
function given(value: string | undefined): string | undefined {
  const clean = (value ?? '').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').replace(/[ \t]+/g, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** Plain text of the request letter. `today` is the date written on it. */
export function requestLetter(answers: LetterAnswers, today: Date): string {
  const child = given(answers.childName);
  const childRef = child ?? '[child’s name]';
  const council = COUNCIL_NAMES[answers.council ?? 'other'];
  const dob = given(answers.dateOfBirth) ?? '[date of birth]';
  const school = given(answers.school) ?? '[school, nursery or college]';
  const difficulties = given(answers.difficulties) ?? '[Describe your child’s difficulties at school and at home.]';
  const tried = given(answers.supportTried) ?? '[Describe the help that has been tried so far and what difference it made.]';
  const parent = given(answers.parentName) ?? '[your name]';

  const writer = answers.writer ?? 'parent';
  const youngPerson = writer === 'young-person';
  // The young person signs their own letter; a parent signs the others.
  const signer = youngPerson ? (child ?? '[your name]') : parent;
  const opening = youngPerson
    ? [`I am writing to ask ${council} to carry out an education, health and care (EHC) needs assessment for me, under section 36(1) of the Children and Families Act 2014.`]
    : writer === 'parent-for-young-person'
      ? [
        `I am the parent of ${childRef}. ${childRef} is over compulsory school age, so the right to ask for an assessment is their own. I am writing on their behalf because they lack the mental capacity to make this request themselves, within the meaning of the Mental Capacity Act 2005. Section 80 of the Children and Families Act 2014, and the regulations made under it, allow a young person's parent to act for them when they lack capacity.`,
        '',
        `I ask ${council} to carry out an education, health and care (EHC) needs assessment for ${childRef}, under section 36(1) of the Children and Families Act 2014.`,
      ]
      : [`I am the parent of ${childRef}. I am writing to ask ${council} to carry out an education, health and care (EHC) needs assessment for my child, under section 36(1) of the Children and Families Act 2014.`];
  const whose = youngPerson ? 'My' : writer === 'parent-for-young-person' ? 'Their' : 'My child’s';
  const subjectOf = youngPerson ? 'I have' : writer === 'parent-for-young-person' ? 'they have' : 'my child has';
  const provisionFor = youngPerson ? 'me' : writer === 'parent-for-young-person' ? 'them' : 'my child';
  const setting = youngPerson ? 'my school or college' : writer === 'parent-for-young-person' ? 'their school or college' : 'my child’s school or setting';

  const lines = [
    signer,
    '[your address]',
    '',
    letterDate(today),
    '',
    `To: The SEND team, ${council}`,
    '',
    'Dear SEND team,',
    '',
    'Request for an education, health and care (EHC) needs assessment',
    '',
    `${youngPerson ? 'Name' : 'Child’s name'}: ${youngPerson ? (child ?? '[your name]') : childRef}`,
    `Date of birth: ${dob}`,
    `School or setting: ${school}`,
    '',
    ...opening,
    '',
    `${whose} difficulties`,
    difficulties,
    '',
    'Support that has been tried',
    tried,
    '',
    'Why I am asking',
    `I believe ${subjectOf}, or may have, special educational needs, and that it may be necessary for special educational provision to be made for ${provisionFor} through an EHC plan. Under section 36(8) of the Children and Families Act 2014, the council must carry out an EHC needs assessment when both of these apply. A diagnosis is not needed.`,
    '',
    'Please confirm that you have received this request. Please tell me your decision in writing within 6 weeks of receiving it, as regulation 5(1) of the Special Educational Needs and Disability Regulations 2014 requires. If you decide not to assess, please give your reasons and tell me about my right of appeal and about mediation.',
    '',
    `I would like to be involved in the assessment and to give my views. Please also seek the advice listed in regulation 6(1) of those Regulations, including advice from ${setting}.`,
    '',
    'Yours faithfully,',
    '',
    signer,
  ];
  return `${lines.join('\n')}\n`;
}

/** A `data:` URL holding the letter as UTF-8 plain text, for a downloadable attachment. */
export function letterDataUrl(letter: string): string {
  return `data:text/plain;charset=utf-8;base64,${Buffer.from(letter, 'utf8').toString('base64')}`;
}

// ---- Letters for the next step (knowledge/letters.yaml) ---------------------------------------------

/** When a letter is offered: a milestone, and optionally one of its deadlines that must have passed. */
export interface LetterTrigger { milestone: string; deadline?: string }

/** One next-step letter, as knowledge/letters.yaml gives it (validated by src/knowledge/lettersSchema.ts). */
export interface NextStepLetter {
  id: string;
  /** The button that offers it. */
  button: string;
  title: string;
  fileName: string;
  offerWhen: LetterTrigger[];
  cites: string[];
  subject: string;
  body: string;
}

export interface LettersFile {
  /** What a placeholder becomes when the value is not known, e.g. "[child's name]". */
  blanks: Record<Exclude<LetterField, 'today'>, string>;
  letters: NextStepLetter[];
}

/** The placeholders a next-step letter may use. */
export const LETTER_FIELDS = ['today', 'council', 'childName', 'parentName', 'requestDate', 'meetingDate', 'decisionDate', 'dueDate'] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];

/** What a deadline journey knows, as the dialog has it: which milestone, the dates given, and the deadlines worked out. */
export interface LetterSituation {
  milestoneId: string;
  /** Dates the parent gave, by the milestone's date id (request, meeting, decision…), already formatted. */
  dates: Record<string, string>;
  deadlines: Array<{ id: string; status: 'passed' | 'today' | 'upcoming' | 'unknown'; formatted: string | null }>;
}

/** The letter chosen and the deadline (if any) that made it apply. */
export interface OfferedLetter { letter: NextStepLetter; dueDate?: string }

/**
 * The letters that fit where the parent is: a trigger with a deadline applies once that deadline has passed;
 * a trigger with no deadline applies as soon as the milestone is reached (a decision has arrived).
 */
export function lettersFor(situation: LetterSituation, file: LettersFile | undefined): OfferedLetter[] {
  if (!file) return [];
  const offered: OfferedLetter[] = [];
  for (const letter of file.letters) {
    for (const trigger of letter.offerWhen) {
      if (trigger.milestone !== situation.milestoneId) continue;
      if (!trigger.deadline) {
        offered.push({ letter });
        break;
      }
      const deadline = situation.deadlines.find((d) => d.id === trigger.deadline);
      if (deadline?.status === 'passed' && deadline.formatted) {
        offered.push({ letter, dueDate: deadline.formatted });
        break;
      }
    }
  }
  return offered;
}

/** Which of the journey's dates fills which placeholder. */
const DATE_FIELDS: Partial<Record<LetterField, string>> = { requestDate: 'request', meetingDate: 'meeting', decisionDate: 'decision' };

/**
 * Plain text of a next-step letter, filled from what the parent already gave; anything not known becomes the
 * `blanks` gap for them to fill in. The parent's own words are cleaned (control characters removed) and never
 * read as placeholders.
 */
export function nextStepLetter(
  offered: OfferedLetter,
  file: LettersFile,
  facts: { situation: LetterSituation; council?: LetterCouncil; childName?: string; parentName?: string },
  today: Date,
): string {
  const values: Record<LetterField, string> = {
    today: letterDate(today),
    council: facts.council && facts.council !== 'other' ? COUNCIL_NAMES[facts.council] : file.blanks.council,
    childName: given(facts.childName) ?? file.blanks.childName,
    parentName: given(facts.parentName) ?? file.blanks.parentName,
    requestDate: file.blanks.requestDate,
    meetingDate: file.blanks.meetingDate,
    decisionDate: file.blanks.decisionDate,
    dueDate: offered.dueDate ?? file.blanks.dueDate,
  };
  for (const [field, dateId] of Object.entries(DATE_FIELDS) as Array<[LetterField, string]>) {
    const date = facts.situation.dates[dateId];
    if (date) values[field] = date;
  }
  // One pass over the template: a value that happens to contain "{…}" is never filled in again.
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name as LetterField] : whole));
  const { letter } = offered;
  const lines = [
    values.parentName,
    '[your address]',
    '',
    values.today,
    '',
    `To: The SEND team, ${values.council}`,
    '',
    'Dear SEND team,',
    '',
    fill(letter.subject),
    '',
    `Child’s name: ${values.childName}`,
    '',
    fill(letter.body.trim()),
    '',
    'Yours faithfully,',
    '',
    values.parentName,
  ];
  return `${lines.join('\n')}\n`;
}
