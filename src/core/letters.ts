import { formatShort, todayInLondon } from './dates';

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

  const lines = [
    parent,
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
    `Child’s name: ${childRef}`,
    `Date of birth: ${dob}`,
    `School or setting: ${school}`,
    '',
    `I am the parent of ${childRef}. I am writing to ask ${council} to carry out an education, health and care (EHC) needs assessment for my child, under section 36(1) of the Children and Families Act 2014.`,
    '',
    'My child’s difficulties',
    difficulties,
    '',
    'Support that has been tried',
    tried,
    '',
    'Why I am asking',
    'I believe my child has, or may have, special educational needs, and that it may be necessary for special educational provision to be made for my child through an EHC plan. Under section 36(8) of the Children and Families Act 2014, the council must carry out an EHC needs assessment when both of these apply. A diagnosis is not needed.',
    '',
    'Please confirm that you have received this request. Please tell me your decision in writing within 6 weeks of receiving it, as regulation 5(1) of the Special Educational Needs and Disability Regulations 2014 requires. If you decide not to assess, please give your reasons and tell me about my right of appeal and about mediation.',
    '',
    'I would like to be involved in the assessment and to give my views. Please also seek the advice listed in regulation 6(1) of those Regulations, including advice from my child’s school or setting.',
    '',
    'Yours faithfully,',
    '',
    parent,
  ];
  return `${lines.join('\n')}\n`;
}

/** A `data:` URL holding the letter as UTF-8 plain text, for a downloadable attachment. */
export function letterDataUrl(letter: string): string {
  return `data:text/plain;charset=utf-8;base64,${Buffer.from(letter, 'utf8').toString('base64')}`;
}
