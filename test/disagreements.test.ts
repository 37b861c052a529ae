import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { disagreementsEntryIds } from '../dialogs/disagreements';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { expectAnsweredMidJourney, journeyWords, offered } from './helpers/journeys';

const NOW = new Date('2026-11-23T10:00:00Z');
const knowledge = realKnowledge();
const w = journeyWords('disagreements');
const t = (key: string) => knowledge.text(key);
const answerStart = (id: string) => knowledge.entry(id)!.answer.split('\n')[0];
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

const expectAnswered = (replies: Partial<Activity>[], question: string) => expectAnsweredMidJourney(replies, question, w('ask.carryOn'));


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

  for (const key of STEP_KEYS) {
    it(`"${key}" shows its entries with sources, then offers the next step`, async () => {
      const { bot } = await start();
      const replies = await bot.say(w(`step.${key}`));
      const seen = visibleText(replies);
      for (const id of STEP_ENTRIES[key]) {
        expect(seen).toContain(answerStart(id));
        expect(seen).toContain('Source:');
      }
      const index = STEP_KEYS.indexOf(key);
      const next = STEP_KEYS[index + 1];
      const options = offered(replies);
      if (next) expect(options[0]).toBe(`${w('next.prefix')} ${w(`step.${next}`)}`);
      else expect(options[0]).toBe(w('allSteps'));
      expect(options).toContain(w('deadlinesButton'));
    });
  }

  it('"Next:" walks every step in order, and "See all the steps" lists them again', async () => {
    const { bot } = await start();
    let replies = await bot.say(w('step.school'));
    for (const key of STEP_KEYS.slice(1)) {
      replies = await bot.say(`${w('next.prefix')} ${w(`step.${key}`)}`);
      expect(visibleText(replies)).toContain(answerStart(STEP_ENTRIES[key][0]));
    }
    replies = await bot.say(w('allSteps'));
    expect(visibleText(replies)).toContain(intro());
  });

  it('a step not shown as a button can still be typed ("ombudsman")', async () => {
    const { bot } = await start();
    await bot.say(w('step.school'));
    const replies = await bot.say('ombudsman');
    expect(visibleText(replies)).toContain(answerStart('ombudsman-lgsco'));
  });

  it('each service is shown once per step, as a card with its sources', async () => {
    const { bot } = await start();
    const replies = await bot.say(w('step.mediation'));
    const titles = replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toContain(knowledge.service('dorset-sendiass')!.name);
  });

  it('for a BCP family, leaves out Dorset-only entries and Dorset services', async () => {
    const { bot } = await start('test', 'area.bcp');
    let replies = await bot.say(w('step.complaints'));
    let seen = visibleText(replies);
    expect(knowledge.entry('complain-to-the-council')!.region).toBe('dorset');
    expect(seen).not.toContain(answerStart('complain-to-the-council'));
    expect(seen).toContain(answerStart('ombudsman-lgsco'));
    replies = await bot.say(w('step.mediation'));
    seen = visibleText(replies);
    expect(seen).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(seen).not.toContain(knowledge.service('dorset-sendiass')!.name);
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
    expect(visibleText(replies)).toContain(intro());
  });

  it('"That\'s all, thanks" ends the steps and returns to where it was started from', async () => {
    const { bot } = await start();
    const replies = await bot.say(w('doneButton'));
    expect(visibleText(replies)).toContain(knowledge.dialogText.localServices['ask.next']);
  });

  it('answers a question typed mid-dialog (not taken as a step) and carries on', async () => {
    const { bot } = await start();
    const question = 'How long do I have to appeal to the tribunal?';
    const replies = await bot.say(question);
    const seen = visibleText(replies);
    expectAnswered(replies, question);
    expect(seen).toContain(w('prompt.first'));
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
