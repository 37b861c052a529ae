import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { recogniseInterruption } from '../src/core/menu';
import { createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

/**
 * The words that work anywhere, said in other words: each paraphrase does exactly what the exact words
 * do, at the menu, after an answer and at journey prompts, and is never taken as the prompt's answer.
 */

const NOW = new Date('2026-11-23T10:00:00Z');
const knowledge = realKnowledge();
const t = (key: string) => knowledge.text(key);
const ar = journeyWords('assessmentRights');
const ls = journeyWords('localServices');

const PARAPHRASES: Array<[string, string]> = [
  ['i want to talk to someone real', 'talk to a person'],
  ['can i speak to a real person', 'talk to a person'],
  ['is there a human', 'talk to a person'],
  ['is there someone i can talk to', 'talk to a person'],
  ['main menu pls', 'menu'],
  ['go back to the menu', 'menu'],
  ['start again please', 'start over'],
  ['start from the beginning', 'start over'],
];

const PLACES: Array<{ name: string; steps: string[] }> = [
  { name: 'the menu', steps: [] },
  { name: 'after an answer', steps: ['what is a SENCO'] },
  { name: "the letter: child's name", steps: [t('menu.assessmentRights'), ar('letter.offerButton'), ar('letter.council.dorset')] },
  { name: 'deadlines: the date', steps: [t('menu.deadlines'), 'I asked for an EHC needs assessment'] },
  { name: 'local services: the area', steps: [t('menu.localServices')] },
  { name: 'local services: the need', steps: [t('menu.localServices'), ls('area.dorset')] },
];

async function reply(steps: string[], words: string): Promise<string> {
  const bot = createTestBot({ now: NOW, storage: new MemoryStorage(), channelId: 'webchat' });
  await bot.join();
  for (const step of steps) await bot.say(step);
  return visibleText(await bot.say(words));
}

describe('escape words in other words', () => {
  it.each(PARAPHRASES)('"%s" is recognised as "%s"', (said, exact) => {
    const kind = recogniseInterruption(exact, t);
    expect(kind).toBeDefined();
    expect(recogniseInterruption(said, t)).toBe(kind);
  });

  it.each([
    'can the SENCO talk to the EP?',
    'can i talk to someone about his ehcp review',
    'is there a human on the panel',
    'go to school',
    'start again at a new school',
    'the menu at school is a problem',
  ])('"%s" only mentions a person or a word: not an escape', (said) => {
    expect(recogniseInterruption(said, t)).toBeUndefined();
  });

  describe.each(PLACES)('at $name', ({ steps }) => {
    it.each(PARAPHRASES)('"%s" does what "%s" does', async (said, exact) => {
      const [paraphrased, original] = await Promise.all([reply(steps, said), reply(steps, exact)]);
      expect(paraphrased).toBe(original);
    });
  });
});
