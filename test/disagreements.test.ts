import { describe, expect, it } from 'vitest';
import { disagreementsEntryIds } from '../dialogs/disagreements';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords, offered } from './helpers/journeys';

const NOW = new Date('2026-11-23T10:00:00Z');
const knowledge = realKnowledge();
const w = journeyWords('disagreements');
const t = (key: string) => knowledge.text(key);
const intro = () => w('intro').split('\n')[0];
const STEP_KEYS = ['school', 'sendiass', 'resolution', 'mediation', 'tribunal', 'complaints'];
const STEP_ENTRIES: Record<string, string[]> = {
  school: ['unhappy-with-school-sen-support'],
  sendiass: ['free-advice-for-a-disagreement'],
  resolution: ['disagreement-resolution'],
  mediation: ['mediation-what-it-is', 'mediation-certificate'],
  tribunal: ['send-tribunal-what-can-be-appealed', 'send-tribunal-appeal-deadline'],
  complaints: ['complain-to-the-council', 'ombudsman-lgsco'],
};


/** Disagreements is started from Local services ("A disagreement"); the lead may also route it from words. */
async function start(channelId = 'test', areaKey = 'area.dorset') {
  const bot = createTestBot({ now: NOW, channelId });
  await bot.say(t('menu.localServices'));
  await bot.say(knowledge.dialogText.localServices[areaKey]);
  const replies = await bot.say(knowledge.dialogText.localServices['need.disagreement']);
  return { bot, replies };
}

describe('disagreements', () => {
  it('every entry it relies on exists', () => {
    for (const id of disagreementsEntryIds) expect(knowledge.entry(id), id).toBeDefined();
    expect(Object.values(STEP_ENTRIES).flat().sort()).toEqual([...disagreementsEntryIds].sort());
  });

  it('lists the steps from the most informal to the most formal, with the deadlines one tap away', async () => {
    const { replies } = await start();
    const seen = visibleText(replies);
    expect(seen).toContain(intro());
    expect(seen.indexOf('SENCO')).toBeLessThan(seen.indexOf('SENDIASS'));
    expect(seen.indexOf('Mediation')).toBeLessThan(seen.indexOf('SEND Tribunal'));
    expect(offered(replies)).toEqual([...STEP_KEYS.map((k) => w(`step.${k}`)), w('deadlinesButton'), w('doneButton')]);
  });

  it.each([
    ['nonsense', 'blarg fnord'],
    ['an emoji', '😡'],
    ['a very long answer', 'they never listen '.repeat(300)],
    ['a date', '01/09/2026'],
    ['an empty message', ' '],
  ])('re-asks kindly after %s', async (_label, said) => {
    const { bot } = await start();
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('prompt.first'));
    expect(visibleText(replies)).not.toContain('went wrong');
  });

  it.each([
    ['help', 'help'],
    ['main menu', 'menu.prompt'],
    ['start again', 'menu.prompt'],
    ['stop', 'cancel.done'],
    ['delete my data', 'forgetMe.done'],
  ])('"%s" works in the middle', async (word, key) => {
    const { bot } = await start();
    const replies = await bot.say(word);
    expect(visibleText(replies)).toContain(t(key).split('\n')[0]);
    if (word === 'help') expect(visibleText(replies)).toContain(w('prompt.first'));
  });

  it('a safety message mid-prompt gets safety help first, then the same question', async () => {
    const { bot } = await start();
    const replies = await bot.say('he hit me and I am scared to go home');
    expect(replies[0].text).toContain(knowledge.safety.emergency.split('\n')[0]);
    expect(visibleText(replies)).toContain(w('prompt.first'));
  });

  it.each(['msteams', 'webchat'])('shows real buttons in %s', async (channelId) => {
    const { replies } = await start(channelId);
    expect(buttons(replies)).toContain(w('step.tribunal'));
    expect(buttons(replies)).toContain(w('deadlinesButton'));
  });
});
