import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { splitAnswer, SUMMARY_MAX_WORDS } from '../src/core/render';
import type { Entry } from '../src/core/model';
import { summaryProblem } from '../src/knowledge/checks';
import { buttons, createTestBot, realKnowledge, visibleText } from './helpers/testBot';

/**
 * Issue 16: in Web Chat a long answer's summary comes first, with "More detail" leading the buttons; the rest
 * (other paragraphs, sources, last checked, services) follows only when asked for, and only straight after.
 */

const k = realKnowledge();
const MORE = k.text('more.button');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The first of an entry's own questions that the matcher answers with that entry. */
function questionFor(bot: ReturnType<typeof createTestBot>, entry: Entry): string | undefined {
  return entry.questions.find((q) => {
    const outcome = bot.deps.matcher.match(q);
    return outcome.kind === 'answer' && outcome.entry.id === entry.id;
  });
}

/** Entries with a rest behind "More detail", each with a question that reaches it. */
function longAnswers(bot: ReturnType<typeof createTestBot>, count: number): Array<{ entry: Entry; question: string }> {
  const found: Array<{ entry: Entry; question: string }> = [];
  for (const entry of k.entries) {
    if (found.length >= count) break;
    if (!splitAnswer(entry.answer).rest || entry.followUps.length === 0) continue;
    const question = questionFor(bot, entry);
    if (question) found.push({ entry, question });
  }
  return found;
}

const firstParagraph = (text: string) => text.split('\n\n')[0]!;
const texts = (replies: Partial<Activity>[]) => replies.map((r) => r.text ?? '');

describe('splitAnswer (src/core/render.ts)', () => {
  it('leads with the first paragraph and keeps the rest, in order, for "More detail"', () => {
    const answer = `${'Lead sentence here. '.repeat(4).trim()}\n\n${'More words follow here. '.repeat(20).trim()}\n\nLast paragraph.`;
    const { summary, rest } = splitAnswer(answer);
    expect(summary).toBe('Lead sentence here. '.repeat(4).trim());
    expect(rest).toBe(`${'More words follow here. '.repeat(20).trim()}\n\nLast paragraph.`);
  });

  it('a first paragraph over the limit stops after the last whole sentence that fits', () => {
    const long = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} has six words here.`).join(' ');
    const { summary, rest } = splitAnswer(`${long}\n\nAnother paragraph of words to make it long enough.`);
    expect(words(summary)).toBeLessThanOrEqual(SUMMARY_MAX_WORDS);
    expect(summary.endsWith('here.')).toBe(true);
    expect(`${summary} ${rest.split('\n\n')[0]}`).toBe(long);
  });

  it('a lead that introduces a short list keeps the list; a long list leaves its "It can:" with it', () => {
    const short = splitAnswer(`You must appeal by the later of:\n\n- 2 months from the letter, or\n- 1 month from the certificate.\n\n${'Then more. '.repeat(40)}`);
    expect(short.summary).toBe('You must appeal by the later of:\n\n- 2 months from the letter, or\n- 1 month from the certificate.');
    const list = Array.from({ length: 12 }, (_, i) => `- Option ${i + 1} is one of the things the council may decide.`).join('\n');
    const long = splitAnswer(`The council must decide within 4 weeks. It can:\n\n${list}\n\nMore after.`);
    expect(long.summary).toBe('The council must decide within 4 weeks.');
    expect(long.rest.startsWith(`It can:\n\n${list}`)).toBe(true);
  });

  it('a short answer is all summary', () => {
    expect(splitAnswer('One short paragraph.\n\nAnd another.')).toEqual({ summary: 'One short paragraph.\n\nAnd another.', rest: '' });
  });

  it('every entry in the knowledge has a summary of a few lines', () => {
    for (const entry of k.entries) {
      const { summary, rest } = splitAnswer(entry.answer);
      expect(summary.length, entry.id).toBeGreaterThan(0);
      // The summary and the rest together are the whole answer, nothing lost or repeated.
      expect(`${summary} ${rest}`.replace(/\s+/g, ' ').trim(), entry.id).toBe(entry.answer.replace(/\s+/g, ' ').trim());
    }
  });
});

describe('the summary rule (kb:check warning)', () => {
  const list = Array.from({ length: 12 }, (_, i) => `- Item ${i + 1} is one more thing the law lists here.`).join('\n');
  it('warns when the first paragraph is too long to be the summary', () => {
    expect(summaryProblem(`${'Word '.repeat(SUMMARY_MAX_WORDS + 1).trim()}.\n\nMore.`)).toMatch(/first paragraph is 56 words/);
  });
  it('warns when one opening sentence drags a long list into the summary', () => {
    expect(summaryProblem(`The plan must have these sections:\n\n${list}\n\nMore after.`)).toMatch(/whole list/);
  });
  it('is quiet for a short lead, or a lead that sums up before its list', () => {
    expect(summaryProblem('A short lead.\n\nThe rest.')).toBeUndefined();
    expect(summaryProblem(`The plan has 12 sections. They are:\n\n${list}\n\nMore after.`)).toBeUndefined();
  });
});

describe('Web Chat: the summary first, then "More detail"', () => {
  it('sends the summary with "More detail" first among at most four buttons; pressing it sends the rest, sources and services', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const [{ entry, question }] = longAnswers(bot, 1);
    const { summary, rest } = splitAnswer(entry.answer);
    const first = await bot.say(question);
    expect(texts(first)).toContain(summary);
    expect(visibleText(first)).not.toContain(firstParagraph(rest));
    expect(visibleText(first)).not.toMatch(/^Source: /m);
    const offered = buttons(first);
    expect(offered[0]).toBe(MORE);
    expect(offered.length).toBeLessThanOrEqual(4);

    const more = await bot.say(MORE);
    const shown = visibleText(more);
    expect(shown).toContain(firstParagraph(rest));
    expect(shown).toMatch(/^Source: /m);
    expect(shown).not.toContain(summary);
    for (const id of entry.services) {
      const service = k.service(id);
      if (service && (service.area === 'england' || entry.services.length === 1)) expect(shown).toContain(service.name);
    }
    expect(buttons(more)).not.toContain(MORE);
    expect(buttons(more)).toContain(k.text('menu.button'));

    // Once only: the rest is not waiting any more.
    const again = await bot.say(MORE);
    expect(visibleText(again)).not.toContain(firstParagraph(rest));
    expect(visibleText(again)).toContain(k.text('more.nothing').replace(/\*\*/g, '').slice(0, 20));
  });

  it.each(['more', 'tell me more', 'More detail please'.replace(' please', ''), 'MORE.'])('typing "%s" works like the button', async (typed) => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const [{ entry, question }] = longAnswers(bot, 1);
    await bot.say(question);
    expect(visibleText(await bot.say(typed))).toContain(firstParagraph(splitAnswer(entry.answer).rest));
  });

  it('another message in between lets the old rest go: "more" then gives the newer answer\'s rest, or says nothing is waiting', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const [a, b] = longAnswers(bot, 2);
    await bot.say(a!.question);
    await bot.say(b!.question);
    const more = visibleText(await bot.say('more'));
    expect(more).toContain(firstParagraph(splitAnswer(b!.entry.answer).rest));
    expect(more).not.toContain(firstParagraph(splitAnswer(a!.entry.answer).rest));

    await bot.say(a!.question);
    await bot.say('menu');
    const afterMenu = visibleText(await bot.say('more'));
    expect(afterMenu).not.toContain(firstParagraph(splitAnswer(a!.entry.answer).rest));
    expect(afterMenu).toContain(k.text('more.nothing').replace(/\*\*/g, '').slice(0, 20));
  });

  it('the rest keeps waiting while "More detail" is still offered (after "help"), and goes once a journey starts', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const [{ entry, question }] = longAnswers(bot, 1);
    const rest = firstParagraph(splitAnswer(entry.answer).rest);
    await bot.say(question);
    const help = await bot.say('help');
    expect(buttons(help)[0]).toBe(MORE);
    expect(visibleText(await bot.say(MORE))).toContain(rest);

    await bot.say(question);
    await bot.say(k.text('menu.localServices'));
    await bot.say('menu');
    expect(visibleText(await bot.say('more'))).not.toContain(rest);
  });

  it('"forget me" straight after a summary leaves nothing in the store', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const [{ question }] = longAnswers(bot, 1);
    await bot.say(question);
    await bot.say('forget me');
    const keys = Object.keys((bot.storage as unknown as { memory: Record<string, unknown> }).memory);
    expect(keys.length).toBeGreaterThan(0);
    expect(Object.keys(await bot.storage.read(keys))).toEqual([]);
  });

  it('a short answer is sent whole, with its source, and no "More detail"', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const entry = k.entries.find((e) => !splitAnswer(e.answer).rest && questionFor(bot, e));
    expect(entry).toBeDefined();
    const replies = await bot.say(questionFor(bot, entry!)!);
    expect(visibleText(replies)).toContain(firstParagraph(entry!.answer.trim()));
    expect(visibleText(replies)).toMatch(/^Source: /m);
    expect(buttons(replies)).not.toContain(MORE);
  });

  it('the `test` channel still gets the whole answer at once', async () => {
    const bot = createTestBot();
    await bot.join();
    const [{ entry, question }] = longAnswers(bot, 1);
    const replies = await bot.say(question);
    expect(visibleText(replies)).toContain(firstParagraph(splitAnswer(entry.answer).rest));
    expect(visibleText(replies)).not.toContain(`[${MORE}]`);
  });

  it('inside a journey an answer to a question typed there is sent whole, and the journey\'s own buttons follow', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const journey = await bot.say(k.text('menu.localServices'));
    const choices = buttons(journey);
    const [{ entry, question }] = longAnswers(bot, 1);
    const replies = await bot.say(question);
    expect(visibleText(replies)).toContain(firstParagraph(splitAnswer(entry.answer).rest));
    expect(buttons(replies)).not.toContain(MORE);
    expect(buttons(replies)).toEqual(choices);
  });
});

describe('after a crisis message the only buttons are the safety reply\'s own', () => {
  const CRISIS = 'my son has taken an overdose';

  it('after an answer: no follow-ups, no "More detail", and the earlier rest is no longer waiting', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const [{ entry, question }] = longAnswers(bot, 1);
    expect(buttons(await bot.say(question))[0]).toBe(MORE);
    const replies = await bot.say(CRISIS);
    expect(replies[0]!.text).toMatch(/999/);
    expect(replies.flatMap((r) => r.suggestedActions?.actions ?? [])).toEqual([]);
    expect(replies.at(-1)!.text).toMatch(/999/);
    expect(visibleText(await bot.say('more'))).not.toContain(firstParagraph(splitAnswer(entry.answer).rest));
  });

  it('inside a journey: the safety reply, then the question again as words only; the answer typed next carries on', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const journey = await bot.say(k.text('menu.localServices'));
    const question = journey.at(-1)!.text!;
    const choices = buttons(journey);
    expect(choices.length).toBeGreaterThan(1);
    const replies = await bot.say(CRISIS);
    expect(replies[0]!.text).toMatch(/999/);
    expect(visibleText(replies)).toContain(k.text('safety.carryOn'));
    expect(visibleText(replies)).toContain(question);
    expect(replies.flatMap((r) => r.suggestedActions?.actions ?? [])).toEqual([]);
    const next = await bot.say(choices[0]!);
    expect(visibleText(next)).not.toMatch(/999/);
    expect(visibleText(next)).not.toContain(question);
    expect(buttons(next).length).toBeGreaterThan(0);
  });
});
