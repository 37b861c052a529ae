import { describe, expect, it } from 'vitest';
import { typedNumber } from '../dialogs/mainDialog';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

/**
 * Outside the journeys a typed number picks the button last shown: a "Did you mean…" option, an answer's
 * follow-up, the main menu only when the menu is on screen, and nothing after a crisis reply.
 */

const k = realKnowledge();
const t = (key: string) => k.text(key);
const ar = journeyWords('assessmentRights');
const dl = journeyWords('deadlines');
const menuTitles = ['assessmentRights', 'deadlines', 'localServices', 'askQuestion', 'talkToPerson'].map((c) => t(`menu.${c}`));
const notShown = (n: number) => t('choice.numberNotShown').replace('{number}', String(n));
const DID_YOU_MEAN = 'do i need a special form to ask for an assessment';

/** A Web Chat conversation that has taken these steps; returns the bot and the buttons now on screen. */
async function after(steps: string[]) {
  const bot = createTestBot({ channelId: 'webchat' });
  let shown = buttons(await bot.join());
  for (const step of steps) shown = buttons(await bot.say(step));
  return { bot, shown };
}

describe('a number picks the button on screen', () => {
  it.each([
    ['2', 2], ['option 2', 2], ['Number 3', 3], ['1.', 1], ['two', 2], ['the 2nd one', 2], ['the second one please', 2],
    ['0', undefined], ['2 weeks', undefined], ['3/3/26', undefined],
  ])('"%s" is button %s', (said, n) => {
    expect(typedNumber(said)).toBe(n);
  });

  it('after "Did you mean…", "1" is the first suggestion, not the Assessment rights journey', async () => {
    const { bot, shown } = await after([DID_YOU_MEAN]);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).not.toEqual(menuTitles);
    const byNumber = visibleText(await bot.say('1'));
    const { bot: other } = await after([DID_YOU_MEAN]);
    const byPress = visibleText(await other.say(shown[0]!));
    expect(byNumber).toBe(byPress);
    expect(byNumber).not.toContain(ar('tour.prompt').split('\n')[0]);
  });

  it('after an answer with follow-ups, "2" is the second button, not Timescales & deadlines', async () => {
    const { bot, shown } = await after([DID_YOU_MEAN, '1']);
    expect(shown[1]).toBeDefined();
    expect(shown[1]).not.toBe(t('menu.deadlines'));
    const byNumber = visibleText(await bot.say('2'));
    const { bot: other } = await after([DID_YOU_MEAN, '1']);
    expect(byNumber).toBe(visibleText(await other.say(shown[1]!)));
    expect(byNumber).not.toContain(dl('milestone.prompt').split('\n')[0]);
  });

  it.each(['two', 'the 2nd one'])('after an answer, %j is the second button too, not Timescales & deadlines', async (said) => {
    const { bot, shown } = await after([DID_YOU_MEAN, '1']);
    const byWords = visibleText(await bot.say(said));
    const { bot: other } = await after([DID_YOU_MEAN, '1']);
    expect(byWords).toBe(visibleText(await other.say(shown[1]!)));
    expect(byWords).not.toContain(dl('milestone.prompt').split('\n')[0]);
  });

  it('with the main menu on screen, "2" starts Timescales & deadlines as pressing it does', async () => {
    const { bot, shown } = await after([]);
    expect(shown).toEqual(menuTitles);
    const byNumber = visibleText(await bot.say('2'));
    const { bot: other } = await after([]);
    expect(byNumber).toBe(visibleText(await other.say(t('menu.deadlines'))));
    expect(byNumber).toContain(dl('milestone.prompt').split('\n')[0]);
  });

  it('a number no button has says so and shows the menu', async () => {
    const { bot } = await after([]);
    const replies = await bot.say('9');
    expect(visibleText(replies)).toContain(notShown(9));
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it('after a crisis reply, "1" is not the main menu\'s first item', async () => {
    const { bot } = await after([]);
    await bot.say('I want to kill myself');
    const replies = await bot.say('1');
    expect(visibleText(replies)).toContain(notShown(1));
    expect(visibleText(replies)).not.toContain(ar('tour.prompt').split('\n')[0]);
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it('after "Type your question", a number is not a menu choice', async () => {
    const { bot } = await after([t('menu.askQuestion')]);
    const replies = await bot.say('1');
    expect(visibleText(replies)).toContain(notShown(1));
  });
});
