import { Activity, MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { assessmentRightsEntryIds } from '../dialogs/assessmentRights';
import { LETTER_FILE_NAME } from '../src/core/letters';
import { MAX_MESSAGE_CHARS } from '../src/http/limits';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { expectAnsweredMidJourney, journeyWords, offered } from './helpers/journeys';

const NOW = new Date('2026-11-23T10:00:00Z');
const knowledge = realKnowledge();
const w = journeyWords('assessmentRights');
const t = (key: string) => knowledge.text(key);

/** Everything kept in storage, as one string, to prove what is (and is not) remembered. */
function stored(storage: MemoryStorage): string {
  return JSON.stringify((storage as unknown as { memory: Record<string, string> }).memory);
}
const expectAnswered = (replies: Partial<Activity>[], question: string) => expectAnsweredMidJourney(replies, question, w('ask.carryOn'));
const letterOf = (replies: Partial<Activity>[]) => replies.find((r) => r.textFormat === 'plain' && r.text?.includes('Dear SEND team'))?.text;

async function startLetter(channelId = 'test') {
  const bot = createTestBot({ now: NOW, channelId, storage: new MemoryStorage() });
  await bot.say(t('menu.assessmentRights'));
  const replies = await bot.say(w('letter.offerButton'));
  return { bot, replies };
}

describe('assessment rights: the tour', () => {
  it('every entry it relies on exists', () => {
    for (const id of [...assessmentRightsEntryIds, 'request-ehc-assessment-dorset']) expect(knowledge.entry(id), id).toBeDefined();
  });

  it('starts from words too ("I want to ask for an assessment")', async () => {
    const bot = createTestBot({ now: NOW });
    const replies = await bot.say('I want to ask for an EHC needs assessment');
    expect(visibleText(replies)).toContain(w('intro').split('\n')[0]);
  });

  it('an empty message mid-tour is answered and the question is asked again', async () => {
    const bot = createTestBot({ now: NOW });
    await bot.say(t('menu.assessmentRights'));
    const replies = await bot.say({ type: 'message', text: '   ' });
    expect(visibleText(replies)).toContain(t('input.empty'));
    expect(visibleText(replies)).toContain(w('tour.prompt'));
  });
});

describe('assessment rights: drafting the request letter', () => {
  it('asks the questions, then shows a letter citing s.36 and 6 weeks, with a downloadable file', async () => {
    const { bot, replies: first } = await startLetter();
    expect(visibleText(first)).toContain(w('letter.intro').split('\n')[0]);
    expect(offered(first)).toEqual([w('letter.council.dorset'), w('letter.council.bcp'), w('letter.council.other')]);
    expect(visibleText(await bot.say(w('letter.council.dorset')))).toContain(w('letter.ask.childName'));
    expect(visibleText(await bot.say('Sam Smith'))).toContain(w('letter.ask.dateOfBirth'));
    expect(visibleText(await bot.say('4/3/2015'))).toContain(w('letter.ask.school'));
    expect(visibleText(await bot.say('Hill Top Primary'))).toContain(w('letter.ask.difficulties'));
    expect(visibleText(await bot.say('Sam finds reading very hard and gets anxious.'))).toContain(w('letter.ask.supportTried'));
    expect(visibleText(await bot.say('A reading group since January.'))).toContain(w('letter.ask.parentName'));
    const replies = await bot.say('Jo Smith');

    const letter = letterOf(replies)!;
    expect(letter).toBeDefined();
    for (const part of ['To: The SEND team, Dorset Council', 'Sam Smith', '4 March 2015', 'Hill Top Primary', 'reading very hard', 'A reading group since January.', 'Jo Smith', '23 November 2026']) {
      expect(letter).toContain(part);
    }
    expect(letter).toContain('section 36(8) of the Children and Families Act 2014');
    expect(letter).toContain('within 6 weeks');

    const file = replies.flatMap((r) => r.attachments ?? []).find((a) => a.name === LETTER_FILE_NAME)!;
    expect(file.contentType).toBe('text/plain');
    expect(file.contentUrl!.startsWith('data:text/plain;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(file.contentUrl!.split(',')[1], 'base64').toString('utf8')).toBe(letter);

    const seen = visibleText(replies);
    expect(seen).toContain(w('letter.ready'));
    expect(seen).toContain(w('letter.nextSteps.dorset').split('\n')[0]);
    expect(seen).toContain(t('menu.again'));

    // The letter is done: nothing of it is kept, and nothing of it was logged.
    expect(stored(bot.storage as MemoryStorage)).not.toContain('Sam Smith');
    expect(stored(bot.storage as MemoryStorage)).not.toContain('Hill Top');
    const logged = JSON.stringify(bot.log.lines);
    for (const secret of ['Sam Smith', 'Jo Smith', 'Hill Top', 'reading very hard', 'Dear SEND team']) expect(logged).not.toContain(secret);
  });

  it('re-asks the council for nonsense, an emoji or a very long answer, and answers a question', async () => {
    const { bot } = await startLetter();
    for (const said of ['wibble', '🐸🐸', 'x'.repeat(5000)]) {
      const replies = await bot.say(said);
      // The bot itself asks for a shorter message before the dialog sees a very long one.
      expect(visibleText(replies)).toContain(said.length > MAX_MESSAGE_CHARS ? t('input.tooLong') : w('ask.notUnderstood'));
      expect(visibleText(replies)).toContain(w('letter.ask.council'));
    }
    const replies = await bot.say('Does my child need a diagnosis?');
    expectAnswered(replies, 'Does my child need a diagnosis?');
    expect(visibleText(replies)).toContain(w('letter.ask.council'));
  });

  it('checks the date of birth and says what is wrong with it', async () => {
    const { bot } = await startLetter();
    await bot.say(w('letter.council.dorset'));
    await bot.say('Sam');
    const cases: Array<[string, string]> = [
      ['banana', 'field.dateOfBirth.unrecognised'],
      ['🎂', 'field.dateOfBirth.unrecognised'],
      ['31/2/2015', 'field.dateOfBirth.impossible'],
      ['4 March 2030', 'field.dateOfBirth.inFuture'],
      ['4 March 1990', 'field.dateOfBirth.tooLongAgo'],
      ['last week', 'field.dateOfBirth.vague'],
      ['1'.repeat(300), 'field.dateOfBirth.unrecognised'],
    ];
    for (const [said, key] of cases) {
      const replies = await bot.say(said);
      expect(visibleText(replies), said).toContain(w(key));
      expect(visibleText(replies)).toContain(w('letter.ask.dateOfBirth'));
    }
    const long = await bot.say('1'.repeat(3000));
    expect(visibleText(long)).toContain(t('input.tooLong'));
    expect(visibleText(long)).toContain(w('letter.ask.dateOfBirth'));
    expect(visibleText(await bot.say('4th March 2015'))).toContain(w('letter.ask.school'));
  });

  it('an empty message at every letter question is answered, and the same question comes back', async () => {
    const { bot } = await startLetter();
    const prompts = ['letter.ask.council', 'letter.ask.childName', 'letter.ask.dateOfBirth', 'letter.ask.school', 'letter.ask.difficulties', 'letter.ask.supportTried', 'letter.ask.parentName'];
    for (const [i, key] of prompts.entries()) {
      const replies = await bot.say({ type: 'message', text: '' });
      expect(visibleText(replies), key).toContain(t('input.empty'));
      expect(visibleText(replies), key).toContain(w(key));
      await bot.say(i === 0 ? w('letter.council.dorset') : 'skip');
    }
  });

  it('checks the free-text answers: no words, too long, and a question typed instead', async () => {
    const { bot } = await startLetter();
    await bot.say(w('letter.council.bcp'));
    await bot.say('skip');
    await bot.say('skip');
    expect(visibleText(await bot.say('🏫'))).toContain(w('field.text.noLetters'));
    expect(visibleText(await bot.say('School '.repeat(40)))).toContain(w('field.shortText.tooLong'));
    expect(visibleText(await bot.say('Hill Top'))).toContain(w('letter.ask.difficulties'));
    const tooLong = await bot.say('word '.repeat(700));
    expect(visibleText(tooLong)).toContain(t('input.tooLong'));
    expect(visibleText(tooLong)).toContain(w('letter.ask.difficulties'));
    const replies = await bot.say('How long does the council have to decide whether to assess?');
    expectAnswered(replies, 'How long does the council have to decide whether to assess?');
    expect(visibleText(replies)).toContain(w('letter.ask.difficulties'));
    // An answer that starts like a question is still taken as the answer.
    expect(visibleText(await bot.say('Is very anxious and will not go into class'))).toContain(w('letter.ask.supportTried'));
    // The longest answer the bot accepts is kept whole.
    const longest = 'Needs help. '.repeat(200).slice(0, MAX_MESSAGE_CHARS).trim();
    expect(visibleText(await bot.say(longest))).toContain(w('letter.ask.parentName'));
    const done = await bot.say('skip');
    const letter = letterOf(done)!;
    expect(letter).toContain('Hill Top');
    expect(letter).toContain(longest);
    expect(letter).toContain('Is very anxious and will not go into class');
  });
});

describe('assessment rights: interruptions and privacy in the middle of the letter', () => {
  /** Council, name and date of birth given; now at the school question. */
  async function midLetter(channelId = 'test') {
    const { bot } = await startLetter(channelId);
    await bot.say(w('letter.council.dorset'));
    await bot.say('Sam Smith');
    await bot.say('4/3/2015');
    expect(stored(bot.storage as MemoryStorage)).toContain('Sam Smith');
    return bot;
  }

  it('"help" shows the help and asks the same question; nothing is lost', async () => {
    const bot = await midLetter();
    const replies = await bot.say('help');
    expect(visibleText(replies)).toContain(t('help').split('\n')[0]);
    expect(visibleText(replies)).toContain(w('letter.ask.school'));
    for (let i = 0; i < 3; i++) await bot.say('skip');
    expect(letterOf(await bot.say('skip'))).toContain('Sam Smith');
  });

  it('a safety message mid-question gets the safety help first, then carries on', async () => {
    const bot = await midLetter();
    const replies = await bot.say('my son says he wants to kill himself');
    const seen = visibleText(replies);
    expect(replies[0].text).toContain(knowledge.safety.emergency.split('\n')[0]);
    expect(seen).toContain(t('safety.carryOn'));
    expect(seen).toContain(w('letter.ask.school'));
    expect(stored(bot.storage as MemoryStorage)).toContain('Sam Smith');
  });

  it('"forget me" deletes the answers from storage', async () => {
    const bot = await midLetter();
    const replies = await bot.say('forget me');
    expect(visibleText(replies)).toContain(t('forgetMe.done'));
    expect(stored(bot.storage as MemoryStorage)).not.toContain('Sam Smith');
    expect(stored(bot.storage as MemoryStorage)).not.toContain('March 2015');
    // Starting again begins a fresh letter.
    await bot.say(t('menu.assessmentRights'));
    await bot.say(w('letter.offerButton'));
    await bot.say(w('letter.council.dorset'));
    let last: Partial<Activity>[] = [];
    for (let i = 0; i < 6; i++) last = await bot.say('skip');
    expect(letterOf(last)).not.toContain('Sam Smith');
  });

  it.each(['start over', 'menu', 'cancel'])('"%s" leaves the letter and deletes its answers', async (word) => {
    const bot = await midLetter();
    const replies = await bot.say(word);
    expect(visibleText(replies)).toContain(word === 'cancel' ? t('cancel.done') : t('menu.prompt'));
    expect(stored(bot.storage as MemoryStorage)).not.toContain('Sam Smith');
  });

  it('works in Teams: buttons on a card, the letter shown as text (Teams takes no data: files)', async () => {
    const bot = await midLetter('msteams');
    const replies = await bot.say('help');
    const card = replies[replies.length - 1].attachments?.[0];
    expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(offered(replies)).toContain(w('ask.skipButton'));
    let done: Partial<Activity>[] = [];
    for (let i = 0; i < 4; i++) done = await bot.say(w('ask.skipButton'));
    expect(letterOf(done)).toContain('Sam Smith');
    expect(done.flatMap((r) => r.attachments ?? []).some((a) => a.name === LETTER_FILE_NAME)).toBe(false);
  });

  it('works in Web Chat: real buttons and the downloadable file', async () => {
    const bot = await midLetter('webchat');
    const replies = await bot.say('menu');
    expect(buttons(replies)).toContain(t('menu.assessmentRights'));
    await bot.say(t('menu.assessmentRights'));
    const offer = await bot.say(w('letter.offerButton'));
    expect(offered(offer)).toContain(w('letter.council.bcp'));
    await bot.say(w('letter.council.bcp'));
    let done: Partial<Activity>[] = [];
    for (let i = 0; i < 6; i++) done = await bot.say(w('ask.skipButton'));
    expect(done.flatMap((r) => r.attachments ?? []).some((a) => a.name === LETTER_FILE_NAME)).toBe(true);
  });
});
