import { describe, expect, it } from 'vitest';
import { MemoryStorage } from 'botbuilder';
import { answerText } from '../src/core/render';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';

const k = realKnowledge();
const menuTitles = ['assessmentRights', 'deadlines', 'localServices', 'askQuestion', 'talkToPerson'].map((c) => k.text(`menu.${c}`));
const disclaimer = /not legal advice/i;

describe('welcome', () => {
  it('greets once with what it can do, the information-not-advice line and the menu (test channel: plain text)', async () => {
    const bot = createTestBot();
    const replies = await bot.join();
    const text = visibleText(replies);
    expect(replies[0].text).toBe(k.text('welcome'));
    expect(text).toMatch(disclaimer);
    for (const title of menuTitles) expect(text).toContain(title);
    // A second join (e.g. a page refresh in the same conversation) does not greet again.
    expect(await bot.join()).toEqual([]);
  });

  it('shows the menu as suggested actions in Web Chat', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    const replies = await bot.join();
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it('greets when the app is installed in Teams (the bot is the member added), with buttons on a card', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.say({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'bot', name: 'Bot' }],
      recipient: { id: 'bot', name: 'Bot' },
    });
    // In Teams the welcome is an Adaptive Card (v1.5) holding the same words, one block per paragraph.
    const card = replies[0].attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect((card?.content as { version: string }).version).toBe('1.5');
    const paragraphs = k.text('welcome').trim().split(/\n\s*\n/);
    expect(visibleText([replies[0]]).split('\n')).toEqual(paragraphs);
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it('strips the @mention Teams puts in front of a message', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.say({
      type: 'message',
      text: '<at>SEND Signpost</at> help',
      entities: [{ type: 'mention', mentioned: { id: 'bot', name: 'SEND Signpost' }, text: '<at>SEND Signpost</at>' }],
      recipient: { id: 'bot', name: 'SEND Signpost' },
    });
    expect(visibleText(replies)).toContain('Here is what I can do');
  });

  it('says the information-not-advice line once per conversation, even when the first thing is a question', async () => {
    const bot = createTestBot();
    const first = await bot.say('what is a SENCO');
    expect(visibleText(first)).toMatch(disclaimer);
    const later = [...(await bot.say('menu')), ...(await bot.say('help')), ...(await bot.say('what does EHCP mean'))];
    expect(visibleText(later)).not.toMatch(disclaimer);
  });
});

describe('menu and routing', () => {
  it('each menu item leads somewhere real (a journey, or an honest "not ready yet"), never the no-answer text or an error', async () => {
    for (const title of menuTitles) {
      const bot = createTestBot({ channelId: 'webchat' });
      await bot.join();
      const replies = await bot.say(title);
      const text = visibleText(replies);
      expect(replies.length, title).toBeGreaterThan(0);
      expect(text, title).not.toContain(k.text('question.noAnswer'));
      expect(text, title).not.toContain(k.text('error.apology'));
    }
  });

  it('"Ask a question" asks for the question, then answers it from the knowledge with its source and reviewed date', async () => {
    const bot = createTestBot();
    await bot.join();
    expect(visibleText(await bot.say('Ask a question'))).toContain(k.text('ask.prompt'));
    const replies = await bot.say('how lond does the council have to desicde on an ehcp asessment');
    const outcome = bot.deps.matcher.match('how lond does the council have to desicde on an ehcp asessment');
    expect(outcome.kind).toBe('answer');
    if (outcome.kind !== 'answer') return;
    expect(outcome.entry.id).toBe('ehc-assessment-decision-6-weeks');
    expect(replies[0].text).toBe(answerText(outcome.entry, k.text));
    expect(replies[0].text).toMatch(/6 weeks/);
    // Then it offers to go on: follow-ups and a way back to the menu.
    expect(visibleText(replies)).toContain(k.text('menu.button'));
  });

  it('a free-text question typed at the menu reaches the matcher directly', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say('Do I need a diagnosis before my child can get support?');
    expect(visibleText(replies)).not.toContain(k.text('question.noAnswer'));
    expect(visibleText(replies)).not.toContain(k.text('menu.prompt'));
  });

  it('a question about something else entirely gets the honest answer that names SENDIASS, and the menu', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say('when do the bins get collected on my street');
    const text = visibleText(replies);
    expect(text).toContain(k.text('question.noAnswer'));
    expect(text).toMatch(/SENDIASS/);
    for (const title of menuTitles) expect(text).toContain(title);
  });

  it('asks kindly when the message is empty or only spaces, and loses nothing', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.say('Ask a question');
    const replies = await bot.say('   ');
    expect(replies[0].text).toBe(k.text('input.empty'));
    // Still waiting for the question.
    expect(visibleText(replies)).toContain(k.text('ask.prompt'));
  });

  it('answers a sent file politely without reading it', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say({ type: 'message', text: '', attachments: [{ contentType: 'image/png', contentUrl: 'data:image/png;base64,AAAA', name: 'letter.png' }] });
    expect(replies[0].text).toBe(k.text('input.attachment'));
  });
});

describe('interruptions work at any point', () => {
  async function midQuestion(channelId = 'test') {
    const bot = createTestBot({ channelId });
    await bot.join();
    await bot.say('Ask a question');
    return bot;
  }

  it('menu: leaves the question prompt and shows the menu', async () => {
    const bot = await midQuestion();
    const text = visibleText(await bot.say('menu'));
    for (const title of menuTitles) expect(text).toContain(title);
    expect(text).not.toContain(k.text('ask.prompt'));
  });

  it('help: explains what the bot can do, then asks the same question again', async () => {
    const bot = await midQuestion();
    const replies = await bot.say('Help');
    expect(replies[0].text).toBe(k.text('help'));
    expect(visibleText(replies)).toContain(k.text('ask.prompt'));
  });

  it('cancel: stops, says so, and offers the menu', async () => {
    const bot = await midQuestion('webchat');
    const replies = await bot.say('cancel');
    expect(visibleText(replies)).toContain(k.text('cancel.done'));
    expect(buttons(replies)).toEqual(menuTitles);
  });

  it('start over: back to the menu, and the next words are treated as a menu choice or question again', async () => {
    const bot = await midQuestion();
    const text = visibleText(await bot.say('start over'));
    for (const title of menuTitles) expect(text).toContain(title);
    expect(visibleText(await bot.say('Ask a question'))).toContain(k.text('ask.prompt'));
  });

  it('forget me: deletes this conversation from the store itself', async () => {
    const storage = new MemoryStorage();
    const bot = createTestBot({ storage });
    await bot.join();
    await bot.say('Ask a question');
    // MemoryStorage deletes by setting a key's value to undefined, so look at what can still be read.
    const stored = async () => {
      const keys = Object.keys((storage as unknown as { memory: Record<string, unknown> }).memory);
      return Object.keys(await storage.read(keys));
    };
    expect((await stored()).length).toBeGreaterThan(0);
    const replies = await bot.say('forget me');
    expect(visibleText(replies)).toContain(k.text('forgetMe.done'));
    expect(await stored()).toEqual([]);
  });
});

describe('safety comes first', () => {
  const risk = 'my son says he wants to kill himself';

  it('at the top level: the safety message (999 first) before anything else', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say(risk);
    expect(replies[0].text).toMatch(/999/);
    expect(replies[0].text).toMatch(/Samaritans|Childline|NHS 111/);
  });

  it('at the main menu\'s question prompt: the safety reply alone, then a question still gets its answer', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.say('Ask a question');
    const replies = await bot.say(risk);
    expect(replies[0].text).toMatch(/999/);
    // Outside a journey nothing is re-asked: the crisis reply is the last thing on screen.
    expect(replies).toHaveLength(1);
    const text = visibleText(replies);
    expect(text).not.toContain(k.text('safety.carryOn'));
    expect(text).not.toContain(k.text('ask.prompt'));
    // A question typed next is answered as any other.
    const answer = await bot.say('how long does the council have to decide whether to assess');
    expect(visibleText(answer)).toMatch(/6 weeks/);
  });

  it('is not triggered by an ordinary worried message', async () => {
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say('I am worried my daughter is falling behind with reading');
    expect(visibleText(replies)).not.toMatch(/999/);
  });
});

describe('when something breaks', () => {
  it('the parent sees a short apology and the menu; the log has the conversation id and never the message text', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    // A broken copy for this bot only: the real matcher is shared by every test in the file (matcherFor).
    bot.deps.matcher = { ...bot.deps.matcher, match: () => {
      throw new Error('matcher exploded');
    } };
    const secret = 'my daughter Jessica Smith born 03/04/2015 email jess@example.com';
    const replies = await bot.say(secret);
    expect(replies[0].text).toBe(k.text('error.apology'));
    expect(buttons(replies)).toEqual(menuTitles);
    const logged = JSON.stringify(bot.log.lines);
    expect(bot.log.lines.some((l) => l.level === 'error' && 'conversationId' in l.obj)).toBe(true);
    for (const piece of ['Jessica', 'Smith', '03/04/2015', 'jess@example.com']) expect(logged).not.toContain(piece);
    // The parent carries on from the menu without being welcomed all over again.
    const next = await bot.say(k.text('menu.askQuestion'));
    expect(visibleText(next)).not.toContain(k.text('welcome'));
    expect(visibleText(next)).toContain(k.text('ask.prompt'));
  });
});

describe('very long messages', () => {
  it('a 50,000-character message gets a kind request to shorten it, and the prompt is kept', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.say('Ask a question');
    const replies = await bot.say('my child needs help with reading '.repeat(1600));
    expect(replies[0].text).toBe(k.text('input.tooLong'));
    expect(visibleText(replies)).toContain(k.text('ask.prompt'));
  });

  it('is still screened for safety first, on its first 4,000 characters', async () => {
    const bot = createTestBot();
    await bot.join();
    const long = `${'school has been hard this year. '.repeat(100)} my son says he wants to kill himself. ${'school has been hard this year. '.repeat(5000)}`;
    const replies = await bot.say(long);
    expect(replies[0].text).toMatch(/999/);
    expect(visibleText(replies)).not.toContain(k.text('input.tooLong'));
  });
});

describe('logs', () => {
  it('every turn is logged with ids, type and length, never the words', async () => {
    const bot = createTestBot();
    await bot.join();
    const message = 'my son Oliver Brown, DOB 12/05/2016, needs help: call 07700 900123';
    await bot.say(message);
    const turns = bot.log.lines.filter((l) => l.msg === 'turn');
    expect(turns.length).toBe(2);
    expect(turns[1].obj).toEqual(expect.objectContaining({ activityType: 'message', channelId: 'test', textLength: message.length }));
    const logged = JSON.stringify(bot.log.lines);
    for (const piece of ['Oliver', 'Brown', '12/05/2016', '07700']) expect(logged).not.toContain(piece);
  });
});
