import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { Config } from '../src/config';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

const knowledge = realKnowledge();
const w = journeyWords('talkToPerson');
const area = (key: string) => knowledge.dialogText.localServices[key];
const t = (key: string) => knowledge.text(key);
const noHelpline: Config['helpline'] = { name: '', phone: '', hours: '', url: '' };
const fullHelpline: Config['helpline'] = { name: 'Dorset Parent Line (test)', phone: '01234 000000', hours: 'Monday to Friday, 9am to 5pm', url: 'https://example.org/help' };

const cardTitles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title).filter(Boolean);

async function start(helpline = noHelpline, channelId = 'test') {
  const bot = createTestBot({ channelId, config: { helpline } });
  const replies = await bot.say(t('menu.talkToPerson'));
  return { bot, replies };
}

/**
 * Talk to a person inside the whole bot: from the menu, on to the disagreements steps and back to the menu,
 * and as Teams and Web Chat show it. The journey's own behaviour is test/dialogs/talkToPerson.test.ts;
 * words that work at any of its prompts are test/interruptions.test.ts.
 */
describe('talk to a person', () => {
  it('"A disagreement" starts the disagreements steps; "A different area" asks again; "That\'s all" ends', async () => {
    const { bot } = await start(fullHelpline);
    await bot.say('Bournemouth');
    let replies = await bot.say(w('next.disagreement'));
    expect(visibleText(replies)).toContain(knowledge.dialogText.disagreements.intro.split('\n')[0]);
    replies = await bot.say(knowledge.dialogText.disagreements.doneButton);
    expect(visibleText(replies)).toContain(t('menu.again'));

    await bot.say(t('menu.talkToPerson'));
    await bot.say('Dorset');
    replies = await bot.say(w('next.anotherArea'));
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(visibleText(replies)).not.toContain(fullHelpline.phone); // the helpline is not repeated
    await bot.say(area('area.england'));
    replies = await bot.say(w('next.done'));
    expect(visibleText(replies)).toContain(t('menu.again'));
  });

  it.each(['msteams', 'webchat'])('shows buttons and cards in %s', async (channelId) => {
    const { bot, replies } = await start(fullHelpline, channelId);
    expect(buttons(replies)).toContain(area('area.bcp'));
    const shown = await bot.say(area('area.bcp'));
    expect(cardTitles(shown)).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(buttons(shown)).toContain(w('next.disagreement'));
  });
});
