import { describe, expect, it } from 'vitest';
import { MAX_NEXT_BUTTONS, nextButtons } from '../src/core/choice';
import { adaptiveCard, MAX_BUTTON_TITLE } from '../src/bot/teamsCards';
import { buttons, createTestBot, realKnowledge } from './helpers/testBot';
import { createFileRecorder } from '../src/insights';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const k = realKnowledge();
const fixed = [{ title: 'Yes' }, { title: 'No' }, { title: 'Main menu' }];
const follow = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Follow-up ${i + 1}` }));

describe('buttons after an answer (src/core/choice.ts nextButtons)', () => {
  it('keeps the fixed buttons and fills the rest with the first follow-ups, four in all', () => {
    expect(nextButtons(follow(5), fixed).map((o) => o.title)).toEqual(['Follow-up 1', 'Yes', 'No', 'Main menu']);
    expect(nextButtons(follow(5), [{ title: 'Main menu' }]).map((o) => o.title)).toEqual(['Follow-up 1', 'Follow-up 2', 'Follow-up 3', 'Main menu']);
    expect(nextButtons(follow(1), [{ title: 'Main menu' }])).toHaveLength(2);
  });

  it('drops a follow-up that repeats a fixed button or an earlier follow-up', () => {
    const got = nextButtons([{ title: 'Main menu' }, { title: 'A' }, { title: 'a' }, { title: 'B' }], [{ title: 'Main menu' }]);
    expect(got.map((o) => o.title)).toEqual(['A', 'B', 'Main menu']);
  });
});

describe('after a real answer', () => {
  /** An entry with more follow-ups than fit, and a question that the matcher answers with it. */
  const entry = k.entries.filter((e) => (e.followUps ?? []).length >= 4)[0]!;

  it('an entry with many follow-ups offers at most four buttons, with and without "Did this help?"', async () => {
    expect(entry).toBeDefined();
    const plain = createTestBot({ channelId: 'webchat' });
    await plain.join();
    const offered = buttons(await plain.say(entry.questions[0]!));
    expect(offered).toHaveLength(MAX_NEXT_BUTTONS);
    expect(offered.at(-1)).toBe(k.text('menu.button'));

    const dir = mkdtempSync(path.join(tmpdir(), 'next-buttons-'));
    try {
      const asked = createTestBot({ channelId: 'webchat' });
      asked.deps.insights = createFileRecorder({ dir, retentionDays: 30 });
      await asked.join();
      const withFeedback = buttons(await asked.say(entry.questions[0]!));
      expect(withFeedback).toHaveLength(MAX_NEXT_BUTTONS);
      expect(withFeedback).toContain(k.dialogText.feedback!['yes.button']);
      expect(withFeedback.at(-1)).toBe(k.text('menu.button'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Teams: labels never cut', () => {
  it('a label too long for a Teams button is a tappable box with the whole label wrapped, posting it back', () => {
    const long = 'When the support in the EHC plan is not being delivered at school';
    expect(long.length).toBeGreaterThan(MAX_BUTTON_TITLE);
    const card = adaptiveCard('Answer', [{ title: long }, { title: 'Main menu' }]);
    expect(card.actions).toBeUndefined();
    const boxes = card.body.filter((b) => b.type === 'Container');
    expect(boxes.map((b) => b.type === 'Container' && b.items[0]!.text)).toEqual([long, 'Main menu']);
    for (const box of boxes) {
      if (box.type !== 'Container') continue;
      expect(box.items[0]!.wrap).toBe(true);
      expect(box.selectAction).toEqual({ type: 'Action.Submit', title: box.items[0]!.text, data: { msteams: { type: 'imBack', value: box.items[0]!.text } } });
    }
  });

  it('short labels stay ordinary card buttons', () => {
    const card = adaptiveCard('Answer', [{ title: 'Main menu' }]);
    expect(card.actions!.map((a) => a.title)).toEqual(['Main menu']);
    expect(card.body.some((b) => b.type === 'Container')).toBe(false);
  });
});
