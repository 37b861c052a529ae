import { Activity, MemoryStorage } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { assessmentRightsEntryIds } from '../dialogs/assessmentRights';
import { LETTER_FILE_NAME } from '../src/core/letters';
import { DownloadStore } from '../src/bot/downloads';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { expectAnsweredMidJourney, journeyWords, offered } from './helpers/journeys';
import { MAX_MESSAGE_CHARS } from '../src/core/messageLimits';

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

/**
 * Assessment rights inside the whole bot: started from the menu or from words, back to the menu at the end,
 * the letter's answers kept out of storage and logs, and as Teams and Web Chat show it. The journey's own
 * behaviour is test/dialogs/assessmentRights.test.ts (with test/dialogs/ask.test.ts for each question);
 * words that work at any of its prompts are test/interruptions.test.ts.
 */
describe('assessment rights: the tour', () => {
  it('every entry it relies on exists', () => {
    for (const id of [...assessmentRightsEntryIds, 'request-ehc-assessment-dorset']) expect(knowledge.entry(id), id).toBeDefined();
  });

  it('"That\'s enough for now" ends the journey and brings back the menu', async () => {
    const bot = createTestBot({ now: NOW });
    await bot.say(t('menu.assessmentRights'));
    const replies = await bot.say(w('tour.doneButton'));
    expect(visibleText(replies)).toContain(t('menu.again'));
  });

  it('starts from words too ("I want to ask for an assessment")', async () => {
    const bot = createTestBot({ now: NOW });
    const replies = await bot.say('I want to ask for an EHC needs assessment');
    expect(visibleText(replies)).toContain(w('intro').split('\n')[0]);
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
    expect(file.contentType).toBe('text/plain; charset=utf-8');
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

  it('in Teams with a public address: the card carries a download link and a printable-page link to the same letter', async () => {
    const bot = createTestBot({ now: NOW, channelId: 'msteams', storage: new MemoryStorage(), config: { publicBaseUrl: 'https://signpost.example.org' } });
    bot.deps.files = new DownloadStore(bot.storage, () => NOW.getTime());
    await bot.say(t('menu.assessmentRights'));
    await bot.say(w('letter.offerButton'));
    await bot.say(w('letter.council.bcp'));
    let done: Partial<Activity>[] = [];
    for (let i = 0; i < 6; i++) done = await bot.say(w('ask.skipButton'));
    const seen = visibleText(done);
    const link = new RegExp(`\\[${w('letter.downloadLink')}\\]\\((https://signpost\\.example\\.org/files/([A-Za-z0-9_-]{43}))\\)`).exec(seen);
    expect(link).not.toBeNull();
    expect(seen).toContain(`[${w('letter.printLink')}](${link![1]}/print)`);
    const file = await bot.deps.files.get(link![2]);
    expect(file?.name).toBe(LETTER_FILE_NAME);
    expect(file?.body).toBe(letterOf(done));
    // Teams gets cards, never a file attachment it would refuse.
    expect(done.flatMap((r) => r.attachments ?? []).some((a) => a.name === LETTER_FILE_NAME)).toBe(false);
  });

  it('past compulsory school age: asks who the letter is from; the young person\'s own letter says "I" and asks no parent\'s name', async () => {
    const { bot } = await startLetter();
    await bot.say(w('letter.council.dorset'));
    await bot.say('Alex Smith');
    // 4 March 2008: 18 on 23 November 2026, past the leaving date of June 2024.
    const asked = await bot.say('4/3/2008');
    expect(visibleText(asked)).toContain(w('letter.ask.writer').split('\n')[0]);
    expect(offered(asked)).toEqual(expect.arrayContaining([w('letter.writer.young-person'), w('letter.writer.parent-for-young-person')]));
    expect(visibleText(await bot.say(w('letter.writer.young-person')))).toContain(w('letter.ask.school.youngPerson'));
    expect(visibleText(await bot.say('skip'))).toContain(w('letter.ask.difficulties.youngPerson'));
    await bot.say('skip');
    const done = await bot.say('skip');
    expect(visibleText(done)).not.toContain(w('letter.ask.parentName'));
    const letter = letterOf(done)!;
    expect(letter).toContain('needs assessment for me, under section 36(1)');
    expect(letter.trim().endsWith('Alex Smith')).toBe(true);
  });

  it('past compulsory school age, a parent acting for them: the letter says why (capacity, s.80) and asks the parent\'s name', async () => {
    const { bot } = await startLetter();
    await bot.say(w('letter.council.bcp'));
    await bot.say('Alex Smith');
    await bot.say('4/3/2008');
    expect(visibleText(await bot.say(w('letter.writer.parent-for-young-person')))).toContain(w('letter.ask.school'));
    await bot.say('skip');
    await bot.say('skip');
    expect(visibleText(await bot.say('skip'))).toContain(w('letter.ask.parentName'));
    const letter = letterOf(await bot.say('Jo Smith'))!;
    expect(letter).toContain('Mental Capacity Act 2005');
    expect(letter).toContain('Section 80 of the Children and Families Act 2014');
    expect(letter.trim().endsWith('Jo Smith')).toBe(true);
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
