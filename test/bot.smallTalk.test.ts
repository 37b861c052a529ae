import { describe, expect, it } from 'vitest';
import { recogniseSmallTalk } from '../src/core/menu';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

const k = realKnowledge();
const text = (key: string) => k.text(key);
const menuTitles = ['assessmentRights', 'deadlines', 'localServices', 'askQuestion', 'talkToPerson'].map((c) => k.text(`menu.${c}`));
const noAnswer = /I don't have an answer|I only know about/i;

describe('small talk: the whole message a greeting, thanks or "ok"', () => {
  it.each([
    ['hi', 'greeting'],
    ['hello', 'greeting'],
    ['Hi there!', 'greeting'],
    ['good morning', 'greeting'],
    ['thanks', 'thanks'],
    ['thank you that\u2019s really helpful', 'thanks'],
    ["thank you that's really helpful", 'thanks'],
    ['cheers', 'thanks'],
    ['ok thanks', 'thanks'],
    ['thanks for your help', 'thanks'],
    ['ok', 'ok'],
    ['okay', 'ok'],
    ['no', 'no'],
    ['no thanks', 'no'],
    ['nope thats all', 'no'],
    ['bye', 'no'],
    ['nothing else thank you', 'no'],
    ['yes', 'yes'],
    ['yes please', 'yes'],
  ])('"%s" is small talk (%s)', (said, kind) => {
    expect(recogniseSmallTalk(said, text)).toBe(kind);
  });

  it.each([
    'hi, can I ask for an assessment myself?',
    'hello my son has autism and the school says no',
    'thanks but what is an EHCP',
    'ok so how long does the council have',
    'is it ok to ask for an assessment',
    'help',
    '1',
  ])('"%s" is not small talk', (said) => {
    expect(recogniseSmallTalk(said, text)).toBeUndefined();
  });

  it.each([
    ['hi', text('smallTalk.hello')],
    ['hello', text('smallTalk.hello')],
    ['thanks', text('smallTalk.thanks')],
    ["thank you that's really helpful", text('smallTalk.thanks')],
    ['cheers', text('smallTalk.thanks')],
    ['ok', text('menu.again')],
  ])('Web Chat, first message after the welcome "%s": a short reply and the menu, not "I don\'t have an answer"', async (said, reply) => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const replies = await bot.say(said);
    const shown = visibleText(replies);
    expect(shown).not.toMatch(noAnswer);
    expect(replies.at(-1)?.text?.startsWith(reply)).toBe(true);
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it('after an answer, "thanks" gets "You\'re welcome" and the menu', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    await bot.say('what is a SENCO');
    const replies = await bot.say('thanks');
    expect(visibleText(replies)).not.toMatch(noAnswer);
    expect(replies.at(-1)?.text).toContain(text('smallTalk.thanks'));
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it.each([
    ['no', text('smallTalk.bye')],
    ['no thanks', text('smallTalk.bye')],
    ['bye', text('smallTalk.bye')],
    ['yes please', text('menu.prompt')],
  ])('after an answer, %j is a reply to "Is there more I can help with?", never "I only know about SEND"', async (said, reply) => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    await bot.say('what is a SENCO');
    const replies = await bot.say(said);
    expect(visibleText(replies)).not.toMatch(noAnswer);
    expect(replies.at(-1)?.text?.startsWith(reply)).toBe(true);
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it.each(['no school will take him', 'yes but what is an EHCP', 'no one will help'])('%j is not small talk', (said) => {
    expect(recogniseSmallTalk(said, text)).toBeUndefined();
  });

  it('a greeting with a question is answered as a question', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const replies = await bot.say('hi, can I ask for an assessment myself?');
    expect(visibleText(replies)).not.toContain(text('smallTalk.hello'));
    expect(buttons(replies)).not.toEqual(menuTitles);
  });
});

describe('"no thanks", "that\'s all, thanks" or "bye" at a journey\'s question end the journey', () => {
  const ls = journeyWords('localServices');
  it.each([
    ["that's all, thanks", text('smallTalk.thanks')],
    ['no thanks', text('smallTalk.bye')],
    ['bye', text('smallTalk.bye')],
  ])('%j at "What kind of help?" (after a question typed there) gets the menu\'s reply and the menu', async (said, reply) => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    await bot.say(text('menu.localServices'));
    await bot.say('Poole');
    await bot.say('what is a SENCO');
    const replies = await bot.say(said);
    expect(visibleText(replies)).not.toContain(ls('ask.notUnderstood'));
    expect(replies.at(-1)?.text?.startsWith(reply)).toBe(true);
    expect(buttons(replies)).toEqual(menuTitles);
    // The menu is what is on screen now: its second button is typed by number.
    expect(visibleText(await bot.say('2'))).toContain(journeyWords('deadlines')('milestone.prompt'));
  });

  it.each([
    ['bye', 'leaves'], ["that's all", 'leaves'], ['thanks', 'asks again'], ['no thanks', 'asks again'],
  ])('%j at "What is your child\'s full name?" is never the name in the letter: it %s', async (said, what) => {
    const ar = journeyWords('assessmentRights');
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    await bot.say(text('menu.assessmentRights'));
    await bot.say(ar('letter.offerButton'));
    expect(visibleText(await bot.say(ar('letter.council.dorset')))).toContain(ar('letter.ask.childName'));
    const replies = await bot.say(said);
    if (what === 'leaves') {
      expect(buttons(replies)).toEqual(menuTitles);
    } else {
      expect(replies.at(-1)?.text).toContain(ar('field.notAName'));
      expect(replies.at(-1)?.text).toContain(ar('letter.ask.childName'));
    }
    expect(visibleText(replies)).not.toContain(ar('letter.ask.dateOfBirth'));
  });
});
