import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { localServicesEntryIds } from '../dialogs/localServices';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

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

/**
 * Local services inside the whole bot: from the menu to the services and back to the menu, the hand-over to
 * the disagreements steps and back, and as Teams and Web Chat show it. The journey's own behaviour is
 * test/dialogs/localServices.test.ts; words that work at any of its prompts are test/interruptions.test.ts.
 */
describe('local services', () => {
  it('every entry and Local Offer it relies on exists', () => {
    for (const id of localServicesEntryIds) expect(knowledge.entry(id), id).toBeDefined();
    for (const id of ['dorset-local-offer', 'bcp-local-offer']) expect(knowledge.service(id), id).toBeDefined();
  });

  it('"Another kind of help" keeps the area; "A different area" asks again; "That\'s all" ends', async () => {
    const bot = await atNeed('we live in Poole');
    await bot.say(w('need.parent-support'));
    let replies = await bot.say(w('next.anotherNeed'));
    expect(visibleText(replies)).toContain(w('ask.need'));
    replies = await bot.say(w('need.early-years'));
    expect(cardTitles(replies)).toContain(knowledge.service('bcp-portage')!.name);
    replies = await bot.say(w('next.anotherArea'));
    expect(visibleText(replies)).toContain(w('ask.area'));
    await bot.say('Weymouth');
    replies = await bot.say('early years');
    expect(cardTitles(replies)).not.toContain(knowledge.service('bcp-portage')!.name);
    replies = await bot.say(w('next.done'));
    expect(visibleText(replies)).toContain(t('menu.again'));
  });

  it('"no thanks" at "What would you like to do now?" ends the journey as "That\'s all, thanks" does', async () => {
    const bot = await atNeed(w('area.dorset'));
    const shown = await bot.say(w('need.parent-support'));
    expect(visibleText(shown)).toContain(w('ask.next'));
    const replies = await bot.say('no thanks');
    expect(visibleText(replies)).not.toContain(w('ask.notUnderstood'));
    expect(visibleText(replies)).toContain(t('menu.again'));
  });

  it('"A disagreement" hands over to the disagreements journey', async () => {
    const bot = await atNeed(w('area.dorset'));
    const replies = await bot.say(w('need.disagreement'));
    expect(visibleText(replies)).toContain(knowledge.dialogText.disagreements.intro.split('\n')[0]);
    // Finishing the disagreements journey comes back here.
    const back = await bot.say(knowledge.dialogText.disagreements.doneButton);
    expect(visibleText(back)).toContain(w('ask.next'));
  });

  it.each(['msteams', 'webchat'])('shows buttons and cards in %s', async (channelId) => {
    const bot = await atNeed(w('area.dorset'), channelId);
    const replies = await bot.say(w('need.mental-health'));
    expect(cardTitles(replies)).toContain(knowledge.service('dorset-camhs')!.name);
    expect(buttons(replies)).toEqual([w('next.anotherNeed'), w('next.anotherArea'), w('next.done')]);
  });
});
