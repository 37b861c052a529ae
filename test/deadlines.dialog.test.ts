import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../src/core/calendar';
import type { DeadlinesFile } from '../src/core/deadlineRules';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { DownloadStore } from '../src/bot/downloads';

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

/** What the milestone question shows where buttons are: five milestones and "Something else", numbered. */
const firstScreen = () => [...rules.milestones.slice(0, 5).map((m) => m.label), say('milestone.more')].map((l, i) => `${i + 1}. ${l}`);

function icsOf(replies: Partial<Activity>[]): string {
  const attachment = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'text/calendar');
  expect(attachment, 'a text/calendar attachment').toBeDefined();
  expect(attachment!.name).toBe('send-deadlines.ics');
  const [head, data] = String(attachment!.contentUrl).split(',');
  expect(head).toBe('data:text/calendar;base64');
  return Buffer.from(data, 'base64').toString('utf8');
}

describe('starting the journey', () => {
  it('the menu choice starts it and offers five milestones, numbered, then "Something else" for the rest', async () => {
    const { bot, replies } = await atMilestoneQuestion({ channelId: 'webchat' });
    const text = visibleText(replies);
    expect(text).toContain(say('intro'));
    expect(text).toContain(say('milestone.prompt'));
    expect(rules.milestones.length).toBeGreaterThan(5);
    expect(buttons(replies)).toEqual(firstScreen());
    const more = await bot.say(say('milestone.more'));
    expect(visibleText(more)).toContain(say('milestone.morePrompt'));
    expect(buttons(more)).toEqual(rules.milestones.slice(5).map((m, i) => `${i + 1}. ${m.label}`));
    // On this screen a number means the choice shown with it.
    expect(visibleText(await bot.say('2'))).toContain(rules.milestones[6].dates[0].question);
  });
  it('a pressed button (which sends the label) and the typed numbered title both pick the milestone', async () => {
    const { bot } = await atMilestoneQuestion({ channelId: 'webchat' });
    expect(visibleText(await bot.say('4. We have had an annual review meeting'))).toContain(question('annual-review-meeting'));
  });
  it('"6" is "Something else"; a label from the second screen typed on the first still works', async () => {
    const first = await atMilestoneQuestion();
    expect(visibleText(await first.bot.say('6'))).toContain(say('milestone.morePrompt'));
    const second = await atMilestoneQuestion();
    expect(visibleText(await second.bot.say(label('mediation-certificate')))).toContain(question('mediation-certificate'));
  });
  it('renders the choices as an Adaptive Card in Teams', async () => {
    const { replies } = await atMilestoneQuestion({ channelId: 'msteams' });
    const card = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
    expect(buttons(replies)).toEqual(firstScreen());
  });
  it('in Web Chat the prompt asks for a number only because each button shows its number', async () => {
    const { replies } = await atMilestoneQuestion({ channelId: 'webchat' });
    expect(visibleText(replies)).toMatch(/number/i);
    const titles = (replies.at(-1)?.suggestedActions?.actions ?? []).map((a) => String(a.title));
    expect(titles.length).toBeGreaterThan(1);
    titles.forEach((title, i) => expect(title.startsWith(`${i + 1}. `), title).toBe(true));
  });
  it.each([
    ['we got the draft', 'draft-plan-received'],
    ['Mediation certificate', 'mediation-certificate'],
    ['annual review', 'annual-review-meeting'],
    ['the decision letter', 'decision-letter'],
    ['they agreed!', 'assessment-agreed'],
    ['moving to sixth form', 'moving-to-post16'],
    ['I asked for an assessment', 'asked-for-assessment'],
    ['we asked for an assesment', 'asked-for-assessment'],
    ['I have a medation certificate', 'mediation-certificate'],
    ['The council agreed', 'assessment-agreed'],
    ['they refused to assess', 'decision-letter'],
    ['got a letter saying no', 'decision-letter'],
  ])('a milestone named in a few words (%j) is picked', async (typed, id) => {
    const { bot } = await atMilestoneQuestion();
    expect(visibleText(await bot.say(typed))).toContain(question(id));
  });
  it.each([
    ['primary to secondary'],
    ["we haven't had the draft yet"],
    ['draft and mediation'],
  ])('words that could mislead (%j) are not guessed: the choices come back', async (typed) => {
    const { bot } = await atMilestoneQuestion({ channelId: 'webchat' });
    const replies = await bot.say(typed);
    expect(buttons(replies)).toEqual(firstScreen());
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
    ['mediation-certificate', ['20/11/2026', '1/10/26'], ['Monday 21 December 2026']],
    ['moving-school-phase', ['September 2027'], ['Sunday 14 February 2027']],
    ['moving-to-post16', ['Sept 2027'], ['Tuesday 30 March 2027']],
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
  it('an appeal date says "by 5pm"; the mediation adviser date does not, and says why it can be earlier', async () => {
    const { all } = await journey('decision-letter', ['25/10/26']);
    const [adviser, appeal] = rules.milestones.find((m) => m.id === 'decision-letter')!.deadlines;
    const appealStart = all.indexOf(appeal.title);
    const adviserBlock = all.slice(all.indexOf(adviser.title), appealStart);
    const appealBlock = all.slice(appealStart);
    expect(adviserBlock).toContain('**Friday 25 December 2026**');
    expect(adviserBlock).toContain(adviser.explain);
    expect(adviserBlock).not.toContain(say('results.by5pm'));
    expect(appealBlock).toContain('**Monday 4 January 2027**');
    expect(appealBlock).toContain(say('results.by5pm'));
    expect(adviser.explain).toMatch(/appeal date can be later/);
  });
  it('a move in January gets a warning that the law\'s date comes after the move', async () => {
    const { all } = await journey('moving-school-phase', ['January 2027']);
    expect(all).toContain('**Sunday 14 February 2027**');
    expect(all).toContain(say('results.afterStart'));
    const september = await journey('moving-school-phase', ['September 2027']);
    expect(september.all).not.toContain(say('results.afterStart'));
  });
  it('an optional date can be skipped: the deadline needing it explains, the other is "at the earliest"', async () => {
    const skipped = await journey('draft-plan-received', ['20/11/26', 'skip']);
    expect(skipped.all).toContain(rules.milestones[2].dates[1].ifSkipped!);
    expect(skipped.all).toContain(say('results.unknown'));
    const mediation = await journey('mediation-certificate', ['20/11/2026', "don't know"]);
    expect(mediation.all).toContain(say('results.dateAtLeast', { date: 'Monday 21 December 2026' }));
    expect(mediation.all).toContain(say('results.movedFromNotWorkingDay', { date: 'Sunday 20 December 2026' }));
  });
  it('repeats back the date it understood, noting an assumed year', async () => {
    const { bot } = await atMilestoneQuestion();
    await bot.say(label('decision-letter'));
    expect(visibleText(await bot.say('3 March'))).toContain(say('date.understoodYearAssumed', { date: 'Tuesday 3 March 2026' }));
  });
});

describe('odd and wrong dates at the date prompt are re-asked kindly, with an example', () => {
  const cases: Array<[string, string]> = [
    ['soon', say('problem.vague')],
    ['next month-ish', say('problem.vague')],
    ['31/2/26', say('problem.impossible')],
    ['13/13', say('problem.impossible')],
    ['3/3/1999', say('problem.tooLongAgo', { year: '1999' })],
    ['3 March 2040', say('problem.tooFarAhead', { year: '2040' })],
    ['tomorrow', say('problem.inFuture')],
    ['Wednesday 3 March 2026', say('problem.weekdayMismatch', { date: '3 March 2026', actual: 'Tuesday', typed: 'Wednesday' })],
    ['zzz qqq', say('problem.unrecognised')],
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

describe('the short list first', () => {
  it('names each date by what is due, in order, before any detail', async () => {
    const { turns } = await journey('asked-for-assessment', ['3 March 2026']);
    const results = turns[turns.length - 1].map((r) => visibleText([r]));
    const first = results.findIndex((t) => t.includes(say('results.intro', { today: 'Monday 23 November 2026' })));
    expect(first).toBeGreaterThanOrEqual(0);
    const [decision, draft, final] = rules.milestones[0].deadlines.map((d) => d.due!);
    expect(results[first]).toContain(`- ${decision}: **Tuesday 14 April 2026** ${say('summary.passed')}`);
    expect(results[first]).toContain(`- ${draft}: **Tuesday 23 June 2026** ${say('summary.passed')}`);
    expect(results[first]).toContain(`- ${final}: **Tuesday 21 July 2026** ${say('summary.passed')}`);
    // The details (titles, what to do if missed) come after the list, never before it.
    const detail = results.findIndex((t) => t.includes(rules.milestones[0].deadlines[0].title));
    expect(detail).toBeGreaterThan(first);
  });
  it('a skipped date shows in the list as needing it', async () => {
    const { all } = await journey('draft-plan-received', ['20/11/26', 'skip']);
    expect(all).toContain(`- ${rules.milestones[2].deadlines[1].due}: ${say('summary.unknown')}`);
  });
});

describe('the calendar file', () => {
  it('is sent as a parseable text/calendar attachment: one all-day event per deadline, named by what is due, with reminders', async () => {
    const { bot } = await journey('asked-for-assessment', ['2 November 2026']);
    const replies = await bot.say(say('calendar.yes'));
    expect(visibleText(replies)).toContain(say('calendar.sent', { link: 'send-deadlines.ics' }));
    const parsed = parseIcs(icsOf(replies));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20261214', '20270222', '20270322']);
    expect(parsed.events.map((e) => e.dtend)).toEqual(['20261215', '20270223', '20270323']);
    expect(parsed.events[0].summary).toBe(rules.milestones[0].deadlines[0].due);
    expect(parsed.events[0].description).toContain(rules.milestones[0].deadlines[0].title);
    expect(parsed.events[0].description).toContain(rules.milestones[0].deadlines[0].ifMissed);
    expect(parsed.events[0].description).toContain('SEND Regulations 2014 reg.5');
    expect(parsed.events[0].dtstamp).toBe('20261123T120000Z');
    expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(3);
    for (const event of parsed.events) expect(event.alarms.map((a) => [a.action, a.trigger])).toEqual([['DISPLAY', '-P7D'], ['DISPLAY', '-P1D']]);
    expect(parsed.events[2].alarms[1].description).toBe(say('calendar.reminderDay', { due: rules.milestones[0].deadlines[2].due! }));
    // Then the journey ends and the main menu comes back.
    expect(visibleText(replies)).toContain(knowledge.text('menu.again'));
  });
  it('keeps a passed deadline as a record (marked, no reminders); a reminder already past is left out', async () => {
    // 15 Oct: the school report (29 Oct) and the decision (12 Nov) have passed; the amended plan is due 7 Jan.
    const { bot } = await journey('annual-review-meeting', ['15/10/26']);
    const parsed = parseIcs(icsOf(await bot.say('yes')));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20261029', '20261112', '20270107']);
    const milestone = rules.milestones.find((m) => m.id === 'annual-review-meeting')!;
    expect(parsed.events[0].summary).toBe(say('calendar.eventPassedSummary', { due: milestone.deadlines[0].due! }));
    expect(parsed.events[0].description).toContain(say('calendar.eventPassed'));
    expect(parsed.events[0].alarms).toEqual([]);
    expect(parsed.events[2].alarms.map((a) => a.trigger)).toEqual(['-P7D', '-P1D']);
  });
  it('a date 3 days away gets only the 1-day reminder', async () => {
    // Draft sent 12 Nov: 15 days counting the first is 26 Nov, 3 days from 23 Nov.
    const { bot } = await journey('draft-plan-received', ['12/11/26', 'skip']);
    const parsed = parseIcs(icsOf(await bot.say('yes')));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20261126']);
    expect(parsed.events[0].alarms.map((a) => a.trigger)).toEqual(['-P1D']);
  });
  it('typing the numbers shown next to the buttons works: 1 = Skip, then 1 = Add to my calendar', async () => {
    const { bot } = await journey('mediation-certificate', ['20/11/2026', '1']);
    const parsed = parseIcs(icsOf(await bot.say('1')));
    expect(parsed.events.map((e) => e.dtstart)).toEqual(['20261221']);
  });
  it('in Teams with a download address, the calendar file comes as a link that holds the same file', async () => {
    const bot = createTestBot({ now: NOW, channelId: 'msteams', config: { publicBaseUrl: 'https://signpost.example.org' } });
    bot.deps.files = new DownloadStore(bot.storage, () => NOW.getTime());
    await bot.join();
    await bot.say(knowledge.text('menu.deadlines'));
    await bot.say(label('asked-for-assessment'));
    expect(visibleText(await bot.say('2/11/26'))).toContain(say('calendar.offer'));
    const replies = await bot.say(say('calendar.yes'));
    const link = new RegExp(`\\[${say('calendar.link')}\\]\\(https://signpost\\.example\\.org/files/([A-Za-z0-9_-]{43})\\)`).exec(visibleText(replies));
    expect(link).not.toBeNull();
    const file = await bot.deps.files.get(link![1]);
    expect(file?.contentType).toBe('text/calendar');
    expect(parseIcs(file!.body).events).toHaveLength(3);
    expect(replies.flatMap((r) => r.attachments ?? []).some((a) => a.contentType === 'text/calendar')).toBe(false);
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

describe('the next step, written for you', () => {
  const letterWords = knowledge.letters!;
  const button = (id: string) => letterWords.letters.find((l) => l.id === id)!.button;

  it('a missed 6-week decision: after the calendar, the complaint letter is offered, filled with the dates, and sent as a file', async () => {
    const { bot, turns } = await journey('asked-for-assessment', ['14/9/26']);
    expect(visibleText(turns[turns.length - 1])).toContain(say('calendar.offer'));
    const offer = await bot.say(say('calendar.no'));
    expect(visibleText(offer)).toContain(say('letters.offer'));
    expect(visibleText(offer)).toContain(button('missed-decision-to-assess'));
    expect(visibleText(offer)).not.toContain(button('missed-final-plan'));
    const replies = await bot.say('1');
    const letter = replies.find((r) => r.textFormat === 'plain')?.text ?? '';
    expect(letter).toContain('Monday 14 September 2026');
    expect(letter).toContain('That was by Monday 26 October 2026.');
    expect(letter).toContain('Regulation 5(1)');
    const file = replies.flatMap((r) => r.attachments ?? []).find((a) => a.name === 'complaint-no-assessment-decision.txt');
    expect(Buffer.from(String(file?.contentUrl).split(',')[1], 'base64').toString('utf8')).toBe(letter);
    expect(visibleText(replies)).toContain('SEND Regulations 2014 reg.5(1)');
    expect(visibleText(replies)).toContain(knowledge.text('menu.again'));
    // Nothing of the letter or the dates is kept once the journey has ended.
    const kept = JSON.stringify((bot.storage as unknown as { memory: Record<string, string> }).memory);
    expect(kept).not.toContain('2026-09-14');
    expect(kept).not.toContain('Regulation 5(1)');
  });
  it('a decision letter: the reasons-and-meeting letter, with the decision date', async () => {
    const { bot } = await journey('decision-letter', ['10/11/26']);
    await bot.say(say('calendar.no'));
    const replies = await bot.say(button('reasons-and-meeting'));
    expect(replies.find((r) => r.textFormat === 'plain')?.text).toContain('dated Tuesday 10 November 2026');
  });
  it('"No letter, thanks" ends the journey without a letter; nothing due yet offers none', async () => {
    const { bot } = await journey('asked-for-assessment', ['14/9/26']);
    await bot.say(say('calendar.no'));
    const replies = await bot.say(say('letters.no'));
    expect(replies.some((r) => r.textFormat === 'plain')).toBe(false);
    expect(visibleText(replies)).toContain(knowledge.text('menu.again'));
    const fresh = await journey('asked-for-assessment', ['16/11/26']);
    expect(visibleText(await fresh.bot.say(say('calendar.no')))).not.toContain(say('letters.offer'));
  });
  it('in Teams with a download address, the letter comes as a download link and a printable page', async () => {
    const bot = createTestBot({ now: NOW, channelId: 'msteams', config: { publicBaseUrl: 'https://signpost.example.org' } });
    bot.deps.files = new DownloadStore(bot.storage, () => NOW.getTime());
    await bot.join();
    await bot.say(knowledge.text('menu.deadlines'));
    await bot.say(label('annual-review-meeting'));
    await bot.say('20/8/26');
    await bot.say(say('calendar.no'));
    const replies = await bot.say(button('overdue-amendments'));
    const text = visibleText(replies);
    const link = new RegExp(`\\[${say('letters.downloadLink')}\\]\\((https://signpost\\.example\\.org/files/([A-Za-z0-9_-]{43}))\\)`).exec(text);
    expect(link).not.toBeNull();
    expect(text).toContain(`[${say('letters.printLink')}](${link![1]}/print)`);
    expect((await bot.deps.files.get(link![2]))?.body).toContain('Thursday 12 November 2026');
  });
});

describe('deadlines from a message typed at the main menu, in the parent\'s own words', () => {
  it('"they refused to assess him on 28/10/26" starts the deadlines for the decision letter, filled in', async () => {
    const bot = createTestBot({ now: NOW });
    const seen = visibleText(await bot.say('they refused to assess him on 28/10/26'));
    expect(seen).toContain(label('decision-letter'));
    expect(seen).toContain('28 October 2026');
  });
});
