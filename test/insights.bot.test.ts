import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileRecorder, readInsights } from '../src/insights';
import { buttons, createTestBot, matcherFor, realKnowledge, visibleText } from './helpers/testBot';

const k = realKnowledge();
const fb = k.dialogText.feedback;
const risk = 'my son says he wants to kill himself';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real bot with a real insights recorder writing to a temp folder. */
function botWithInsights(channelId = 'webchat') {
  const dir = mkdtempSync(path.join(tmpdir(), 'insights-bot-'));
  dirs.push(dir);
  const bot = createTestBot({ channelId });
  const recorder = createFileRecorder({ dir, retentionDays: 30 });
  bot.deps.insights = recorder;
  const records = async () => {
    await recorder.flush();
    return (await readInsights(dir)).records;
  };
  return { ...bot, records };
}

/** An entry question the matcher answers with that entry (chosen from the live knowledge, which is still being written). */
let found: { question: string; entryId: string } | undefined;
function answerable(): { question: string; entryId: string } {
  if (found) return found;
  const matcher = matcherFor(k);
  for (const entry of k.entries) {
    for (const question of entry.questions) {
      const outcome = matcher.match(question);
      if (outcome.kind === 'answer' && outcome.entry.id === entry.id && !/\b(yes|no)\b/i.test(question)) return (found = { question, entryId: entry.id });
    }
  }
  throw new Error('no answerable question in the knowledge');
}

describe('"Did this help?" after an answer', () => {
  it('offers Yes / No once, beside the follow-ups and Main menu; Yes is recorded and not asked again', async () => {
    const bot = botWithInsights();
    await bot.join();
    const { question, entryId } = answerable();
    const replies = await bot.say(question);
    const offered = buttons(replies);
    expect(offered.filter((b) => b === fb['yes.button'])).toHaveLength(1);
    expect(offered.filter((b) => b === fb['no.button'])).toHaveLength(1);
    expect(offered[offered.length - 1]).toBe(k.text('menu.button'));
    expect(replies[replies.length - 1].text).toContain(fb.ask);

    const thanks = await bot.say(fb['yes.button']);
    expect(visibleText(thanks)).toContain(fb['thanks.yes']);
    expect(buttons(thanks)).not.toContain(fb['yes.button']);
    expect(buttons(thanks)).not.toContain(fb['no.button']);
    expect(buttons(thanks)).toContain(k.text('menu.button'));

    const records = await bot.records();
    expect(records.map((r) => r.outcome)).toEqual(['answer', 'feedback']);
    expect(records[0]).toMatchObject({ entryId, channel: 'webchat' });
    expect(records[0].question).toBeUndefined();
    expect(records[1]).toMatchObject({ feedback: 'yes', entryId });
  });

  it('No → asks, optionally, what was missing → stores that text redacted, then the menu', async () => {
    const bot = botWithInsights();
    await bot.join();
    const { question, entryId } = answerable();
    await bot.say(question);
    const ask = await bot.say(fb['no.button']);
    expect(visibleText(ask)).toContain(fb['missing.ask']);
    expect(buttons(ask)).toEqual([fb['skip.button']]);
    const done = await bot.say('I wanted to know about taxis to school for my son Jack Smith, email jack.dad@example.com or 07700 900123');
    expect(visibleText(done)).toContain(fb['thanks.no']);

    const records = await bot.records();
    // Kept as missing, then answered as a question (its own record: answer, didYouMean or noAnswer).
    expect(records.map((r) => r.outcome).slice(0, 3)).toEqual(['answer', 'feedback', 'missing']);
    expect(records).toHaveLength(4);
    expect(records[1]).toMatchObject({ feedback: 'no', entryId });
    expect(records[2].entryId).toBe(entryId);
    expect(records[2].question).toContain('taxis to school');
    for (const piece of ['Jack', 'Smith', 'jack.dad@example.com', '07700 900123']) expect(JSON.stringify(records)).not.toContain(piece);
  });

  it('what was missing is answered as a question as well as recorded', async () => {
    const bot = botWithInsights();
    await bot.join();
    const { question, entryId } = answerable();
    await bot.say(question);
    await bot.say(fb['no.button']);
    const done = await bot.say(question);
    expect(visibleText(done)).toContain(fb['thanks.no']);
    expect(visibleText(done)).toContain(k.entry(entryId)!.answer.split('\n')[0]);
    const records = await bot.records();
    expect(records.map((r) => r.outcome)).toEqual(['answer', 'feedback', 'missing', 'answer']);
    expect(records[2]).toMatchObject({ entryId, question });
  });

  it('an old Yes/No pressed again later is not counted twice and is not treated as a question', async () => {
    const bot = botWithInsights('msteams');
    await bot.join();
    await bot.say(answerable().question);
    await bot.say(fb['yes.button']);
    const again = await bot.say(fb['no.button']);
    expect(visibleText(again)).toContain(k.text('menu.again'));
    expect(visibleText(again)).not.toContain(k.text('question.noAnswer'));
    expect((await bot.records()).map((r) => r.outcome)).toEqual(['answer', 'feedback', 'dialog']);
  });

  it('Skip at "what was missing" keeps the No and stores no text', async () => {
    const bot = botWithInsights();
    await bot.join();
    await bot.say(answerable().question);
    await bot.say(fb['no.button']);
    const done = await bot.say(fb['skip.button']);
    expect(visibleText(done)).toContain(fb['thanks.no']);
    expect((await bot.records()).map((r) => r.outcome)).toEqual(['answer', 'feedback', 'dialog']);
  });

  it('is never shown after a safety message, and the re-asked prompt drops it', async () => {
    const bot = botWithInsights();
    await bot.join();
    const top = await bot.say(risk);
    expect(visibleText(top)).toMatch(/999/);
    expect(visibleText(top)).not.toContain(fb['yes.button']);

    // Mid-way through the "next" prompt (which asked "Did this help?"), a risk message comes in.
    expect(buttons(await bot.say(answerable().question))).toContain(fb['yes.button']);
    const safety = await bot.say(risk);
    expect(safety[0].text).toMatch(/999/);
    expect(visibleText(safety)).not.toContain(fb['yes.button']);
    expect(visibleText(safety)).not.toContain(fb['no.button']);
    // The earlier answer's buttons are not re-shown after a safety reply (issue 16): it stands alone.
    expect(buttons(safety)).toEqual([]);
    // A "Yes" typed afterwards is not counted as feedback on the answer before the safety message.
    await bot.say(fb['yes.button']);
    const records = await bot.records();
    expect(records.filter((r) => r.outcome === 'safety')).toHaveLength(2);
    expect(records.filter((r) => r.outcome === 'feedback')).toHaveLength(0);
    // Nothing a parent typed is kept for a safety turn.
    expect(JSON.stringify(records)).not.toMatch(/kill|himself/);
  });

  it('is not offered for a "Did you mean…", a no-answer or in Teams without a recorder; no-answer words are kept redacted', async () => {
    const bot = botWithInsights('test');
    await bot.join();
    const none = await bot.say('when do the bins get collected, my name is Sarah Jones');
    expect(visibleText(none)).toContain(k.text('question.noAnswer'));
    expect(visibleText(none)).not.toContain(fb['yes.button']);
    const records = await bot.records();
    expect(records.at(-1)?.outcome).toBe('noAnswer');
    expect(records.at(-1)?.question).toContain('bins get collected');
    expect(records.at(-1)?.question).not.toContain('Sarah');

    // Without a recorder (INSIGHTS=off) nothing is asked: feedback that is thrown away would mislead parents.
    const plain = createTestBot({ channelId: 'msteams' });
    await plain.join();
    const replies = await plain.say(answerable().question);
    expect(visibleText(replies)).not.toContain(fb['yes.button']);
  });

  it('records menu and journey steps as "dialog", with no words', async () => {
    const bot = botWithInsights();
    await bot.join();
    await bot.say('Ask a question');
    await bot.say('help');
    const records = await bot.records();
    expect(records.map((r) => r.outcome)).toEqual(['dialog', 'dialog']);
    expect(records.every((r) => r.question === undefined)).toBe(true);
  });

  it('keeps no words from a short answer that arrives without its prompt (as after lost state)', async () => {
    const bot = botWithInsights();
    await bot.join();
    // A letter answer typed at the menu, as happens when the journey's state was lost.
    for (const said of ['Oliver Thompson', 'Hillside Academy', "St Mary's Primary, year 5"]) {
      // Not answered: "I only know about SEND", or (a school sounds like SEND) "no clear answer yet".
      const seen = visibleText(await bot.say(said));
      expect(seen.includes(k.text('question.noAnswer')) || seen.includes(k.text('question.noClearAnswer')), seen).toBe(true);
    }
    const records = await bot.records();
    expect(records.map((r) => r.outcome)).toEqual(['noAnswer', 'noAnswer', 'noAnswer']);
    expect(records.every((r) => r.question === undefined)).toBe(true);

    // A real question is kept, with the child's name and school taken out.
    await bot.say('why do the bins at Hillside Academy smell, asks Oliver Thompson?');
    const kept = (await bot.records()).at(-1);
    expect(kept?.outcome).toBe('noAnswer');
    expect(kept?.question).toContain('bins');
    expect(kept?.question).not.toMatch(/Oliver|Thompson|Hillside/);
  });
});
