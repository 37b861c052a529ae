import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { safetyText } from '../src/core/render';
import { parseIcs } from '../src/core/calendar';
import type { DeadlinesFile } from '../src/core/deadlineRules';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';

// Monday 23 November 2026, midday in London.
const NOW = new Date('2026-11-23T12:00:00Z');
const knowledge = realKnowledge();
const rules = knowledge.deadlines as DeadlinesFile;
const words = knowledge.dialogText.deadlines;
const say = (key: string, values: Record<string, string> = {}) =>
  words[key].replace(/\{(\w+)\}/g, (w, n: string) => values[n] ?? w);
const label = (id: string) => rules.milestones.find((m) => m.id === id)!.label;
const question = (id: string, i = 0) => rules.milestones.find((m) => m.id === id)!.dates[i].question;

/** A bot already at the deadlines journey's first question. */
async function atMilestoneQuestion(options: { now?: Date; channelId?: string } = {}) {
  const bot = createTestBot({ now: options.now ?? NOW, channelId: options.channelId });
  await bot.join();
  const replies = await bot.say(knowledge.text('menu.deadlines'));
  return { bot, replies };
}

/** Runs a whole journey and returns the replies of every turn. */
async function journey(milestoneId: string, answers: string[], now = NOW) {
  const { bot } = await atMilestoneQuestion({ now });
  const turns: Array<Partial<Activity>[]> = [await bot.say(label(milestoneId))];
  for (const answer of answers) turns.push(await bot.say(answer));
  return { bot, turns, all: turns.map(visibleText).join('\n') };
}

function icsOf(replies: Partial<Activity>[]): string {
  const attachment = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'text/calendar');
  expect(attachment, 'a text/calendar attachment').toBeDefined();
  expect(attachment!.name).toBe('send-deadlines.ics');
  const [head, data] = String(attachment!.contentUrl).split(',');
  expect(head).toBe('data:text/calendar;base64');
  return Buffer.from(data, 'base64').toString('utf8');
}

describe('starting the journey', () => {
  it('the menu choice starts it and offers every milestone as a button', async () => {
    const { replies } = await atMilestoneQuestion({ channelId: 'webchat' });
    const text = visibleText(replies);
    expect(text).toContain(say('intro'));
    expect(text).toContain(say('milestone.prompt'));
    expect(buttons(replies)).toEqual(rules.milestones.map((m) => m.label));
  });
  it('renders the choices as an Adaptive Card in Teams', async () => {
    const { replies } = await atMilestoneQuestion({ channelId: 'msteams' });
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
    expect(buttons(replies)).toHaveLength(rules.milestones.length);
  });
  it.each([
    ['we got the draft', 'draft-plan-received'],
    ['Mediation certificate', 'mediation-certificate'],
    ['annual review', 'annual-review-meeting'],
    ['the decision letter', 'decision-letter'],
    ['they agreed!', 'assessment-agreed'],
    ['moving to sixth form', 'moving-to-post16'],
  ])('a milestone named in a few words (%j) is picked', async (typed, id) => {
    const { bot } = await atMilestoneQuestion();
    expect(visibleText(await bot.say(typed))).toContain(question(id));
  });
  it.each([
    ['primary to secondary'],
    ["we haven't had the draft yet"],
    ['they refused to assess'],
    ['draft and mediation'],
  ])('words that could mislead (%j) are not guessed: the choices come back', async (typed) => {
    const { bot } = await atMilestoneQuestion({ channelId: 'webchat' });
    const replies = await bot.say(typed);
    expect(buttons(replies)).toEqual(rules.milestones.map((m) => m.label));
    for (const m of rules.milestones) expect(visibleText(replies)).not.toContain(m.dates[0].question);
  });
});

describe('every milestone gives real dates with weekdays', () => {
  const cases: Array<[string, string[], string[]]> = [
    ['asked-for-assessment', ['2 November 2026'], ['Monday 14 December 2026', 'Monday 22 February 2027', 'Monday 22 March 2027']],
    ['assessment-agreed', ['1/9/26'], ['Tuesday 22 December 2026', 'Tuesday 19 January 2027']],
    ['draft-plan-received', ['20/11/26', '1 July 2026'], ['Friday 4 December 2026', 'Wednesday 18 November 2026']],
    ['annual-review-meeting', ['last Tuesday'], ['Tuesday 1 December 2026', 'Tuesday 15 December 2026', 'Tuesday 9 February 2027']],
    ['decision-letter', ['28/10/26'], ['Monday 28 December 2026', 'Monday 4 January 2027']],
    ['mediation-certificate', ['20/11/2026', '1/10/26'], ['Sunday 20 December 2026']],
    ['moving-school-phase', ['September 2027'], ['Monday 15 February 2027']],
    ['moving-to-post16', ['Sept 2027'], ['Wednesday 31 March 2027']],
    ['moving-between-colleges', ['1 September 2027'], ['Thursday 1 April 2027']],
  ];
  it.each(cases)('%s', async (id, answers, dates) => {
    const { turns, all } = await journey(id, answers);
    const milestone = rules.milestones.find((m) => m.id === id)!;
    // Each date question is asked in turn.
    milestone.dates.forEach((q) => expect(all).toContain(q.question));
    for (const date of dates) expect(all).toContain(`**${date}**`);
    for (const deadline of milestone.deadlines) {
      expect(all).toContain(deadline.title);
      expect(all).toContain(say('results.ifMissed', { text: deadline.ifMissed }));
    }
    if (milestone.note) expect(all).toContain(milestone.note);
    expect(all).toContain(say('results.intro', { today: 'Monday 23 November 2026' }));
    // The last turn offers the calendar file.
    expect(visibleText(turns[turns.length - 1])).toContain(say('calendar.offer'));
  });

  it('says which deadlines have passed and how far off the others are', async () => {
    const { all } = await journey('annual-review-meeting', ['15/10/26']);
    expect(all.split(say('results.passed')).length - 1).toBe(2);
    expect(all).toContain(say('results.upcoming', { days: '45' })); // 7 January 2027
  });
  it('lists the regulation 10 exceptions once, with their source', async () => {
    const { all } = await journey('asked-for-assessment', ['2 November 2026']);
    expect(all).toContain(rules.exceptionsIntro);
    for (const e of rules.exceptions) expect(all.split(e.text).length - 1).toBe(1);
    expect(all).toContain('SEND Regulations 2014 reg.10(4)');
  });
  it('cites the sources of each deadline', async () => {
    const { all } = await journey('decision-letter', ['28/10/26']);
    expect(all).toContain('SEND Regulations 2014 reg.33');
    expect(all).toContain(say('results.movedFrom', { date: 'Monday 28 December 2026' }));
  });
  it('an optional date can be skipped: the deadline needing it explains, the other is "at the earliest"', async () => {
    const skipped = await journey('draft-plan-received', ['20/11/26', 'skip']);
    expect(skipped.all).toContain(rules.milestones[2].dates[1].ifSkipped!);
    expect(skipped.all).toContain(say('results.unknown'));
    const mediation = await journey('mediation-certificate', ['20/11/2026', "don't know"]);
    expect(mediation.all).toContain(say('results.dateAtLeast', { date: 'Sunday 20 December 2026' }));
  });
  it('repeats back the date it understood, noting an assumed year', async () => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('decision-letter'));
    expect(visibleText(await bot.say('3 March'))).toContain(say('date.understoodYearAssumed', { date: 'Tuesday 3 March 2026' }));
  });
});

describe('odd and wrong dates at the date prompt are re-asked kindly, with an example', () => {
  const cases: Array<[string, string]> = [
    ['next month-ish', say('problem.vague')],
    ['13/13', say('problem.impossible')],
    ['3/3/1999', say('problem.tooLongAgo', { year: '1999' })],
    ['3 March 2040', say('problem.tooFarAhead', { year: '2040' })],
    ['Wednesday 3 March 2026', say('problem.weekdayMismatch', { date: '3 March 2026', actual: 'Tuesday', typed: 'Wednesday' })],
  ];
  it.each(cases)('%j', async (typed, reason) => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('decision-letter'));
    const text = visibleText(await bot.say(typed));
    expect(text).toContain(reason);
    expect(text).toContain(question('decision-letter'));
    expect(text).toContain(say('date.example', { example: rules.milestones[4].dates[0].example }));
    // Nothing is lost: a good date now carries straight on. 3/4 is 3 April, never 4 March.
    const after = visibleText(await bot.say('3/4/26'));
    expect(after).toContain(say('date.understood', { date: 'Friday 3 April 2026' }));
    expect(after).toContain('Wednesday 3 June 2026');
  });
  it('a future date for something still to come must not be in the past', async () => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('moving-school-phase'));
    expect(visibleText(await bot.say('September 2026'))).toContain(say('problem.inPast'));
  });
});

describe('interruptions mid-journey', () => {
  it('"menu" leaves the journey for the main menu', async () => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('decision-letter'));
    const text = visibleText(await bot.say('menu'));
    expect(text).toContain(knowledge.text('menu.prompt'));
    expect(text).not.toContain(question('decision-letter'));
    // The journey really ended: a date is now just a message to the main menu, not an answer.
    expect(visibleText(await bot.say('28/10/26'))).not.toContain('Monday 4 January 2027');
  });
  it('"cancel" stops the journey', async () => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('asked-for-assessment'));
    expect(visibleText(await bot.say('cancel'))).toContain(knowledge.text('cancel.done'));
  });
  it('a safety message at the date prompt gets safety signposting first, then the question again', async () => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('decision-letter'));
    const risky = 'my son talks about suicide';
    const hit = bot.deps.screen(risky);
    expect(hit).not.toBeNull();
    const replies = await bot.say(risky);
    expect(replies[0].text).toBe(safetyText(hit!));
    const text = visibleText(replies);
    expect(text).toContain(knowledge.text('safety.carryOn'));
    expect(text).toContain(question('decision-letter'));
    expect(text).not.toContain(say('problem.unrecognised'));
    expect(visibleText(await bot.say('28/10/26'))).toContain('Monday 4 January 2027');
  });
});

describe('the calendar file', () => {
  it('is sent as a parseable text/calendar attachment with one all-day event per upcoming deadline', async () => {
    const { bot } = await journey('asked-for-assessment', ['2 November 2026']);
    const replies = await bot.say(say('calendar.yes'));
    expect(visibleText(replies)).toContain(say('calendar.sent'));
    const parsed = parseIcs(icsOf(replies));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20261214', '20270222', '20270322']);
    expect(parsed.events.map((e) => e.dtend)).toEqual(['20261215', '20270223', '20270323']);
    expect(parsed.events[0].summary).toBe(rules.milestones[0].deadlines[0].title);
    expect(parsed.events[0].description).toContain(rules.milestones[0].deadlines[0].ifMissed);
    expect(parsed.events[0].description).toContain('SEND Regulations 2014 reg.5');
    expect(parsed.events[0].dtstamp).toBe('20261123T120000Z');
    expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(3);
    // Then the journey ends and the main menu comes back.
    expect(visibleText(replies)).toContain(knowledge.text('menu.again'));
  });
  it('leaves out deadlines that have passed', async () => {
    const { bot } = await journey('annual-review-meeting', ['15/10/26']);
    const parsed = parseIcs(icsOf(await bot.say('yes')));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20270107']);
  });
  it('typing the numbers shown next to the buttons works: 1 = Skip, then 1 = Add to my calendar', async () => {
    const { bot } = await journey('mediation-certificate', ['20/11/2026', '1']);
    const parsed = parseIcs(icsOf(await bot.say('1')));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20261220']);
  });
});

describe('today is the date in England', () => {
  it('at 00:30 BST on 30 March 2026 (23:30 UTC on the 29th) "today" is 30 March', async () => {
    const { all } = await journey('decision-letter', ['today'], new Date('2026-03-29T23:30:00Z'));
    expect(all).toContain(say('date.understood', { date: 'Monday 30 March 2026' }));
    expect(all).toContain('Saturday 30 May 2026');
  });
  it('just after midnight GMT at the end of October, "yesterday" is the clock-change Sunday', async () => {
    const { all } = await journey('annual-review-meeting', ['yesterday'], new Date('2026-10-26T00:10:00Z'));
    expect(all).toContain(say('date.understood', { date: 'Sunday 25 October 2026' }));
    expect(all).toContain('Sunday 8 November 2026');
  });
});
