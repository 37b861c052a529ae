import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DisagreementsDialog, DisagreementsOptions } from '../../dialogs/disagreements';
import type { DeadlinesFile } from '../../src/core/deadlineRules';
import { answerText } from '../../src/core/render';
import { testDeps } from '../helpers/testBot';
import { DISAGREEMENT_STEP_ENTRIES as STEP_ENTRIES, journeyWords } from '../helpers/journeys';
import { COMPLETE, dialogClient, last, numberedChoices, texts, WAITING } from '../helpers/dialogClient';

/** DisagreementsDialog on its own: the ladder of steps, one at a time, with the deadlines journey one tap away. */

const NOW = new Date('2026-11-23T12:00:00Z');
const deps = testDeps({ now: NOW });
const k = deps.knowledge;
const w = journeyWords('disagreements');
const dl = k.dialogText.deadlines;
const STEPS = ['school', 'sendiass', 'resolution', 'mediation', 'tribunal', 'complaints'];
const STEP_TITLES = STEPS.map((s) => w(`step.${s}`));
const FIRST_CHOICES = [...STEP_TITLES, w('deadlinesButton'), w('doneButton')];
const decisionLetter = (k.deadlines as DeadlinesFile).milestones.find((m) => m.id === 'decision-letter')!;

async function started(options?: DisagreementsOptions) {
  const client = dialogClient(new DisagreementsDialog(deps), options);
  return Object.assign(client, { first: await client.say('hi') });
}
const cardTitles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title);
const asks = (reply: Partial<Activity> | undefined, lead: string) => expect(reply?.text?.startsWith(lead), `"${reply?.text}" should start with "${lead}"`).toBe(true);

describe('DisagreementsDialog', () => {
  it('opens with the intro and every step, then the deadlines button and "That\'s all"; waits', async () => {
    const { first, turn } = await started();
    expect(first).toHaveLength(2);
    expect(first[0].text).toBe(w('intro'));
    asks(first[1], w('prompt.first'));
    expect(numberedChoices(first[1])).toEqual(FIRST_CHOICES);
    expect(turn.status).toBe(WAITING);
  });

  it('a step (by number) shows its entries and services, then offers "Next: …" first and hides the other steps', async () => {
    const client = await started();
    const replies = await client.say(String(STEPS.indexOf('mediation') + 1));
    expect(replies.slice(0, 2).map((r) => r.text)).toEqual([answerText(k.entry('mediation-what-it-is')!, k.text), answerText(k.entry('mediation-certificate')!, k.text)]);
    const services = [...new Set(['mediation-what-it-is', 'mediation-certificate'].flatMap((id) => k.entry(id)!.services))].map((id) => k.service(id)!.name);
    expect(cardTitles(replies)).toEqual(services);
    asks(last(replies), w('prompt.next'));
    expect(numberedChoices(last(replies))).toEqual([`${w('next.prefix')} ${w('step.tribunal')}`, w('allSteps'), w('deadlinesButton'), w('doneButton')]);
  });

  it.each(STEPS)('"%s" shows its entries (with sources and checked dates), then offers the next step first', async (key) => {
    const client = await started();
    const replies = await client.say(w(`step.${key}`));
    expect(replies.filter((r) => !r.attachments?.length).slice(0, -1).map((r) => r.text)).toEqual(STEP_ENTRIES[key].map((id) => answerText(k.entry(id)!, k.text)));
    const next = STEPS[STEPS.indexOf(key) + 1];
    expect(numberedChoices(last(replies))[0]).toBe(next ? `${w('next.prefix')} ${w(`step.${next}`)}` : w('allSteps'));
  });

  it('"Next: …" walks every step in order', async () => {
    const client = await started();
    await client.say(w('step.school'));
    for (const key of STEPS.slice(1)) {
      const replies = await client.say(`${w('next.prefix')} ${w(`step.${key}`)}`);
      expect(replies[0].text, key).toBe(answerText(k.entry(STEP_ENTRIES[key][0])!, k.text));
    }
  });

  it('a step that is not shown can still be typed ("ombudsman"); after the last step, "See all the steps" lists them again', async () => {
    const client = await started();
    await client.say(w('step.school'));
    const complaints = await client.say('ombudsman');
    expect(texts(complaints)).toContain(answerText(k.entry('ombudsman-lgsco')!, k.text));
    expect(numberedChoices(last(complaints))[0]).toBe(w('allSteps'));
    const all = await client.say(w('allSteps'));
    expect(all[0].text).toBe(w('intro'));
    expect(numberedChoices(last(all))).toEqual(FIRST_CHOICES);
  });

  it('knows where the family lives: for BCP it leaves out Dorset-only entries and Dorset services', async () => {
    expect(k.entry('complain-to-the-council')!.region).toBe('dorset');
    const client = await started({ area: 'bcp' });
    const complaints = texts(await client.say(w('step.complaints')));
    expect(complaints).not.toContain(answerText(k.entry('complain-to-the-council')!, k.text));
    expect(complaints).toContain(answerText(k.entry('ombudsman-lgsco')!, k.text));
    const mediation = cardTitles(await client.say(w('step.mediation')));
    expect(mediation).toContain(k.service('bcp-sendiass')!.name);
    expect(mediation).not.toContain(k.service('dorset-sendiass')!.name);
  });

  it('a question typed instead of a step is answered, then "Shall we carry on?" and the same choices', async () => {
    const question = 'how do i get a mediation certificate';
    const outcome = deps.matcher.match(question);
    expect(outcome.kind).toBe('answer');
    const client = await started();
    const replies = await client.say(question);
    expect(replies[0].text).toBe(answerText((outcome as Extract<typeof outcome, { kind: 'answer' }>).entry, k.text));
    asks(last(replies), `${w('ask.carryOn')}\n\n${w('prompt.first')}`);
    expect(numberedChoices(last(replies))).toEqual(FIRST_CHOICES);
    expect(client.turn.status).toBe(WAITING);
  });

  it('the deadlines button runs the deadlines journey inside this one; when it ends, the steps come back', async () => {
    const client = await started();
    const deadlines = await client.say(w('deadlinesButton'));
    expect(deadlines[0].text).toBe(dl.intro);
    await client.say(decisionLetter.label);
    const results = await client.say('2 November 2026');
    expect(texts(results)).toContain('Saturday 2 January 2027');
    // A decision has arrived, so the journey offers the next-step letter; declining it ends the journey.
    const offer = await client.say(dl['calendar.no']);
    expect(offer[0].text).toBe(dl['calendar.skipped']);
    expect(texts(offer)).toContain(dl['letters.offer']);
    const back = await client.say(dl['letters.no']);
    expect(back.map((r) => r.text)).toContain(w('intro'));
    expect(numberedChoices(last(back))).toEqual(FIRST_CHOICES);
    expect(client.turn.status).toBe(WAITING);
  });

  it('re-prompted inside the deadlines journey (after "help"), asks the deadlines question again, not the steps', async () => {
    const client = await started();
    await client.say(w('deadlinesButton'));
    await client.say(decisionLetter.label);
    const again = await client.reprompt();
    expect(again).toHaveLength(1);
    asks(again[0], decisionLetter.dates[0].question);
    expect(texts(again)).not.toContain(w('prompt.first'));
  });

  it.each(['no thanks', 'nope', "that's all"])('"%s" ends the journey, as "That\'s all, thanks" does', async (said) => {
    const client = await started();
    expect(await client.say(said)).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it('"That\'s all, thanks" ends the journey', async () => {
    const client = await started();
    expect(await client.say(w('doneButton'))).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });
});
