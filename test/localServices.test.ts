import { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { localServicesEntryIds } from '../dialogs/localServices';
import { NEEDS, servicesFor } from '../src/core/services';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { expectAnsweredMidJourney, journeyWords, offered } from './helpers/journeys';

const knowledge = realKnowledge();
const w = journeyWords('localServices');
const t = (key: string) => knowledge.text(key);
const answerStart = (id: string) => knowledge.entry(id)!.answer.split('\n')[0];

/** The buttons offered last: card or suggested-action titles, or the numbered list the `test` channel shows. */
const expectAnswered = (replies: Partial<Activity>[], question: string) => expectAnsweredMidJourney(replies, question, w('ask.carryOn'));

/** The service cards shown, by title. */
const cardTitles = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.hero')
    .map((a) => (a.content as { title?: string }).title).filter((x): x is string => Boolean(x));

async function atNeed(area: string, channelId = 'test') {
  const bot = createTestBot({ channelId });
  await bot.say(t('menu.localServices'));
  const replies = await bot.say(area);
  expect(visibleText(replies)).toContain(w('ask.need'));
  return bot;
}

describe('local services', () => {
  it('every entry and Local Offer it relies on exists', () => {
    for (const id of localServicesEntryIds) expect(knowledge.entry(id), id).toBeDefined();
    for (const id of ['dorset-local-offer', 'bcp-local-offer']) expect(knowledge.service(id), id).toBeDefined();
  });

  it('asks where the family lives, naming BCP as a separate council', async () => {
    const bot = createTestBot();
    const replies = await bot.say(t('menu.localServices'));
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(offered(replies)).toEqual([w('area.dorset'), w('area.bcp'), w('area.england'), w('area.notSure')]);
  });

  it('"not sure" explains which council is which, then asks again', async () => {
    const bot = createTestBot();
    await bot.say(t('menu.localServices'));
    const replies = await bot.say(w('area.notSure'));
    expect(visibleText(replies)).toContain(answerStart('which-council-dorset-or-bcp'));
    expect(visibleText(replies)).toContain(w('ask.area'));
  });

  it('asks what help is needed, with the seven kinds of help', async () => {
    const bot = createTestBot();
    await bot.say(t('menu.localServices'));
    const replies = await bot.say(w('area.dorset'));
    expect(offered(replies)).toEqual(NEEDS.map((n) => w(`need.${n}`)));
  });

  // Every area and every kind of help (except a disagreement, which has its own journey).
  const areas = [['dorset', 'area.dorset'], ['bcp', 'area.bcp'], ['england', 'area.england']] as const;
  for (const [area, button] of areas) {
    for (const need of NEEDS.filter((n) => n !== 'disagreement')) {
      it(`${area} + ${need}: shows the matching services as cards with sourced contacts`, async () => {
        const bot = await atNeed(w(button));
        const replies = await bot.say(w(`need.${need}`));
        const { local, national } = servicesFor(knowledge.services, area, need);
        const titles = cardTitles(replies);
        for (const s of [...local, ...national]) expect(titles, s.id).toContain(s.name);
        // Nothing from the other council's area.
        const otherArea = area === 'dorset' ? 'bcp' : area === 'bcp' ? 'dorset' : undefined;
        for (const s of knowledge.services.filter((x) => x.area === otherArea && !x.alsoCovers.includes(area as 'dorset' | 'bcp'))) expect(titles).not.toContain(s.name);
        const seen = visibleText(replies);
        for (const s of [...local, ...national]) {
          for (const c of s.contacts) {
            expect(seen).toContain(c.value);
            expect(seen).toContain(c.source.url);
          }
        }
        if (area === 'england') expect(seen).toContain(answerStart('find-another-councils-local-offer'));
        else if (local.length === 0) {
          expect(seen).toContain(w(`results.noLocal.${area}`));
          expect(titles).toContain(knowledge.service(`${area}-local-offer`)!.name);
        } else expect(seen).toContain(w(`results.local.${area}`));
        expect(visibleText(replies)).toContain(w('ask.next'));
      });
    }
  }

  it('"Another kind of help" keeps the area; "A different area" asks again; "That\'s all" ends', async () => {
    const bot = await atNeed('we live in Poole');
    await bot.say(w('need.parent-support'));
    let replies = await bot.say(w('next.anotherNeed'));
    expect(visibleText(replies)).toContain(w('ask.need'));
    replies = await bot.say(w('need.early-years'));
    expect(cardTitles(replies)).toContain(knowledge.service('bcp-portage')!.name);
    replies = await bot.say(w('next.anotherArea'));
    expect(visibleText(replies)).toContain(w('ask.area'));
    await bot.say('Weymouth');
    replies = await bot.say('early years');
    expect(cardTitles(replies)).not.toContain(knowledge.service('bcp-portage')!.name);
    replies = await bot.say(w('next.done'));
    expect(visibleText(replies)).toContain(t('menu.again'));
  });

  it('"A disagreement" hands over to the disagreements journey', async () => {
    const bot = await atNeed(w('area.dorset'));
    const replies = await bot.say(w('need.disagreement'));
    expect(visibleText(replies)).toContain(knowledge.dialogText.disagreements.intro.split('\n')[0]);
    // Finishing the disagreements journey comes back here.
    const back = await bot.say(knowledge.dialogText.disagreements.doneButton);
    expect(visibleText(back)).toContain(w('ask.next'));
  });

  it.each([
    ['Poole, Dorset', 'bcp-local-offer'],
    ['Christchurch', 'bcp-local-offer'],
    ['we are in Dorchester', 'dorset-local-offer'],
    ['2', 'bcp-local-offer'],
  ])('understands "%s" as the area', async (said, offer) => {
    const bot = await atNeed(said);
    const replies = await bot.say(w('need.information-advice'));
    expect(cardTitles(replies)).toContain(knowledge.service(offer)!.name);
  });

  it.each([
    ['nonsense', 'qwerty uiop'],
    ['an emoji', '🏠'],
    ['a very long answer', 'far away '.repeat(500)],
    ['a date', '12/03/2019'],
    ['an empty message', '  '],
  ])('re-asks the area kindly after %s', async (_label, said) => {
    const bot = createTestBot();
    await bot.say(t('menu.localServices'));
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('ask.area'));
    expect(visibleText(replies)).not.toContain('went wrong');
  });

  it.each([
    ['nonsense', 'zzzz'],
    ['an emoji', '🤷'],
    ['a very long answer', 'hmm '.repeat(800)],
    ['an empty message', ''],
    ['a date', '5 May 2024'],
  ])('re-asks the kind of help kindly after %s', async (_label, said) => {
    const bot = await atNeed(w('area.dorset'));
    const replies = await bot.say(said);
    expect(visibleText(replies)).toContain(w('ask.need'));
    expect(offered(replies)).toContain(w('need.mental-health'));
  });

  it('answers a question typed mid-dialog and carries on', async () => {
    const bot = await atNeed(w('area.dorset'));
    const replies = await bot.say('What is a Local Offer?');
    expectAnswered(replies, 'What is a Local Offer?');
    expect(visibleText(replies)).toContain(w('ask.need'));
  });

  it('kinds of help can be typed in words ("my son is very anxious")', async () => {
    const bot = await atNeed(w('area.dorset'));
    const replies = await bot.say('my son is very anxious');
    expect(cardTitles(replies)).toContain(knowledge.service('dorset-camhs')!.name);
  });

  it.each([
    ['help', 'help'],
    ['menu', 'menu.prompt'],
    ['start over', 'menu.prompt'],
    ['cancel', 'cancel.done'],
    ['forget me', 'forgetMe.done'],
  ])('"%s" works in the middle', async (word, key) => {
    const bot = await atNeed(w('area.bcp'));
    const replies = await bot.say(word);
    expect(visibleText(replies)).toContain(t(key).split('\n')[0]);
    if (word === 'help') expect(visibleText(replies)).toContain(w('ask.need'));
    else expect(visibleText(replies)).not.toContain(w('ask.need'));
  });

  it('a safety message mid-prompt gets safety help first, then the same question', async () => {
    const bot = await atNeed(w('area.bcp'));
    const replies = await bot.say('my daughter is missing');
    expect(replies[0].text).toContain(knowledge.safety.emergency.split('\n')[0]);
    expect(visibleText(replies)).toContain(t('safety.carryOn'));
    expect(visibleText(replies)).toContain(w('ask.need'));
  });

  it.each(['msteams', 'webchat'])('shows buttons and cards in %s', async (channelId) => {
    const bot = await atNeed(w('area.dorset'), channelId);
    const replies = await bot.say(w('need.mental-health'));
    expect(cardTitles(replies)).toContain(knowledge.service('dorset-camhs')!.name);
    expect(buttons(replies)).toEqual([w('next.anotherNeed'), w('next.anotherArea'), w('next.done')]);
  });
});
