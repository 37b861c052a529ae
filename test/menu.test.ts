import { describe, expect, it } from 'vitest';
import { recogniseInterruption, recogniseMenuChoice, saysPhrase } from '../src/core/menu';
import { createTestBot, realKnowledge, visibleText } from './helpers/testBot';

const k = realKnowledge();
const text = (key: string) => k.text(key);

describe('recognising a menu choice from what a parent typed', () => {
  it.each([
    ['Assessment rights', 'assessmentRights'],
    ['2', 'deadlines'],
    ['timescales & deadlines', 'deadlines'],
    ['I want to ask for an assessment', 'assessmentRights'],
    ['when is my deadline', 'deadlines'],
    ['can I talk to a real person please', 'talkToPerson'],
    ['local services', 'localServices'],
    ['local servces', 'localServices'],
    ['asessment rights', 'assessmentRights'],
    ['talk to a persn', 'talkToPerson'],
  ])('"%s" → %s', (said, choice) => {
    expect(recogniseMenuChoice(said, text)).toBe(choice);
  });

  it.each([
    'how long does the council have to decide on an assessment',
    'what is the deadline for the council to send the final plan',
    'i have a question about my sons ehcp and his new school next year',
    '9',
    '',
  ])('leaves a real question (or nonsense) for the matcher: "%s"', (said) => {
    expect(recogniseMenuChoice(said, text)).toBeUndefined();
  });
});

describe('journey phrases', () => {
  const phrases = 'appeal; send tribunal; make a complaint';
  it('start a journey when the message is the phrase, or the phrase and a few words', () => {
    expect(saysPhrase('Appeal', phrases)).toBe(true);
    expect(saysPhrase('I want to appeal', phrases)).toBe(true);
    expect(saysPhrase('how do I make a complaint', phrases)).toBe(true);
  });
  it('do not swallow a longer question that happens to contain one', () => {
    expect(saysPhrase('how long do I have to appeal to the send tribunal after the decision', phrases)).toBe(false);
    expect(saysPhrase('appealing', phrases)).toBe(false);
  });
});

describe('interruption words', () => {
  it.each([
    ['MENU', 'menu'],
    ['start again', 'startOver'],
    ['Cancel.', 'cancel'],
    ['forget me', 'forgetMe'],
    ['help!', 'help'],
    ['talk to a person', 'talkToPerson'],
    ['Can I speak to someone please?', 'talkToPerson'],
    ['human', 'talkToPerson'],
    ['forget', 'forgetMe'],
    // Other words from knowledge/messages.yaml, as parents type them in the middle of a journey.
    ['restart', 'startOver'],
    ['quit', 'cancel'],
    ['stop', 'cancel'],
    ['main menu', 'menu'],
    ['delete my data', 'forgetMe'],
  ])('"%s" → %s', (said, kind) => {
    expect(recogniseInterruption(said, text)).toBe(kind);
  });
  it('only as the whole message: a question that uses the word is not an interruption', () => {
    expect(recogniseInterruption('what help can my child get at school', text)).toBeUndefined();
    expect(recogniseInterruption('can they stop his support', text)).toBeUndefined();
    expect(recogniseInterruption('can I speak to someone about his ehcp review', text)).toBeUndefined();
    expect(recogniseInterruption('please', text)).toBeUndefined();
  });
});

describe('journeys asked for in words, in a conversation', () => {
  it('"I disagree with the council" starts the disagreements journey, which is not on the menu', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say('I disagree with the council');
    expect(visibleText(replies)).toContain(k.dialogText.disagreements.intro.trim().split('\n')[0]);
  });

  it('"when is my deadline" starts the deadlines journey', async () => {
    const bot = createTestBot({ now: new Date('2026-11-23T12:00:00Z') });
    await bot.join();
    const replies = await bot.say('when is my deadline');
    expect(visibleText(replies)).not.toContain(k.text('question.noAnswer'));
    expect(visibleText(replies)).not.toContain(k.text('menu.comingSoon'));
  });
});
