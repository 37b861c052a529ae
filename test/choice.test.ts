import { describe, expect, it } from 'vitest';
import { editDistance, notAnAnswer, pickOption, positionFromWords, sameWord, type AskOption } from '../src/core/choice';
import { NEEDS } from '../src/core/services';
import { wordList } from '../src/core/text';
import { realKnowledge } from './helpers/testBot';

const knowledge = realKnowledge();
/** The deadlines journey's choices, as real a set of long, similar options as the bot has. */
const milestones: AskOption[] = knowledge.deadlines!.milestones.map((m) => ({ title: m.label, value: m.id }));
const pick = (said: string) => pickOption(said, milestones)?.value;

const areas: AskOption[] = [
  { title: 'Dorset Council area', value: 'dorset', words: ['dorset', 'weymouth'] },
  { title: 'BCP Council area (Bournemouth, Christchurch or Poole)', value: 'bcp', words: ['bcp', 'poole'], wordsFirst: true },
  { title: 'Elsewhere in England', value: 'england', words: ['elsewhere'] },
  { title: 'Hidden one', value: 'hidden', hidden: true },
];

describe('choosing an option in the parent\'s own words', () => {
  it('the title or value itself', () => {
    expect(pick('I asked for an EHC needs assessment')).toBe('asked-for-assessment');
    expect(pickOption('bcp', areas)?.value).toBe('bcp');
  });

  it('a number is the option shown at that place (hidden options are not counted)', () => {
    expect(pick('2')).toBe('assessment-agreed');
    expect(pickOption('3', areas)?.value).toBe('england');
    expect(pickOption('4', areas)).toBeUndefined();
  });

  it('the option\'s words inside a longer reply, the wordsFirst option winning', () => {
    expect(pickOption('we live in Poole, Dorset', areas)?.value).toBe('bcp');
    expect(pickOption('near weymouth', areas)?.value).toBe('dorset');
  });

  it.each([
    ['I asked for an assessment', 'asked-for-assessment'],
    ['we asked for assessment', 'asked-for-assessment'],
    ['asked for an assesment', 'asked-for-assessment'],
    ['I have a medation certificate', 'mediation-certificate'],
    ['decision letter', 'decision-letter'],
    ['we got the draft plan', 'draft-plan-received'],
    ['I have recieved a draft EHC plan', 'draft-plan-received'],
    ['annual review', 'annual-review-meeting'],
    ['council agreed to assess', 'assessment-agreed'],
  ])('paraphrase or typo: "%s" → %s', (said, id) => {
    expect(pick(said)).toBe(id);
  });

  it('the first words of a title', () => {
    expect(pick('The council agreed')).toBe('assessment-agreed');
    expect(pick('Moving between colleges')).toBe('moving-between-colleges');
  });

  it.each([
    'we have not had the draft plan yet',
    'ehc plan',
    'my child moves',
    'How long do I have after the decision letter?',
    'banana',
  ])('chooses nothing when the words are turned round, fit several, are a question or fit none: "%s"', (said) => {
    expect(pick(said)).toBeUndefined();
  });
});

describe('a button named by its place, in words', () => {
  it.each([
    ['two', 2], ['the 2nd one', 2], ['second', 2], ['number 3', 3], ['option 2', 2], ['the first one', 1],
    ['2nd', 2], ['the third one please', 3], ['no 2', 2], ['one', 1], ['choice 4', 4], ['3', 3],
  ])('"%s" is place %i', (said, place) => {
    expect(positionFromWords(said)).toBe(place);
    expect(pick(said)).toBe(milestones[place - 1].value);
  });

  it.each(['no one', 'two weeks ago', 'the second letter came', 'first we asked for an assessment', 'number'])('"%s" is not a place', (said) => {
    expect(positionFromWords(said)).toBeUndefined();
  });

  it('a place past the buttons shown chooses nothing', () => {
    expect(pickOption('the fourth one', areas)).toBeUndefined();
  });
});

describe('the longest matching words win', () => {
  const words = (key: string) => knowledge.dialogText.localServices[key];
  const needs: AskOption[] = NEEDS.map((need) => ({ title: words(`need.${need}`), value: need, words: wordList(words(`need.${need}.words`)) }));
  it.each([
    ['mental health pls', 'mental-health'],
    ['health', 'health-diagnosis'],
    ['my son wont sleep', 'health-diagnosis'],
    ['sleep', 'health-diagnosis'],
    ['my child is 3', 'early-years'],
    ['she is under 5', 'early-years'],
    ['help with a 2 year old', 'early-years'],
    ['short breaks and respite', 'short-breaks-social-care'],
  ])('at the services menu "%s" → %s', (said, need) => {
    expect(pickOption(said, needs)?.value).toBe(need);
  });

  it('"my child is 13" is not early years', () => {
    expect(pickOption('my child is 13', needs)?.value).not.toBe('early-years');
  });

  it('two options matched by equally long words: neither', () => {
    expect(pickOption('anxiety and sleep', needs)).toBeUndefined();
  });
});

describe('whole replies', () => {
  const tour: AskOption[] = [
    { title: 'Next: the legal test', value: 'next' },
    { title: 'Draft the request letter', value: 'letter', words: ['draft the letter', 'yes'] },
    { title: "That's enough for now", value: 'done', replies: ['no', 'no thanks', 'no thank you'] },
  ];
  it('"no thanks" alone chooses its option, polite words aside', () => {
    expect(pickOption('no thanks', tour)?.value).toBe('done');
    expect(pickOption('No thank you!', tour)?.value).toBe('done');
    expect(pickOption('no pls', tour)?.value).toBe('done');
  });
  it('but not inside a longer reply', () => {
    expect(pickOption('no diagnosis needed', tour)).toBeUndefined();
    expect(pickOption('no, draft the letter', tour)?.value).toBe('letter');
  });
});

describe('a typed answer that is no answer', () => {
  const words = (key: string) => wordList(knowledge.dialogText.assessmentRights[key]);
  const lists = { unsure: words('field.unsure.words'), back: words('field.back.words'), menu: words('field.menu.words'), person: words('field.person.words') };
  it.each([
    ['no', 'unsure'], ['idk', 'unsure'], ['not sure', 'unsure'], ["I don't know", 'unsure'],
    ['back', 'back'], ['go back', 'back'], ['can I go back please', 'back'],
    ['main menu pls', 'menu'], ['take me to the menu', 'menu'],
    ['i want to talk to someone real', 'person'], ['speak to a real human please', 'person'],
  ])('"%s" is %s', (said, kind) => expect(notAnAnswer(said, lists)).toBe(kind));
  it.each(['Sam Smith', 'Noah', 'Will Back', 'He finds reading hard and I do not know why', 'none', 'not in school'])('"%s" is an answer', (said) => {
    expect(notAnAnswer(said, lists)).toBeUndefined();
  });
});

describe('word distance', () => {
  it('counts letters to change, and stops past the limit', () => {
    expect(editDistance('assesment', 'assessment')).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });
  it('allows one typo in a word of 4 or more letters, two in 8 or more, none in short words', () => {
    expect(sameWord('recieved', 'received')).toBe(true);
    expect(sameWord('plans', 'plan')).toBe(true);
    expect(sameWord('pan', 'plan')).toBe(false);
    expect(sameWord('an', 'on')).toBe(false);
    expect(sameWord('10', '11')).toBe(false);
  });
});
