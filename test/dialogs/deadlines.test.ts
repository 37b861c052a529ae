import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DeadlinesDialog } from '../../dialogs/deadlines';
import { parseIcs } from '../../src/core/calendar';
import type { DeadlinesFile } from '../../src/core/deadlineRules';
import { formatShort, fromIso } from '../../src/core/dates';
import { answerText } from '../../src/core/render';
import { testDeps } from '../helpers/testBot';
import { COMPLETE, dialogClient, last, numberedChoices, texts, WAITING } from '../helpers/dialogClient';

/** DeadlinesDialog on its own: milestone → date(s) → the deadlines as real dates → an optional calendar file. */

// Monday 23 November 2026, midday in London.
const NOW = new Date('2026-11-23T12:00:00Z');
const deps = testDeps({ now: NOW });
const k = deps.knowledge;
const rules = k.deadlines as DeadlinesFile;
const say = (key: string, values: Record<string, string> = {}) => k.dialogText.deadlines[key].replace(/\{(\w+)\}/g, (all, n: string) => values[n] ?? all);
const milestone = (id: string) => rules.milestones.find((m) => m.id === id)!;
/** The first five milestones on screen, then "Something else" for the rest. */
const LABELS = [...rules.milestones.slice(0, 5).map((m) => m.label), say('milestone.more')];
/** The date question as asked: the question, then "For example: …". */
const dateQuestion = (id: string, i = 0) => `${milestone(id).dates[i].question}\n\n${say('date.example', { example: milestone(id).dates[i].example })}`;

async function started(channelId = 'test', dialog = new DeadlinesDialog(deps)) {
  const client = dialogClient(dialog, undefined, channelId);
  return Object.assign(client, { first: await client.say('hi') });
}
/** At the first date question of a milestone. */
async function atDate(id: string, channelId = 'test') {
  const client = await started(channelId);
  await client.say(milestone(id).label);
  return client;
}
const icsIn = (replies: Partial<Activity>[]) => {
  const file = replies.flatMap((r) => r.attachments ?? []).find((a) => a.contentType === 'text/calendar');
  return file && parseIcs(Buffer.from(String(file.contentUrl).split(',')[1], 'base64').toString('utf8'));
};

describe('DeadlinesDialog: choosing where the family is', () => {
  it('says what it does, then offers every milestone, numbered, and waits', async () => {
    const { first, turn } = await started();
    expect(first).toHaveLength(2);
    expect(first[0].text).toBe(say('intro'));
    expect(first[1].text!.startsWith(say('milestone.prompt'))).toBe(true);
    expect(numberedChoices(first[1])).toEqual(LABELS);
    expect(turn.status).toBe(WAITING);
  });

  it('a number picks the milestone at that place and asks its first date, with an example', async () => {
    const client = await started();
    const replies = await client.say(String(rules.milestones.findIndex((m) => m.id === 'annual-review-meeting') + 1));
    expect(texts(replies)).toBe(dateQuestion('annual-review-meeting'));
  });

  it.each(['two', 'the 2nd one', 'second', 'option 2', 'number 2'])('"%s" picks the second milestone shown', async (said) => {
    const client = await started();
    expect(texts(await client.say(said))).toBe(dateQuestion(rules.milestones[1].id));
  });

  it.each(['got a letter saying no', 'they refused to assess him', 'the council turned us down'])('"%s" is the decision letter (a refusal can be appealed): its date is asked', async (said) => {
    const client = await started();
    expect(texts(await client.say(said))).toBe(dateQuestion('decision-letter'));
    expect(client.turn.status).toBe(WAITING);
  });

  it('"we sent the request in september": the milestone is chosen, then the exact day is asked for', async () => {
    const client = await started();
    const replies = await client.say('we sent the request in september');
    expect(texts(replies)).toBe(`${say('date.monthOnly', { month: 'September' })}\n\n${dateQuestion('asked-for-assessment')}`);
    expect(texts(await client.say('15/9/26'))).toContain(say('date.understood', { date: 'Tuesday 15 September 2026' }));
  });

  it('words that are not a milestone get a kind re-ask with the choices again (the intro is not repeated)', async () => {
    const client = await started();
    const replies = await client.say('banana');
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${say('milestone.retry')}\n\n${say('milestone.prompt')}`)).toBe(true);
    expect(numberedChoices(replies[0])).toEqual(LABELS);
    expect(client.turn.status).toBe(WAITING);
  });

  it('a question typed at the choice is answered, then "Shall we carry on?" and the choices', async () => {
    const question = 'what is an EHC plan';
    expect(['answer', 'glossary']).toContain(deps.matcher.match(question).kind);
    const client = await started();
    const replies = await client.say(question);
    expect(replies.length).toBeGreaterThan(1);
    expect(replies[0].text).not.toContain(say('milestone.retry'));
    expect(last(replies)!.text!.startsWith(`${say('carryOn')}\n\n${say('milestone.prompt')}`)).toBe(true);
    expect(numberedChoices(last(replies))).toEqual(LABELS);
  });

  it('without deadline rules, says so kindly and ends at once', async () => {
    const client = await started('test', new DeadlinesDialog({ ...deps, knowledge: { ...k, deadlines: undefined } }));
    expect(client.first.map((r) => r.text)).toEqual([say('unavailable')]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });
});

describe('DeadlinesDialog: dates and results', () => {
  it('a date → what it understood, every deadline as a real date, then the calendar offer; "Add" sends the file and ends', async () => {
    const client = await atDate('asked-for-assessment');
    const replies = await client.say('2 November 2026');
    expect(replies[0].text).toBe(say('date.understood', { date: 'Monday 2 November 2026' }));
    // The results open with one plain list of what is due, then the details.
    expect(replies[1].text!.startsWith(say('results.intro', { today: 'Monday 23 November 2026' }))).toBe(true);
    const all = texts(replies);
    for (const d of milestone('asked-for-assessment').deadlines) expect(all).toContain(`**${d.title}**`);
    for (const date of ['Monday 14 December 2026', 'Monday 22 February 2027', 'Monday 22 March 2027']) {
      expect(all).toContain(say('results.date', { date }));
    }
    expect(replies[replies.length - 2].text).toBe(say('results.checkLetters', { reviewed: formatShort(fromIso(rules.reviewed)) }));
    expect(last(replies)!.text!.startsWith(say('calendar.offer'))).toBe(true);
    expect(numberedChoices(last(replies))).toEqual([say('calendar.yes'), say('calendar.no')]);
    expect(client.turn.status).toBe(WAITING);

    const sent = await client.say('1');
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toBe(say('calendar.sent', { link: 'send-deadlines.ics' }));
    expect(icsIn(sent)!.events.map((e) => e.dtstart)).toEqual(['20261214', '20270222', '20270322']);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it.each([
    ['zzz qqq', say('problem.unrecognised')],
    ['31/2/26', say('problem.impossible')],
    ['tomorrow', say('problem.inFuture')],
    ['soon', say('problem.vague')],
  ])('a date it cannot use (%j) is re-asked with the reason and the example; then a good date carries on', async (typed, reason) => {
    const client = await atDate('decision-letter');
    const replies = await client.say(typed);
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${reason}\n\n${dateQuestion('decision-letter')}`)).toBe(true);
    expect(client.turn.status).toBe(WAITING);
    expect(texts(await client.say('28/10/26'))).toContain(say('results.date', { date: 'Monday 4 January 2027' }));
  });

  it.each(['a few weeks ago', 'a couple of weeks ago', 'about a month ago', 'recently', 'a while back', 'mid October', 'last month'])(
    'a vague time (%j) is never taken as an exact date: a kind ask for the day, and no deadlines', async (typed) => {
      const client = await atDate('asked-for-assessment');
      const replies = await client.say(typed);
      expect(replies).toHaveLength(1);
      expect(replies[0].text!.startsWith(`${say('problem.vague')}\n\n${dateQuestion('asked-for-assessment')}`)).toBe(true);
      expect(replies[0].text).not.toContain("I've taken that as");
      expect(client.turn.status).toBe(WAITING);
    });

  it('"last Tuesday" on a Wednesday asks which Tuesday, with both dates as buttons; a button or its number carries on', async () => {
    const wednesday = testDeps({ now: new Date('2026-12-02T12:00:00Z') });
    for (const answer of ['Tuesday 24 November 2026', '2']) {
      const client = await started('test', new DeadlinesDialog(wednesday));
      await client.say(milestone('decision-letter').label);
      const replies = await client.say('last Tuesday');
      expect(replies).toHaveLength(1);
      const lead = say('problem.ambiguous', { recent: 'Tuesday 1 December 2026', earlier: 'Tuesday 24 November 2026' });
      expect(replies[0].text!.startsWith(`${lead}\n\n${dateQuestion('decision-letter')}`)).toBe(true);
      expect(numberedChoices(replies[0])).toEqual(['Tuesday 1 December 2026', 'Tuesday 24 November 2026']);
      const next = await client.say(answer);
      expect(next[0].text).toBe(say('date.understood', { date: 'Tuesday 24 November 2026' }));
    }
  });

  it('with the two dates offered at an optional question, the number after them is Skip', async () => {
    const wednesday = testDeps({ now: new Date('2026-12-02T12:00:00Z') });
    const client = await started('test', new DeadlinesDialog(wednesday));
    await client.say(milestone('mediation-certificate').label);
    await client.say('20/11/26');
    const replies = await client.say('last Tuesday');
    expect(numberedChoices(replies[0])).toEqual(['Tuesday 1 December 2026', 'Tuesday 24 November 2026', say('date.skipButton')]);
    const skipped = await client.say('3');
    expect(texts(skipped)).not.toContain(say('problem.unrecognised'));
    expect(texts(skipped)).toContain(say('results.intro', { today: 'Wednesday 2 December 2026' }));
  });

  it('a question typed at the date is answered, then "Shall we carry on?" and the same date question', async () => {
    const question = 'How long does the council have to decide whether to assess?';
    const outcome = deps.matcher.match(question);
    expect(outcome.kind).toBe('answer');
    const client = await atDate('decision-letter');
    const replies = await client.say(question);
    expect(replies[0].text).toBe(answerText((outcome as Extract<typeof outcome, { kind: 'answer' }>).entry, k.text));
    expect(last(replies)!.text!.startsWith(`${say('carryOn')}\n\n${dateQuestion('decision-letter')}`)).toBe(true);
    expect(texts(await client.say('28/10/26'))).toContain(say('results.date', { date: 'Monday 4 January 2027' }));
  });

  it('a SEND question with no clear answer at the date gets the honest reply and a person to ask, never "couldn\'t read that as a date"', async () => {
    const question = 'can my son take his weighted blanket on the school trip?';
    expect(deps.matcher.match(question)).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    const client = await atDate('decision-letter');
    const replies = await client.say(question);
    expect(texts(replies)).toContain(k.text('question.noClearAnswer'));
    expect(texts(replies)).not.toContain(say('problem.unrecognised'));
    expect(last(replies)!.text!.startsWith(`${say('carryOn')}\n\n${dateQuestion('decision-letter')}`)).toBe(true);
    expect(texts(await client.say('28/10/26'))).toContain(say('results.date', { date: 'Monday 4 January 2027' }));
  });

  it('re-prompted at the date (after "help" or a safety message): the same date question, and a date still works', async () => {
    const client = await atDate('decision-letter');
    const again = await client.reprompt();
    expect(texts(again)).toBe(dateQuestion('decision-letter'));
    expect(texts(await client.say('28/10/26'))).toContain(say('results.date', { date: 'Monday 4 January 2027' }));
  });

  it.each(['idk', 'dunno', 'not sure', "I don't know"])('%j where the date is needed says why it is needed, never "couldn\'t read that as a date"', async (said) => {
    const client = await atDate('decision-letter');
    const replies = await client.say(said);
    expect(texts(replies)).toBe(`${say('problem.unknown')}\n\n${dateQuestion('decision-letter')}`);
    expect(client.turn.status).toBe(WAITING);
    expect(texts(await client.say('28/10/26'))).toContain(say('results.date', { date: 'Monday 4 January 2027' }));
  });

  it.each(['idk', 'no idea'])('%j at an optional date skips it, as "skip" does', async (said) => {
    const client = await atDate('mediation-certificate');
    await client.say('20/11/2026');
    const results = await client.say(said);
    expect(results[0].text).toBe(milestone('mediation-certificate').dates[1].ifSkipped);
  });

  it('an optional date shows Skip; its number "1" skips it, and the deadline needing it is given "at the earliest"', async () => {
    const client = await atDate('mediation-certificate');
    const second = await client.say('20/11/2026');
    expect(second[0].text).toBe(say('date.understood', { date: 'Friday 20 November 2026' }));
    expect(last(second)!.text!.startsWith(dateQuestion('mediation-certificate', 1))).toBe(true);
    expect(numberedChoices(last(second))).toEqual([say('date.skipButton')]);
    const results = await client.say('1');
    expect(results[0].text).toBe(milestone('mediation-certificate').dates[1].ifSkipped);
    // A Sunday: the appeal can be made on the next working day (HESC Rules r.12(2)).
    expect(texts(results)).toContain(say('results.dateAtLeast', { date: 'Monday 21 December 2026' }));
  });

  it('"No thanks" to the calendar ends with no file', async () => {
    const client = await atDate('asked-for-assessment');
    await client.say('2 November 2026');
    const replies = await client.say(say('calendar.no'));
    expect(replies.map((r) => r.text)).toEqual([say('calendar.skipped')]);
    expect(icsIn(replies)).toBeUndefined();
    expect(client.turn.status).toBe(COMPLETE);
  });

  it.each(['yes pls', 'yeah', 'yep thanks', 'sure', 'add it to my calendar please'])('%j to the calendar sends the file', async (said) => {
    const client = await atDate('asked-for-assessment');
    await client.say('2 November 2026');
    const sent = await client.say(said);
    expect(sent[0].text).toBe(say('calendar.sent', { link: 'send-deadlines.ics' }));
    expect(icsIn(sent)).toBeDefined();
  });

  it.each(['nah', 'no thanks', 'the second one'])('%j to the calendar ends with no file', async (said) => {
    const client = await atDate('asked-for-assessment');
    await client.say('2 November 2026');
    const replies = await client.say(said);
    expect(replies.map((r) => r.text)).toEqual([say('calendar.skipped')]);
  });

  it('a reply that is neither yes nor no to the calendar asks again, never taken as "no"', async () => {
    const client = await atDate('asked-for-assessment');
    await client.say('2 November 2026');
    const replies = await client.say('hmm');
    expect(texts(replies).startsWith(`${say('calendar.retry')}\n\n${say('calendar.offer')}`)).toBe(true);
    expect(texts(replies)).not.toContain(say('calendar.skipped'));
    expect(client.turn.status).toBe(WAITING);
    expect(icsIn(await client.say('yes'))).toBeDefined();
  });

  it('a question at the calendar offer is answered rather than lost, and the journey ends without a file', async () => {
    const question = 'How long does the council have to decide whether to assess?';
    const client = await atDate('asked-for-assessment');
    await client.say('2 November 2026');
    const replies = await client.say(question);
    expect(replies[0].text).toBe(answerText((deps.matcher.match(question) as { entry: Parameters<typeof answerText>[0] }).entry, k.text));
    expect(texts(replies)).not.toContain(say('calendar.skipped'));
    expect(icsIn(replies)).toBeUndefined();
    expect(client.turn.status).toBe(COMPLETE);
  });

  it('when every deadline has passed, the calendar file is still offered, as a record of what was due', async () => {
    const client = await atDate('asked-for-assessment');
    const replies = await client.say('3/3/25');
    expect(texts(replies)).toContain(say('results.date', { date: 'Monday 14 April 2025' }));
    expect(texts(replies)).toContain(say('calendar.offerRecord'));
    expect(client.turn.status).toBe(WAITING);
  });

  it('in Teams the dates are shown but no calendar file is offered (Teams takes no data: files from a bot)', async () => {
    const client = await atDate('asked-for-assessment', 'msteams');
    const replies = await client.say('2/11/26');
    expect(texts(replies)).toContain(say('results.date', { date: 'Monday 14 December 2026' }));
    expect(texts(replies)).not.toContain(say('calendar.offer'));
    expect(icsIn(replies)).toBeUndefined();
    expect(client.turn.status).toBe(COMPLETE);
  });
});
