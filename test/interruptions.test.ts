import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

/**
 * Words that work anywhere are never taken as the answer to a journey's question: at every prompt of
 * every journey, "talk to a person", "help", "menu", "start over", "forget me", "cancel" and a question
 * each do what they say, and the question being asked is not filled in with them.
 */

const NOW = new Date('2026-11-23T10:00:00Z');
const knowledge = realKnowledge();
const t = (key: string) => knowledge.text(key);
const ar = journeyWords('assessmentRights');
const dl = journeyWords('deadlines');
const ls = journeyWords('localServices');
const tp = journeyWords('talkToPerson');
const dg = journeyWords('disagreements');
const showing = t('area.showing').split('{')[0];
const requestQuestion = knowledge.deadlines!.milestones.find((m) => m.id === 'asked-for-assessment')!.dates[0].question.trim();

/** Each prompt: how to get there from a new conversation, and words of the question asked there. */
const toLetter = [t('menu.assessmentRights'), ar('letter.offerButton'), ar('letter.council.dorset')];
const PROMPTS: Array<{ name: string; steps: string[]; asks: string }> = [
  { name: 'assessment rights: the tour', steps: [t('menu.assessmentRights')], asks: ar('tour.prompt') },
  { name: 'assessment rights: the council', steps: [t('menu.assessmentRights'), ar('letter.offerButton')], asks: ar('letter.ask.council') },
  { name: 'letter: child\'s name', steps: toLetter, asks: ar('letter.ask.childName') },
  { name: 'letter: date of birth', steps: [...toLetter, 'Sam Smith'], asks: ar('letter.ask.dateOfBirth') },
  { name: 'letter: school', steps: [...toLetter, 'Sam Smith', '1/2/2015'], asks: ar('letter.ask.school') },
  { name: 'letter: difficulties', steps: [...toLetter, 'Sam Smith', '1/2/2015', 'Hill School'], asks: ar('letter.ask.difficulties') },
  { name: 'letter: support tried', steps: [...toLetter, 'Sam Smith', '1/2/2015', 'Hill School', 'Reading is hard'], asks: ar('letter.ask.supportTried') },
  { name: 'letter: parent\'s name', steps: [...toLetter, 'Sam Smith', '1/2/2015', 'Hill School', 'Reading is hard', 'Extra reading help'], asks: ar('letter.ask.parentName') },
  { name: 'deadlines: the milestone', steps: [t('menu.deadlines')], asks: dl('milestone.prompt') },
  { name: 'deadlines: the date', steps: [t('menu.deadlines'), 'I asked for an EHC needs assessment'], asks: requestQuestion },
  { name: 'deadlines: the calendar', steps: [t('menu.deadlines'), 'I asked for an EHC needs assessment', '20/11/2026'], asks: dl('calendar.offer') },
  { name: 'local services: the area', steps: [t('menu.localServices')], asks: ls('ask.area') },
  { name: 'local services: the need', steps: [t('menu.localServices'), ls('area.dorset')], asks: ls('ask.need') },
  { name: 'local services: what next', steps: [t('menu.localServices'), ls('area.dorset'), ls('need.information-advice')], asks: ls('ask.next') },
  { name: 'talk to a person: the area', steps: [t('menu.talkToPerson')], asks: tp('ask.area') },
  { name: 'talk to a person: what next', steps: [t('menu.talkToPerson'), ls('area.bcp')], asks: tp('ask.next') },
  { name: 'disagreements: the first step', steps: [t('menu.talkToPerson'), ls('area.bcp'), tp('next.disagreement')], asks: dg('prompt.first') },
  { name: 'disagreements: the next step', steps: [t('menu.talkToPerson'), ls('area.bcp'), tp('next.disagreement'), dg('step.school')], asks: dg('prompt.next') },
];

async function at(steps: string[]) {
  const bot = createTestBot({ now: NOW, storage: new MemoryStorage() });
  let last = '';
  for (const step of steps) last = visibleText(await bot.say(step));
  return { bot, last };
}

/** The opening words of a prompt: enough to recognise it, whatever comes after. */
const start = (prompt: string) => prompt.split('\n')[0].slice(0, 40);

describe.each(PROMPTS)('at "$name"', ({ steps, asks }) => {
  it('the steps lead to that question', async () => {
    const { last } = await at(steps);
    expect(last).toContain(start(asks));
  });

  it.each(['talk to a person', 'speak to someone', 'Can I speak to someone?', 'human'])('"%s" starts Talk to a person', async (words) => {
    const { bot } = await at(steps);
    const seen = visibleText(await bot.say(words));
    // Where the family lives is asked, unless it was given earlier in the conversation.
    expect(seen.includes(tp('ask.area')) || (seen.includes(showing) && seen.includes(tp('ask.next')))).toBe(true);
    if (!asks.startsWith(tp('ask.area'))) expect(seen).toContain(t('interrupt.talkToPerson.leaving'));
    expect(seen).not.toContain(dl('problem.unrecognised'));
    expect(seen).not.toContain(ls('ask.notUnderstood'));
  });

  it('"help" shows the help, then asks the same question again', async () => {
    const { bot } = await at(steps);
    const seen = visibleText(await bot.say('help'));
    expect(seen).toContain(t('help').split('\n')[0]);
    expect(seen).toContain(start(asks));
  });

  it.each(['menu', 'start over'])('"%s" goes back to the menu', async (words) => {
    const { bot } = await at(steps);
    const seen = visibleText(await bot.say(words));
    expect(seen).toContain(t('menu.prompt'));
    expect(seen).not.toContain(start(asks));
  });

  it('"cancel" stops the journey', async () => {
    const { bot } = await at(steps);
    expect(visibleText(await bot.say('cancel'))).toContain(t('cancel.done'));
  });

  it('"forget me" deletes the conversation', async () => {
    const { bot } = await at(steps);
    expect(visibleText(await bot.say('forget me'))).toContain(t('forgetMe.done').split('.')[0]);
  });

  it('a question is answered, and the question being asked is not filled in with it', async () => {
    const { bot } = await at(steps);
    const question = 'How long does the council have to decide whether to assess?';
    const seen = visibleText(await bot.say(question));
    expect(seen).toContain(knowledge.entry('ehc-assessment-decision-6-weeks')!.answer.split('\n')[0]);
    // At the calendar offer a question is answered and the journey ends; everywhere else the same question comes back.
    if (asks !== dl('calendar.offer')) expect(seen).toContain(start(asks));
    expect(seen).not.toContain(dl('problem.unrecognised'));
  });
});

describe('a question at a name or date question is never stored as the answer', () => {
  it.each(['what do I put here', 'when is my deadline'])('"%s" at the child\'s name', async (words) => {
    const { bot } = await at(toLetter);
    const seen = visibleText(await bot.say(words));
    expect(seen).toContain(ar('letter.ask.childName'));
    expect(seen).not.toContain(ar('letter.ask.dateOfBirth'));
  });
});
