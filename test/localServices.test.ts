import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { localServicesEntryIds } from '../dialogs/localServices';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords, offered } from './helpers/journeys';

const knowledge = realKnowledge();
const w = journeyWords('localServices');
const t = (key: string) => knowledge.text(key);

/** The service cards shown, by title. */
const cardTitles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.hero')
    .map((a) => (a.content as { title?: string }).title).filter((x): x is string => Boolean(x));

async function atNeed(area: string, channelId = 'test') {
  const bot = createTestBot({ channelId });
  await bot.say(t('menu.localServices'));
  const replies = await bot.say(area);
  expect(visibleText(replies)).toContain(w('ask.need'));
  return bot;
}

describe('local services', () => {
  it('every entry and Local Offer it relies on exists', () => {
    for (const id of localServicesEntryIds) expect(knowledge.entry(id), id).toBeDefined();
    for (const id of ['dorset-local-offer', 'bcp-local-offer']) expect(knowledge.service(id), id).toBeDefined();
  });

  it.each([
    ['nonsense', 'qwerty uiop'],
    ['an emoji', '🏠'],
    ['a very long answer', 'far away '.repeat(500)],
    ['a date', '12/03/2019'],
    ['an empty message', '  '],
  ])('re-asks the area kindly after %s', async (_label, said) => {
    const bot = createTestBot();
    await bot.say(t('menu.localServices'));
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(visibleText(replies)).not.toContain('went wrong');
  });

  it.each([
    ['nonsense', 'zzzz'],
    ['an emoji', '🤷'],
    ['a very long answer', 'hmm '.repeat(800)],
    ['an empty message', ''],
    ['a date', '5 May 2024'],
  ])('re-asks the kind of help kindly after %s', async (_label, said) => {
    const bot = await atNeed(w('area.dorset'));
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('ask.need'));
    expect(offered(replies)).toContain(w('need.mental-health'));
  });

  it.each([
    ['help', 'help'],
    ['menu', 'menu.prompt'],
    ['start over', 'menu.prompt'],
    ['cancel', 'cancel.done'],
    ['forget me', 'forgetMe.done'],
  ])('"%s" works in the middle', async (word, key) => {
    const bot = await atNeed(w('area.bcp'));
    const replies = await bot.say(word);
    expect(visibleText(replies)).toContain(t(key).split('\n')[0]);
    if (word === 'help') expect(visibleText(replies)).toContain(w('ask.need'));
    else expect(visibleText(replies)).not.toContain(w('ask.need'));
  });

  it('a safety message mid-prompt gets safety help first, then the same question', async () => {
    const bot = await atNeed(w('area.bcp'));
    const replies = await bot.say('my daughter is missing');
    expect(replies[0].text).toContain(knowledge.safety.emergency.split('\n')[0]);
    expect(visibleText(replies)).toContain(t('safety.carryOn'));
    expect(visibleText(replies)).toContain(w('ask.need'));
  });

  it.each(['msteams', 'webchat'])('shows buttons and cards in %s', async (channelId) => {
    const bot = await atNeed(w('area.dorset'), channelId);
    const replies = await bot.say(w('need.mental-health'));
    expect(cardTitles(replies)).toContain(knowledge.service('dorset-camhs')!.name);
    expect(buttons(replies)).toEqual([w('next.anotherNeed'), w('next.anotherArea'), w('next.done')]);
  });
});
