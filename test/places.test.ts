import { describe, expect, it } from 'vitest';
import { findPlace, type Places } from '../src/core/places';
import { createTestBot, realKnowledge, visibleText } from './helpers/testBot';

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
  it('a BH postcode spans both councils: ask', () => {
    expect(findPlace('we are BH15', places)).toEqual({ ask: true, place: 'BH15' });
  });
  it('places from both councils: ask', () => {
    expect(findPlace('between Poole and Wareham', places)).toMatchObject({ ask: true });
  });
  it.each(['we live in Bearwood', 'Queens Park', 'near St Leonards'])(
    'a name shared with a better-known place elsewhere is not taken as Dorset or BCP: "%s"',
    (text) => {
      expect(findPlace(text, places)).toBeUndefined();
    },
  );
  it('every BH district asks, including those reaching into Hampshire (BH23, BH24, BH25)', () => {
    for (const district of ['BH1', 'BH21', 'BH23', 'BH24 1AA', 'BH25', 'BH31']) {
      expect(findPlace(`we are in ${district}`, places)).toMatchObject({ ask: true });
    }
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

  it('a Dorset postcode does the same; a BH postcode asks which council', async () => {
    let bot = createTestBot();
    expect(visibleText(await bot.say('help near DT4 please'))).toContain(showing('dorset'));
    bot = createTestBot();
    const seen = visibleText(await bot.say('we are in BH15'));
    expect(seen).toContain(knowledge.text('place.unsure', { place: 'BH15' }));
    expect(seen).toContain(ls('ask.area'));
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
  it.each([['Lyme Regis', 'dorset'], ['we live in Canford Heath', 'bcp']])('"%s" chooses the council (%s)', async (said, area) => {
    const bot = createTestBot();
    await bot.say(knowledge.text('menu.talkToPerson'));
    expect(visibleText(await bot.say(said))).toContain(knowledge.dialogText.talkToPerson[`results.${area}`]);
  });
});
