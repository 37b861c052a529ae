import { describe, expect, it, vi } from 'vitest';
import { findPlace, type Places } from '../src/core/places';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';

const places = realKnowledge().places as Places;

describe('findPlace: which council a place is in', () => {
  it('loads knowledge/places.yaml', () => {
    expect(places.names.weymouth).toBe('dorset');
    expect(places.names.poole).toBe('bcp');
  });
  it.each([
    ['services in Weymouth', 'dorset'],
    ['we live in Lyme Regis', 'dorset'],
    ['any support groups near west moors', 'dorset'],
    ['we are in Poole', 'bcp'],
    ['Canford Heath', 'bcp'],
    ['my postcode is DT4 7XX', 'dorset'],
    ['dt1', 'dorset'],
  ])('"%s" → %s', (text, area) => {
    expect(findPlace(text, places)).toMatchObject({ area });
  });
  it.each([
    ['BH8', 'bcp'], ['bh8 8dx', 'bcp'], ['BH15 2AA', 'bcp'], ['we are BH15', 'bcp'], ['BH18', 'bcp'],
    ['BH31', 'dorset'], ['BH19', 'dorset'], ['BH20 4AA', 'dorset'], ['BH22', 'dorset'],
    ['DT1 1XJ', 'dorset'], ['dt4', 'dorset'], ['DT11XJ', 'dorset'],
    ['SO41', 'england'], ['BH25 5AA', 'england'], ['SP1 2AA', 'england'], ['SP8', 'dorset'],
  ])('a postcode district is read by its district, not its letters: "%s" → %s', (text, area) => {
    expect(findPlace(text, places)).toMatchObject({ area });
  });
  it('a district with places in more than one council (or outside Dorset) asks: BH16, BH21, BH23, BH24', () => {
    for (const district of ['BH16', 'BH21', 'BH23', 'BH24 1AA']) {
      expect(findPlace(`we are in ${district}`, places)).toEqual({ ask: true, place: district.split(' ')[0] });
    }
  });
  it('a BH district not in the table asks rather than guessing', () => {
    expect(findPlace('BH40', places)).toEqual({ ask: true, place: 'BH40' });
  });
  it('Dorset villages and towns the tester tried are Dorset Council: Gillingham, Cerne Abbas', () => {
    expect(findPlace('we live in Gillingham', places)).toMatchObject({ area: 'dorset' });
    expect(findPlace('Cerne Abbas', places)).toMatchObject({ area: 'dorset' });
  });
  it('places elsewhere in England are only for the area question, never read in free text', () => {
    expect(places.elsewhere).toEqual(expect.arrayContaining(['salisbury', 'yeovil', 'london', 'leeds', 'hampshire']));
    expect(findPlace('we live in Leeds', places)).toBeUndefined();
  });
  it('every postcode district placed as BCP is in a post town whose places are BCP, and the other way round', () => {
    // The district table is derived from post towns: Bournemouth (BH1-BH11), Poole (BH12-BH17), Broadstone (BH18).
    const bcp = Object.entries(places.postcodes).filter(([, a]) => a === 'bcp').map(([d]) => d);
    expect(bcp).toEqual(['BH1', 'BH2', 'BH3', 'BH4', 'BH5', 'BH6', 'BH7', 'BH8', 'BH9', 'BH10', 'BH11', 'BH12', 'BH13', 'BH14', 'BH15', 'BH17', 'BH18']);
  });
  it('Merley and Broadstone are BCP; Corfe Mullen, Colehill and Ferndown are Dorset Council', () => {
    expect(findPlace('Merley', places)).toMatchObject({ area: 'bcp' });
    expect(findPlace('Broadstone', places)).toMatchObject({ area: 'bcp' });
    expect(findPlace('Corfe Mullen', places)).toMatchObject({ area: 'dorset' });
    expect(findPlace('Colehill', places)).toMatchObject({ area: 'dorset' });
    expect(findPlace('Ferndown', places)).toMatchObject({ area: 'dorset' });
  });
  it('no place, another postcode area, or a place name inside another word: nothing', () => {
    expect(findPlace('how do I ask for an assessment', places)).toBeUndefined();
    expect(findPlace('SW1A 1AA', places)).toBeUndefined();
    expect(findPlace('my son takes B12', places)).toBeUndefined();
    expect(findPlace('portlandia', places)).toBeUndefined();
  });
});

describe('a place typed in free text', () => {
  const knowledge = realKnowledge();
  const ls = (key: string) => knowledge.dialogText.localServices[key];
  const showing = (area: string) => knowledge.text('area.showing', { area: knowledge.text(`area.name.${area}`) });

  it('"services in Weymouth" starts Local services for Dorset Council, without asking the area', async () => {
    const bot = createTestBot();
    const seen = visibleText(await bot.say('services in Weymouth'));
    expect(seen).toContain(showing('dorset'));
    expect(seen).toContain(ls('ask.need'));
    expect(seen).not.toContain(ls('ask.area'));
    expect(seen).not.toContain(knowledge.text('question.noAnswer').split('\n')[0]);
  });

  it.each([
    ['is there a parent support group in bournemouth', 'bcp', 'bcp-parent-carers-together'],
    ['mental health help near DT4', 'dorset', 'dorset-camhs'],
  ])('%j names the kind of help too: its services at once, without asking which kind', async (said, area, service) => {
    const bot = createTestBot();
    const seen = visibleText(await bot.say(said));
    expect(seen).toContain(showing(area));
    expect(seen).not.toContain(ls('ask.need'));
    expect(seen).toContain(knowledge.service(service)!.name);
    expect(seen).toContain(ls('ask.next'));
  });

  it('a district in two councils with a kind of help asks the council, then shows that help', async () => {
    const bot = createTestBot();
    expect(visibleText(await bot.say('we are in BH21, any support groups?'))).toContain(ls('ask.area'));
    const seen = visibleText(await bot.say(ls('area.bcp')));
    expect(seen).not.toContain(ls('ask.need'));
    expect(seen).toContain(knowledge.service('bcp-parent-carers-together')!.name);
  });

  it('a Dorset postcode does the same; BH15 is BCP; a BH district in two councils asks which council', async () => {
    let bot = createTestBot();
    expect(visibleText(await bot.say('help near DT4 please'))).toContain(showing('dorset'));
    bot = createTestBot();
    expect(visibleText(await bot.say('we are in BH15'))).toContain(showing('bcp'));
    bot = createTestBot();
    const seen = visibleText(await bot.say('we are in BH21'));
    expect(seen).toContain(knowledge.text('place.unsure', { place: 'BH21' }));
    expect(seen).toContain(ls('ask.area'));
  });

  it('a long SEND question that names a place but no kind of help keeps its question: the honest reply, that council\'s topics and person', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    const match = vi.spyOn(bot.deps.matcher, 'match');
    const replies = await bot.say("can anyone tell me if my son would get free transport to his special school, it's 4 miles away and he can't manage the bus on his own. we're in poole");
    // Matched once: the outcome that kept it from Local services is the one answered.
    expect(match).toHaveBeenCalledTimes(1);
    const seen = visibleText(replies);
    expect(seen).not.toContain(ls('ask.need'));
    expect(seen).toContain(knowledge.text('question.noClearAnswer').split('\n')[0]);
    expect(seen).toContain(showing('bcp'));
    expect(seen).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(seen).not.toContain(knowledge.service('dorset-sendiass')!.name);
    // The closest topics are BCP's own: its school transport, not Dorset Council's.
    const topics = buttons(replies);
    expect(topics).toContain(knowledge.entry('bcp-send-school-transport')!.title);
    expect(topics).not.toContain(knowledge.entry('dorset-send-school-transport')!.title);
    // The area is remembered all the same.
    expect(visibleText(await bot.say('what does SENDIASS do'))).toContain(knowledge.entry('send-help-in-bcp')!.answer.split('.')[0]);
  });

  it('a long message that names a place and a kind of help still starts Local services there', async () => {
    const bot = createTestBot();
    const seen = visibleText(await bot.say('we have just moved to Weymouth and I am trying to find a support group for parents of autistic children near us'));
    expect(seen).toContain(showing('dorset'));
    expect(seen).toContain(knowledge.service('dorset-parent-carer-council')!.name);
  });

  it('a Poole family then gets BCP services first in a later answer', async () => {
    const bot = createTestBot();
    await bot.say('local help in Poole');
    await bot.say('cancel');
    const seen = visibleText(await bot.say('how long is the wait for an ADHD assessment for a child'));
    expect(seen).toContain(knowledge.service('bcp-sendiass')!.name);
    expect(seen).not.toContain(knowledge.service('dorset-sendiass')!.name);
  });
});

describe('a place typed at the area question', () => {
  const knowledge = realKnowledge();
  const ls = (key: string) => knowledge.dialogText.localServices[key];
  it.each([
    ['Lyme Regis', 'dorset'], ['we live in Canford Heath', 'bcp'],
    ['DT1 1XJ', 'dorset'], ['dt4', 'dorset'], ['BH15 2AA', 'bcp'], ['BH8', 'bcp'], ['bh8 8dx', 'bcp'], ['BH31', 'dorset'],
    ['SO41', 'england'], ['Gillingham', 'dorset'], ['Cerne Abbas', 'dorset'],
    ['Salisbury', 'england'], ['Yeovil', 'england'], ['London', 'england'], ['Leeds', 'england'], ['hampshire', 'england'],
  ])('Talk to a person: "%s" chooses the council (%s)', async (said, area) => {
    const bot = createTestBot();
    await bot.say(knowledge.text('menu.talkToPerson'));
    const seen = visibleText(await bot.say(said));
    expect(seen).toContain(knowledge.dialogText.talkToPerson[`results.${area}`]);
    expect(seen).not.toContain(ls('ask.notUnderstood'));
  });
  it.each([['BH8', 'bcp'], ['Salisbury', 'england'], ['DT1 1XJ', 'dorset']])('Local services: "%s" chooses the council (%s)', async (said, area) => {
    const bot = createTestBot();
    await bot.say(knowledge.text('menu.localServices'));
    await bot.say(said);
    const seen = visibleText(await bot.say(ls('need.information-advice')));
    expect(seen).toContain(area === 'england' ? ls('results.national') : ls(`results.local.${area}`));
  });
  it.each(['BH21', 'BH23 1AA', 'BH24'])('a district in more than one council ("%s") says so and asks again', async (said) => {
    for (const journey of ['menu.localServices', 'menu.talkToPerson']) {
      const bot = createTestBot();
      await bot.say(knowledge.text(journey));
      const seen = visibleText(await bot.say(said));
      expect(seen).toContain(ls('area.spans').replace('{place}', said.split(' ')[0]));
      expect(seen).not.toContain(ls('ask.notUnderstood'));
      // Then a council chosen plainly carries on.
      expect(visibleText(await bot.say('Christchurch'))).not.toContain(ls('area.spans').replace('{place}', said.split(' ')[0]));
    }
  });
});
