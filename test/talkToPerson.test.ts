import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { expectAnsweredMidJourney, journeyWords } from './helpers/journeys';

const knowledge = realKnowledge();
const w = journeyWords('talkToPerson');
const area = (key: string) => knowledge.dialogText.localServices[key];
const t = (key: string) => knowledge.text(key);
const noHelpline: Config['helpline'] = { name: '', phone: '', hours: '', url: '' };
const fullHelpline: Config['helpline'] = { name: 'Dorset Parent Line (test)', phone: '01234 000000', hours: 'Monday to Friday, 9am to 5pm', url: 'https://example.org/help' };

const expectAnswered = (replies: Partial<Activity>[], question: string) => expectAnsweredMidJourney(replies, question, w('ask.carryOn'));

const cardTitles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title).filter(Boolean);

async function start(helpline = noHelpline, channelId = 'test') {
  const bot = createTestBot({ channelId, config: { helpline } });
  const replies = await bot.say(t('menu.talkToPerson'));
  return { bot, replies };
}

describe('talk to a person', () => {
  it.each([
    ['nonsense', 'asdf jkl'],
    ['an emoji', '📞'],
    ['a very long answer', 'please call me '.repeat(400)],
    ['a date', '3/3/26'],
    ['an empty message', ''],
  ])('re-asks the area kindly after %s', async (_label, said) => {
    const { bot } = await start();
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(visibleText(replies)).not.toContain('went wrong');
  });

  it('answers a question typed mid-dialog and carries on', async () => {
    const { bot } = await start();
    const replies = await bot.say('What does SENDIASS stand for?');
    expectAnswered(replies, 'What does SENDIASS stand for?');
    expect(visibleText(replies)).toContain(w('ask.area'));
  });

  it.each([
    ['help', 'help'],
    ['menu', 'menu.prompt'],
    ['restart', 'menu.prompt'],
    ['quit', 'cancel.done'],
    ['forget me', 'forgetMe.done'],
  ])('"%s" works in the middle', async (word, key) => {
    const { bot } = await start();
    await bot.say('Poole');
    const replies = await bot.say(word);
    expect(visibleText(replies)).toContain(t(key).split('\n')[0]);
    if (word === 'help') expect(visibleText(replies)).toContain(w('ask.next'));
  });

  it('a safety message mid-prompt gets safety help first, then the same question', async () => {
    const { bot } = await start();
    const replies = await bot.say('I want to end my life');
    expect(replies[0].text).toContain(knowledge.safety.emergency.split('\n')[0]);
    expect(visibleText(replies)).toContain(w('ask.area'));
  });

  it.each(['msteams', 'webchat'])('shows buttons and cards in %s', async (channelId) => {
    const { bot, replies } = await start(fullHelpline, channelId);
    expect(buttons(replies)).toContain(area('area.bcp'));
    const shown = await bot.say(area('area.bcp'));
    expect(cardTitles(shown)).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(buttons(shown)).toContain(w('next.disagreement'));
  });
});
