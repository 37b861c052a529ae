import { MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { buttons, createTestBot, matcherFor, realKnowledge, visibleText } from './helpers/testBot';
import { peopleToAsk, personToAsk } from '../src/core/services';

/**
 * A question about SEND that no entry answers clearly gets an honest "no clear answer yet", the
 * closest topics as buttons, and a person to ask for the family's area (its SENDIASS). "I only know about SEND"
 * stays for messages that are not about SEND.
 */
const k = realKnowledge();
// A SEND question no entry answers. ("Can the council pay for horse riding therapy in my sons EHCP?" was the example
// until short questions had their own model, which answers it with personal budgets: paying for a therapy from the plan.)
const QUESTION = 'should my child do the 11 plus with dyslexia?';
const onlySend = k.text('question.noAnswer').split('\n')[0];
/** The person named for an area. */
const person = (area: 'dorset' | 'bcp') => personToAsk(k.services, area)!;

describe('a SEND question without a clear answer', () => {
  it('is about SEND and not answered (the case this covers)', () => {
    expect(matcherFor(k).match(QUESTION)).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
  });

  it('the person to ask about SEND is the area\'s SENDIASS, not a council social care line or its Local Offer team', () => {
    expect(person('dorset').id).toBe('dorset-sendiass');
    expect(person('bcp').id).toBe('bcp-sendiass');
    // Elsewhere in England: a national service someone can be phoned at.
    const national = personToAsk(k.services, 'england')!;
    expect(national.area).toBe('england');
    expect(national.contacts.some((c) => c.kind === 'phone')).toBe(true);
  });

  it('names, beside a SENDIASS without a phone number we could source, the area\'s advice line that has one', () => {
    for (const area of ['dorset', 'bcp'] as const) {
      const people = peopleToAsk(k.services, area);
      expect(people[0].id).toBe(area === 'dorset' ? 'dorset-sendiass' : 'bcp-sendiass');
      expect(people.some((s) => s.contacts.some((c) => c.kind === 'phone')), area).toBe(true);
    }
  });

  it('says so, names each council area\'s SENDIASS with its contacts, and offers the closest topics', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    const replies = await bot.say(QUESTION);
    const seen = visibleText(replies);
    expect(seen).toContain(k.text('question.noClearAnswer'));
    expect(seen).not.toContain(onlySend);
    for (const id of ['dorset-sendiass', 'bcp-sendiass']) {
      const named = k.service(id)!;
      expect(seen).toContain(named.name);
      expect(seen).toContain(named.contacts[0].value);
    }
    // A phone number for each area, whichever service carries it.
    for (const area of ['dorset', 'bcp'] as const) {
      const phone = peopleToAsk(k.services, area).flatMap((s) => s.contacts).find((c) => c.kind === 'phone')!;
      expect(seen).toContain(phone.value);
    }
    const closest = matcherFor(k).search(QUESTION, 3).map((r) => r.entry.title);
    expect(closest.length).toBeGreaterThanOrEqual(2);
    expect(buttons(replies)).toEqual(expect.arrayContaining(closest));
    expect(seen).toContain(k.text('question.closestTopics'));
  });

  it('a closest topic pressed leads to its answer', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.say(QUESTION);
    const first = matcherFor(k).search(QUESTION, 1)[0].entry;
    expect(visibleText(await bot.say(first.title))).toContain(first.answer.split('\n')[0]);
  });

  it('once the area is known, only that area\'s person is named', async () => {
    const bot = createTestBot({ storage: new MemoryStorage() });
    await bot.say('local help in Poole');
    await bot.say('cancel');
    const seen = visibleText(await bot.say(QUESTION));
    expect(seen).toContain(person('bcp').name);
    expect(seen).not.toContain(person('dorset').name);
  });

  it('a message not about SEND still gets "I only know about SEND"', async () => {
    const bot = createTestBot();
    const seen = visibleText(await bot.say('when do the bins get collected on my street'));
    expect(seen).toContain(onlySend);
    expect(seen).not.toContain(k.text('question.noClearAnswer'));
  });
});
