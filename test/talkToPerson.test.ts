import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { peopleToTalkTo } from '../src/core/services';
import type { Config } from '../src/config';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { expectAnsweredMidJourney, journeyWords, offered } from './helpers/journeys';

const knowledge = realKnowledge();
const w = journeyWords('talkToPerson');
const area = (key: string) => knowledge.dialogText.localServices[key];
const t = (key: string) => knowledge.text(key);
const noHelpline: Config['helpline'] = { name: '', phone: '', hours: '', url: '' };
const fullHelpline: Config['helpline'] = { name: 'Dorset Parent Line (test)', phone: '01234 000000', hours: 'Monday to Friday, 9am to 5pm', url: 'https://example.org/help' };

const expectAnswered = (replies: Partial<Activity>[], question: string) => expectAnsweredMidJourney(replies, question, w('ask.carryOn'));

const cardTitles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title).filter(Boolean);

async function start(helpline = noHelpline, channelId = 'test') {
  const bot = createTestBot({ channelId, config: { helpline } });
  const replies = await bot.say(t('menu.talkToPerson'));
  return { bot, replies };
}

describe('talk to a person', () => {
  it('shows the configured helpline first: name, phone, hours and website', async () => {
    const { replies } = await start(fullHelpline);
    const seen = visibleText(replies);
    expect(seen).toContain(w('helpline.intro'));
    for (const value of Object.values(fullHelpline)) expect(seen).toContain(value);
    expect(seen.indexOf(fullHelpline.phone)).toBeLessThan(seen.indexOf(w('ask.area')));
  });

  it('leaves out empty helpline fields, and names an unnamed helpline kindly', async () => {
    const { replies } = await start({ name: '', phone: '01234 000000', hours: '', url: '' });
    const seen = visibleText(replies);
    expect(seen).toContain(w('helpline.defaultName'));
    expect(seen).toContain(`${w('helpline.phone')}: 01234 000000`);
    expect(seen).not.toContain(`${w('helpline.hours')}:`);
    expect(seen).not.toContain(`${w('helpline.website')}:`);
  });

  it('says nothing about a helpline when none is configured', async () => {
    const { replies } = await start(noHelpline);
    const seen = visibleText(replies);
    expect(seen).not.toContain(w('helpline.intro'));
    expect(seen).not.toContain(w('helpline.defaultName'));
    expect(seen).toContain(w('ask.area'));
    expect(offered(replies)).toEqual([area('area.dorset'), area('area.bcp'), area('area.england'), area('area.notSure')]);
  });

  for (const [key, id] of [['area.dorset', 'dorset'], ['area.bcp', 'bcp'], ['area.england', 'england']] as const) {
    it(`${id}: the local SENDIASS first, then who can be phoned, emailed or messaged, each contact with its source`, async () => {
      const { bot } = await start();
      const replies = await bot.say(area(key));
      const people = peopleToTalkTo(knowledge.services, id);
      expect(people.length).toBeGreaterThan(0);
      expect(cardTitles(replies)).toEqual(people.map((s) => s.name));
      if (id !== 'england') expect(people[0].id).toBe(`${id}-sendiass`);
      for (const s of people.slice(id === 'england' ? 0 : 1)) {
        expect(s.contacts.some((c) => ['phone', 'email', 'text', 'webchat'].includes(c.kind)), s.id).toBe(true);
        expect(s.area === 'england' || s.area === id || s.alsoCovers.includes(id as 'dorset' | 'bcp')).toBe(true);
      }
      const seen = visibleText(replies);
      for (const c of people.flatMap((s) => s.contacts)) {
        expect(seen).toContain(c.value);
        expect(seen).toContain(c.source.url);
        if (c.hours) expect(seen).toContain(c.hours);
      }
      expect(seen).toContain(w(`results.${id}`));
      expect(offered(replies)[0]).toBe(w('next.disagreement'));
    });
  }

  it('"not sure" explains which council is which and asks again', async () => {
    const { bot } = await start();
    const replies = await bot.say(area('area.notSure'));
    expect(visibleText(replies)).toContain(knowledge.entry('which-council-dorset-or-bcp')!.answer.split('\n')[0]);
    expect(visibleText(replies)).toContain(w('ask.area'));
  });

  it('"A disagreement" starts the disagreements steps; "A different area" asks again; "That\'s all" ends', async () => {
    const { bot } = await start(fullHelpline);
    await bot.say('Bournemouth');
    let replies = await bot.say(w('next.disagreement'));
    expect(visibleText(replies)).toContain(knowledge.dialogText.disagreements.intro.split('\n')[0]);
    replies = await bot.say(knowledge.dialogText.disagreements.doneButton);
    expect(visibleText(replies)).toContain(t('menu.again'));

    await bot.say(t('menu.talkToPerson'));
    await bot.say('Dorset');
    replies = await bot.say(w('next.anotherArea'));
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(visibleText(replies)).not.toContain(fullHelpline.phone); // the helpline is not repeated
    await bot.say(area('area.england'));
    replies = await bot.say(w('next.done'));
    expect(visibleText(replies)).toContain(t('menu.again'));
  });

  it.each([
    ['nonsense', 'asdf jkl'],
    ['an emoji', '📞'],
    ['a very long answer', 'please call me '.repeat(400)],
    ['a date', '3/3/26'],
    ['an empty message', ''],
  ])('re-asks the area kindly after %s', async (_label, said) => {
    const { bot } = await start();
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(visibleText(replies)).not.toContain('went wrong');
  });

  it('answers a question typed mid-dialog and carries on', async () => {
    const { bot } = await start();
    const replies = await bot.say('What does SENDIASS stand for?');
    expectAnswered(replies, 'What does SENDIASS stand for?');
    expect(visibleText(replies)).toContain(w('ask.area'));
  });

  it.each([
    ['help', 'help'],
    ['menu', 'menu.prompt'],
    ['restart', 'menu.prompt'],
    ['quit', 'cancel.done'],
    ['forget me', 'forgetMe.done'],
  ])('"%s" works in the middle', async (word, key) => {
    const { bot } = await start();
    await bot.say('Poole');
    const replies = await bot.say(word);
    expect(visibleText(replies)).toContain(t(key).split('\n')[0]);
    if (word === 'help') expect(visibleText(replies)).toContain(w('ask.next'));
  });

  it('a safety message mid-prompt gets safety help first, then the same question', async () => {
    const { bot } = await start();
    const replies = await bot.say('I want to end my life');
    expect(replies[0].text).toContain(knowledge.safety.emergency.split('\n')[0]);
    expect(visibleText(replies)).toContain(w('ask.area'));
  });

  it.each(['msteams', 'webchat'])('shows buttons and cards in %s', async (channelId) => {
    const { bot, replies } = await start(fullHelpline, channelId);
    expect(buttons(replies)).toContain(area('area.bcp'));
    const shown = await bot.say(area('area.bcp'));
    expect(cardTitles(shown)).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(buttons(shown)).toContain(w('next.disagreement'));
  });
});
