import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TalkToPersonDialog } from '../../dialogs/talkToPerson';
import { peopleToTalkTo } from '../../src/core/services';
import type { Region as Area } from '../../src/core/model';
import type { Config } from '../../src/config';
import { answerText } from '../../src/core/render';
import { testDeps, visibleText } from '../helpers/testBot';
import { journeyWords } from '../helpers/journeys';
import { COMPLETE, dialogClient, last, numberedChoices, WAITING } from '../helpers/dialogClient';

/** TalkToPersonDialog on its own: the organisation's helpline, then who can be phoned, emailed or messaged there. */

const deps = testDeps();
const k = deps.knowledge;
const w = journeyWords('talkToPerson');
const ls = journeyWords('localServices');
const AREAS = [ls('area.dorset'), ls('area.bcp'), ls('area.england'), ls('area.notSure')];
const NEXT = [w('next.disagreement'), w('next.anotherArea'), w('next.done')];
const noHelpline: Config['helpline'] = { name: '', phone: '', hours: '', url: '' };
const fullHelpline: Config['helpline'] = { name: 'Dorset Parent Line (test)', phone: '01234 000000', hours: 'Monday to Friday, 9am to 5pm', url: 'https://example.org/help' };
const depsWith = (helpline: Config['helpline']) => ({ ...deps, config: { ...deps.config, helpline } });

async function started(helpline = noHelpline) {
  const client = dialogClient(new TalkToPersonDialog(depsWith(helpline)));
  return Object.assign(client, { first: await client.say('hi') });
}
const cardTitles = (replies: Partial<Activity>[]) => replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title);
const asks = (reply: Partial<Activity> | undefined, lead: string) => expect(reply?.text?.startsWith(lead), `"${reply?.text}" should start with "${lead}"`).toBe(true);

describe('TalkToPersonDialog', () => {
  it('with a helpline configured: the helpline (name, phone, hours, website) first, then where the family lives', async () => {
    const { first, turn } = await started(fullHelpline);
    expect(first).toHaveLength(2);
    expect(first[0].text).toBe(`${w('helpline.intro')}\n\n**${fullHelpline.name}**\n- ${w('helpline.phone')}: ${fullHelpline.phone}\n- ${w('helpline.hours')}: ${fullHelpline.hours}\n- ${w('helpline.website')}: ${fullHelpline.url}`);
    asks(first[1], w('ask.area'));
    expect(numberedChoices(first[1])).toEqual(AREAS);
    expect(turn.status).toBe(WAITING);
  });

  it('leaves out empty helpline fields, and names an unnamed helpline kindly', async () => {
    const { first } = await started({ ...noHelpline, phone: ' 01234 000000 ' });
    expect(first[0].text).toBe(`${w('helpline.intro')}\n\n**${w('helpline.defaultName')}**\n- ${w('helpline.phone')}: 01234 000000`);
  });

  it('without a helpline: only the area question', async () => {
    const { first } = await started(noHelpline);
    expect(first).toHaveLength(1);
    asks(first[0], w('ask.area'));
  });

  it.each(['dorset', 'bcp', 'england'] as const)('%s: the people to talk to as cards under the area heading, then "anything particular?"', async (area: Area) => {
    const client = await started();
    const replies = await client.say(ls(`area.${area}`));
    const people = peopleToTalkTo(k.services, area);
    expect(people.length).toBeGreaterThan(0);
    const cards = replies.find((r) => r.attachments?.length)!;
    expect(cards.text).toBe(w(`results.${area}`));
    expect(cardTitles(replies)).toEqual(people.map((s) => s.name));
    if (area !== 'england') expect(people[0].id).toBe(`${area}-sendiass`);
    // Everyone after the local SENDIASS can be reached by a person (phone, email, text or web chat) and works here.
    for (const s of people.slice(area === 'england' ? 0 : 1)) {
      expect(s.contacts.some((c) => ['phone', 'email', 'text', 'webchat'].includes(c.kind)), s.id).toBe(true);
      expect([area, 'england']).toContain(s.area);
    }
    // Every contact with its hours and the page it came from.
    const seen = visibleText(replies);
    for (const c of people.flatMap((s) => s.contacts)) {
      expect(seen).toContain(c.value);
      expect(seen).toContain(c.source.url);
      if (c.hours) expect(seen).toContain(c.hours);
    }
    asks(last(replies), w('ask.next'));
    expect(numberedChoices(last(replies))).toEqual(NEXT);
  });

  it('lists the local SENDIASS, then other local services, then national ones, whatever order the directory is in', async () => {
    const reversed = { ...deps, knowledge: { ...k, services: [...k.services].reverse() } };
    const client = dialogClient(new TalkToPersonDialog(reversed));
    await client.say('hi');
    const titles = cardTitles(await client.say(ls('area.dorset')));
    const areaOf = (title: string | undefined) => k.services.find((s) => s.name === title)!.area;
    expect(titles[0]).toBe(k.service('dorset-sendiass')!.name);
    const areas = titles.map(areaOf);
    expect(areas.slice(1)).toContain('dorset'); // there are other local services to order
    expect(areas.slice(areas.indexOf('england')).every((a) => a === 'england'), areas.join()).toBe(true);
  });

  it.each([['BH8', 'bcp'], ['dt4', 'dorset'], ['Yeovil', 'england']] as const)('a postcode or a place (%j) chooses the area (%s)', async (said, area) => {
    const client = await started();
    const replies = await client.say(said);
    expect(replies[0].text).toBe(w(`results.${area}`));
  });

  it('a postcode district in more than one council (BH21) says so and asks again, without repeating the helpline', async () => {
    const client = await started(fullHelpline);
    const replies = await client.say('BH21');
    expect(replies[0].text).toBe(ls('area.spans').replace('{place}', 'BH21'));
    expect(visibleText(replies)).not.toContain(fullHelpline.name);
    asks(last(replies), w('ask.area'));
  });

  it('"not sure" explains which council is which and asks again, without repeating the helpline', async () => {
    const client = await started(fullHelpline);
    const replies = await client.say(ls('area.notSure'));
    expect(replies[0].text).toBe(answerText(k.entry('which-council-dorset-or-bcp')!, k.text));
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toContain(w('helpline.intro'));
    asks(last(replies), w('ask.area'));
    expect(client.turn.status).toBe(WAITING);
  });

  it('an answer that is not an area gets a kind "didn\'t catch that" and the same question', async () => {
    expect(deps.matcher.match('asdf jkl').kind).toBe('noAnswer');
    const client = await started();
    const replies = await client.say('asdf jkl');
    expect(replies).toHaveLength(1);
    asks(replies[0], `${w('ask.notUnderstood')}\n\n${w('ask.area')}`);
    expect(numberedChoices(replies[0])).toEqual(AREAS);
  });

  it('re-prompted (after "help" or a safety message): the area question again, not the helpline', async () => {
    const client = await started(fullHelpline);
    const again = await client.reprompt();
    expect(again).toHaveLength(1);
    asks(again[0], w('ask.area'));
  });

  it('"A different area" asks again without the helpline; "That\'s all" ends the journey', async () => {
    const client = await started(fullHelpline);
    await client.say('Dorset');
    const again = await client.say(w('next.anotherArea'));
    expect(again).toHaveLength(1);
    asks(again[0], w('ask.area'));
    await client.say(ls('area.england'));
    expect(await client.say(w('next.done'))).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it('"A disagreement" starts the disagreements steps for the same area; finishing them ends this journey too', async () => {
    const d = journeyWords('disagreements');
    const client = await started();
    await client.say('Poole');
    const steps = await client.say(w('next.disagreement'));
    expect(steps[0].text).toBe(d('intro'));
    const advice = cardTitles(await client.say(d('step.sendiass')));
    expect(advice).toContain(k.service('bcp-sendiass')!.name);
    expect(advice).not.toContain(k.service('dorset-sendiass')!.name);
    expect(await client.say(d('doneButton'))).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });
});
