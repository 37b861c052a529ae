import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { LocalServicesDialog } from '../../dialogs/localServices';
import { NEEDS, servicesFor } from '../../src/core/services';
import type { Region as Area } from '../../src/core/model';
import { answerText } from '../../src/core/render';
import { testDeps, visibleText } from '../helpers/testBot';
import { journeyWords } from '../helpers/journeys';
import { COMPLETE, dialogClient, last, numberedChoices, texts, WAITING } from '../helpers/dialogClient';

/** LocalServicesDialog on its own: where the family lives → what help → the matching services as cards. */

const deps = testDeps();
const k = deps.knowledge;
const w = journeyWords('localServices');
const AREAS = [w('area.dorset'), w('area.bcp'), w('area.england'), w('area.notSure')];
const NEED_TITLES = NEEDS.map((n) => w(`need.${n}`));
const NEXT = [w('next.anotherNeed'), w('next.anotherArea'), w('next.done')];
const AREA_BUTTON: Record<Area, string> = { dorset: 'area.dorset', bcp: 'area.bcp', england: 'area.england' };

async function started() {
  const client = dialogClient(new LocalServicesDialog(deps));
  return Object.assign(client, { first: await client.say('hi') });
}
async function atNeed(area: Area) {
  const client = await started();
  await client.say(w(AREA_BUTTON[area]));
  return client;
}
/** Each message of service cards: its heading and the cards' titles. */
const cardGroups = (replies: Partial<Activity>[]) =>
  replies.filter((r) => r.attachments?.length).map((r) => ({ heading: r.text, titles: r.attachments!.map((a) => (a.content as { title?: string }).title) }));
const asks = (reply: Partial<Activity> | undefined, lead: string) => expect(reply?.text?.startsWith(lead), `"${reply?.text}" should start with "${lead}"`).toBe(true);

describe('LocalServicesDialog: where the family lives', () => {
  it('asks where the family lives, naming BCP as its own council, and waits', async () => {
    const { first, turn } = await started();
    expect(first).toHaveLength(1);
    asks(first[0], w('ask.area'));
    expect(numberedChoices(first[0])).toEqual(AREAS);
    expect(turn.status).toBe(WAITING);
  });

  it('"not sure" explains which council is which, then asks the same question again', async () => {
    const client = await started();
    const replies = await client.say(w('area.notSure'));
    expect(replies[0].text).toBe(answerText(k.entry('which-council-dorset-or-bcp')!, k.text));
    asks(last(replies), w('ask.area'));
    expect(numberedChoices(last(replies))).toEqual(AREAS);
    expect(client.turn.status).toBe(WAITING);
  });

  it.each([
    ['Poole, Dorset', 'bcp'], // Poole is BCP, even with "Dorset" in the answer
    ['Christchurch', 'bcp'],
    ['we are in Dorchester', 'dorset'],
    ['2', 'bcp'],
    ['BH8', 'bcp'], // a postcode district, by its district
    ['bh15 2aa', 'bcp'],
    ['DT1 1XJ', 'dorset'],
    ['BH31', 'dorset'],
    ['Cerne Abbas', 'dorset'],
  ] as const)('understands %j as the %s area', async (said, area) => {
    const client = await started();
    await client.say(said);
    const replies = await client.say(w('need.information-advice'));
    expect(cardGroups(replies)[0].heading).toBe(w(`results.local.${area}`));
  });

  it.each(['Salisbury', 'hampshire', 'SO41 9AA'])('a place outside Dorset (%j) is elsewhere in England: national services only', async (said) => {
    const client = await started();
    asks((await client.say(said))[0], w('ask.need'));
    const replies = await client.say(w('need.information-advice'));
    expect(cardGroups(replies).map((g) => g.heading)).toEqual([w('results.national')]);
  });

  it('a postcode district in more than one council (BH23) says so and asks the area again', async () => {
    const client = await started();
    const replies = await client.say('BH23 1AA');
    expect(replies[0].text).toBe(w('area.spans').replace('{place}', 'BH23'));
    asks(last(replies), w('ask.area'));
    expect(numberedChoices(last(replies))).toEqual(AREAS);
    await client.say('Highcliffe');
    expect(client.turn.status).toBe(WAITING);
    const cards = cardGroups(await client.say(w('need.information-advice')));
    expect(cards[0].heading).toBe(w('results.local.bcp'));
  });

  it('an area in words ("we live in Christchurch") leads on to the kinds of help', async () => {
    const client = await started();
    const replies = await client.say('we live in Christchurch');
    expect(replies).toHaveLength(1);
    asks(replies[0], w('ask.need'));
    expect(numberedChoices(replies[0])).toEqual(NEED_TITLES);
  });
});

describe('LocalServicesDialog: the services', () => {
  // Every area and every kind of help except a disagreement (which has its own journey).
  const cases = (['dorset', 'bcp', 'england'] as const).flatMap((area) => NEEDS.filter((n) => n !== 'disagreement').map((need) => [area, need] as const));
  it.each(cases)('%s + %s: local services under the area heading, then national ones, then "what now?"', async (area, need) => {
    const client = await atNeed(area);
    const replies = await client.say(w(`need.${need}`));
    const { local, national } = servicesFor(k.services, area, need);
    const expected: Array<{ heading?: string; titles: string[] }> = [];
    if (area === 'england') {
      expect(replies[0].text).toBe(answerText(k.entry('find-another-councils-local-offer')!, k.text));
    } else if (local.length === 0) {
      expect(replies[0].text).toBe(w(`results.noLocal.${area}`));
      expected.push({ heading: undefined, titles: [k.service(`${area}-local-offer`)!.name] });
    }
    if (local.length) expected.push({ heading: w(`results.local.${area}`), titles: local.map((s) => s.name) });
    if (national.length) expected.push({ heading: w('results.national'), titles: national.map((s) => s.name) });
    expect(cardGroups(replies)).toEqual(expected);
    // Every contact of every service shown, with the page it came from.
    const seen = visibleText(replies);
    for (const c of [...local, ...national].flatMap((sv) => sv.contacts)) {
      expect(seen).toContain(c.value);
      expect(seen).toContain(c.source.url);
    }
    asks(last(replies), w('ask.next'));
    expect(numberedChoices(last(replies))).toEqual(NEXT);
  });

  it('"Another kind of help" keeps the area; "A different area" asks the area again; "That\'s all" ends', async () => {
    const client = await atNeed('bcp');
    await client.say(w('need.early-years'));
    const again = await client.say(w('next.anotherNeed'));
    expect(again).toHaveLength(1);
    asks(again[0], w('ask.need'));
    const bcp = await client.say(w('need.early-years'));
    expect(cardGroups(bcp)[0].heading).toBe(w('results.local.bcp'));
    asks((await client.say(w('next.anotherArea')))[0], w('ask.area'));
    await client.say(w('area.dorset'));
    const dorset = await client.say('early years');
    expect(cardGroups(dorset).map((g) => g.heading)).not.toContain(w('results.local.bcp'));
    expect(await client.say(w('next.done'))).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it('a kind of help in the parent\'s words ("my son is very anxious") picks mental health', async () => {
    const client = await atNeed('dorset');
    const replies = await client.say('my son is very anxious');
    const { local } = servicesFor(k.services, 'dorset', 'mental-health');
    expect(cardGroups(replies)[0]).toEqual({ heading: w('results.local.dorset'), titles: local.map((s) => s.name) });
  });

  it('a question typed at "what help?" is answered, then "Shall we carry on?" and the same question', async () => {
    const question = 'What is a Local Offer?';
    const outcome = deps.matcher.match(question);
    expect(outcome.kind).toBe('answer');
    const client = await atNeed('dorset');
    const replies = await client.say(question);
    expect(replies[0].text).toBe(answerText((outcome as Extract<typeof outcome, { kind: 'answer' }>).entry, k.text));
    asks(last(replies), `${w('ask.carryOn')}\n\n${w('ask.need')}`);
    expect(numberedChoices(last(replies))).toEqual(NEED_TITLES);
  });

  it('re-prompted at "what help?" (after "help" or a safety message), asks it again and keeps the area', async () => {
    const client = await atNeed('bcp');
    const again = await client.reprompt();
    expect(again).toHaveLength(1);
    asks(again[0], w('ask.need'));
    expect(cardGroups(await client.say(w('need.early-years')))[0].heading).toBe(w('results.local.bcp'));
  });

  it('"A disagreement" hands over to the disagreements steps for that area; finishing them comes back here', async () => {
    const d = journeyWords('disagreements');
    const client = await atNeed('bcp');
    const steps = await client.say(w('need.disagreement'));
    expect(steps[0].text).toBe(d('intro'));
    // The area went with it: BCP's SENDIASS, not Dorset's.
    const advice = await client.say(d('step.sendiass'));
    expect(texts(advice) + JSON.stringify(advice.flatMap((r) => r.attachments ?? []))).not.toContain(k.service('dorset-sendiass')!.name);
    expect(JSON.stringify(advice.flatMap((r) => r.attachments ?? []))).toContain(k.service('bcp-sendiass')!.name);
    // Re-prompting reaches the disagreements question (its own child, not the parent's).
    asks((await client.reprompt())[0], d('prompt.next'));
    const back = await client.say(d('doneButton'));
    expect(back).toHaveLength(1);
    asks(back[0], w('ask.next'));
    expect(numberedChoices(back[0])).toEqual(NEXT);
  });
});
