import { describe, expect, it } from 'vitest';
import { disagreementsEntryIds } from '../dialogs/disagreements';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { DISAGREEMENT_STEP_ENTRIES as STEP_ENTRIES, journeyWords } from './helpers/journeys';

const NOW = new Date('2026-11-23T10:00:00Z');
const knowledge = realKnowledge();
const w = journeyWords('disagreements');
const t = (key: string) => knowledge.text(key);
const intro = () => w('intro').split('\n')[0];

/** Disagreements is started from Local services ("A disagreement"); the lead may also route it from words. */
async function start(channelId = 'test') {
  const bot = createTestBot({ now: NOW, channelId });
  await bot.say(t('menu.localServices'));
  await bot.say(knowledge.dialogText.localServices['area.dorset']);
  const replies = await bot.say(knowledge.dialogText.localServices['need.disagreement']);
  return { bot, replies };
}

/**
 * The disagreements steps inside the whole bot: started from Local services or Talk to a person (knowing the
 * area), the deadlines journey inside them, ending back where they were started, and as Teams and Web Chat
 * show them. The journey's own behaviour is test/dialogs/disagreements.test.ts; words that work at any of its
 * prompts are test/interruptions.test.ts.
 */
describe('disagreements', () => {
  it('every entry it relies on exists', () => {
    for (const id of disagreementsEntryIds) expect(knowledge.entry(id), id).toBeDefined();
    expect(Object.values(STEP_ENTRIES).flat().sort()).toEqual([...disagreementsEntryIds].sort());
  });

  it('each service is shown once per step, as a card with its sources', async () => {
    const { bot } = await start();
    const replies = await bot.say(w('step.mediation'));
    const titles = replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain(knowledge.service('dorset-sendiass')!.name);
  });

  it('started from Talk to a person, it knows the area too', async () => {
    const bot = createTestBot({ now: NOW });
    await bot.say(t('menu.talkToPerson'));
    await bot.say('Poole');
    await bot.say(knowledge.dialogText.talkToPerson['next.disagreement']);
    const seen = visibleText(await bot.say(w('step.sendiass')));
    expect(seen).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(seen).not.toContain(knowledge.service('dorset-sendiass')!.name);
  });

  it('the deadlines button starts the deadlines journey; when it ends, the steps come back', async () => {
    const { bot } = await start();
    let replies = await bot.say(w('deadlinesButton'));
    const deadlines = knowledge.dialogText.deadlines;
    expect(visibleText(replies)).toContain(deadlines.intro);
    replies = await bot.say('I have a decision letter I disagree with');
    replies = await bot.say('2 November 2026');
    expect(visibleText(replies)).toContain('2 January 2027'); // 2 months after the decision letter
    replies = await bot.say(deadlines['calendar.no']);
    // A decision has arrived, so the journey offers the next-step letter before it ends.
    expect(visibleText(replies)).toContain(deadlines['letters.offer']);
    replies = await bot.say(deadlines['letters.no']);
    expect(visibleText(replies)).toContain(intro());
  });

  it('"That\'s all, thanks" ends the steps and returns to where it was started from', async () => {
    const { bot } = await start();
    const replies = await bot.say(w('doneButton'));
    expect(visibleText(replies)).toContain(knowledge.dialogText.localServices['ask.next']);
  });

  it.each(['msteams', 'webchat'])('shows real buttons in %s', async (channelId) => {
    const { replies } = await start(channelId);
    expect(buttons(replies)).toContain(w('step.tribunal'));
    expect(buttons(replies)).toContain(w('deadlinesButton'));
  });
});
