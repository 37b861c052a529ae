import { describe, expect, it } from 'vitest';
import { editDistance, pickOption, sameWord, type AskOption } from '../src/core/choice';
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
