import { describe, expect, it } from 'vitest';
import { contactValue, safetyParts } from '../src/core/render';
import { createTestBot, realKnowledge, testDeps, visibleText } from './helpers/testBot';

/** The crisis reply as a parent on a phone meets it: 999 first and once, links that work, the rest folded. */

const k = realKnowledge();
const t = (key: string) => k.text(key);
const BLEEDING = 'my son has cut himself and is bleeding a lot and wont stop';
const SUICIDE = 'I want to kill myself';
const disclaimer = /not legal advice/i;
const screen = testDeps().screen;

/** The paragraphs of a Markdown text. */
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

describe('the crisis reply on a first message', () => {
  it.each(['test', 'webchat'])('comes before any welcome (%s, no join event)', async (channelId) => {
    const bot = createTestBot({ channelId });
    const replies = await bot.say(BLEEDING);
    expect(replies[0]?.text).toMatch(/^\*\*[^\n]*\[999\]\(tel:999\)/);
    expect(visibleText(replies)).not.toContain(t('welcome').split('\n')[0]);
    expect(visibleText(replies)).not.toMatch(disclaimer);
    // The welcome and the information-not-advice line come with the next ordinary message, once.
    const next = visibleText(await bot.say('what is a SENCO'));
    expect(next).toMatch(disclaimer);
    expect(visibleText(await bot.say('what does EHCP mean'))).not.toMatch(disclaimer);
  });

  it('after the welcome in Web Chat, the crisis reply is the first thing the turn sends', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const replies = await bot.say(SUICIDE);
    expect(replies).toHaveLength(1);
    expect(paragraphs(replies[0]!.text!)[0]).toContain('[999](tel:999)');
  });
});

describe('999 once, at the top', () => {
  it.each([BLEEDING, SUICIDE])('"%s": the first screen does not say 999 twice in a row, nor list 999 as a service', (message) => {
    const hit = screen(message)!;
    expect(hit).toBeDefined();
    const { first } = safetyParts(hit, t);
    const [lead, second] = paragraphs(first);
    expect(lead).toContain('[999](tel:999)');
    expect(second ?? '').not.toMatch(/\b999\b/);
    expect(first).not.toContain(k.service('emergency-999')!.name);
  });

  it('the medical emergency leads with its own 999 sentence, linked', () => {
    const { first } = safetyParts(screen(BLEEDING)!, t);
    expect(paragraphs(first)[0]).toMatch(/seriously ill or injured.*\[999\]\(tel:999\)/);
    expect(first).not.toContain(k.safety.emergency.trim());
  });

  it('cites the ambulance service that answers 999 in Dorset and BCP for the 999 line', () => {
    const source = k.service('emergency-999')!.contacts[0]!.source;
    expect(source.url).toMatch(/^https:\/\/www\.swast\.nhs\.uk\//);
  });
});

describe('links a parent can tap', () => {
  it('a website written without https (childline.org.uk) is a link in the full list', () => {
    expect(contactValue({ kind: 'webchat', value: 'childline.org.uk' })).toBe('[childline.org.uk](https://childline.org.uk)');
    const { more } = safetyParts(screen(SUICIDE)!, t);
    expect(more).toContain('[childline.org.uk](https://childline.org.uk)');
  });

  it('"Text SHOUT to 85258" stays words: Web Chat strips sms: links', () => {
    expect(contactValue({ kind: 'text', value: 'Text SHOUT to 85258' })).toBe('Text SHOUT to 85258');
  });
});

describe('"More help" is folded away from the first screen', () => {
  it('in Teams: the first screen in the card, the rest behind a "More help" button in the same card', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.say(SUICIDE);
    expect(replies).toHaveLength(1);
    const card = replies[0]!.attachments![0]!.content as { body: Array<{ text?: string }>; actions: Array<{ type: string; title: string; card: { body: Array<{ text?: string }> } }> };
    const bodyText = card.body.map((b) => b.text ?? '').join('\n');
    expect(bodyText).toContain('999');
    expect(bodyText).not.toContain(k.text('service.who', { who: '' }).trim());
    const [fold] = card.actions;
    expect(fold?.type).toBe('Action.ShowCard');
    expect(fold?.title).toBe(t('safety.moreHelp.button'));
    expect(fold!.card.body.map((b) => b.text ?? '').join('\n')).toContain(k.service('samaritans')!.name);
  });

  it('in Web Chat: "More help" follows the first screen, with every service in full', () => {
    const hit = screen(SUICIDE)!;
    const { first, more } = safetyParts(hit, t);
    expect(first).not.toContain(k.text('service.who', { who: '' }).trim());
    expect(more).toContain(k.text('service.who', { who: '' }).trim());
  });
});
