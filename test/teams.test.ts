import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { menuLabels } from '../src/core/menu';
import { adaptiveCard, teamsMessage, TEAMS_CARD_VERSION, textBlocks } from '../src/bot/teamsCards';
import { createTestBot, realKnowledge, visibleText } from './helpers/testBot';
import { footnotePrefixes, splitAnswer } from '../src/core/render';

const k = realKnowledge();
const menuTitles = menuLabels((key) => k.text(key)).map((l) => l.title);
const BOT = { id: 'bot', name: 'SEND Signpost' };

interface CardPart { type: string; text?: string; actions?: CardAction[] }
interface CardAction { type: string; title: string; url?: string; card?: { type: string; body: CardPart[] } }

/** The "More detail" actions (Action.ShowCard) of the Adaptive Cards in some replies. */
function showCards(replies: Partial<Activity>[]): CardAction[] {
  return replies.flatMap((r) => r.attachments ?? []).flatMap((a) => ((a.content as { actions?: CardAction[] })?.actions ?? []).filter((x) => x.type === 'Action.ShowCard'));
}

/** Text inside the folded part of the cards (what "More detail" unfolds). */
function foldedText(replies: Partial<Activity>[]): string {
  return showCards(replies).flatMap((a) => a.card!.body.filter((b) => b.type === 'TextBlock').map((b) => b.text)).join('\n');
}

/** What a parent can press in a Teams reply, and what Teams posts back when they do. */
function teamsButtons(replies: Partial<Activity>[]): Array<{ title: string; posts: string }> {
  const out: Array<{ title: string; posts: string }> = [];
  for (const reply of replies) {
    for (const attachment of reply.attachments ?? []) {
      const content = attachment.content as {
        buttons?: Array<{ type: string; title: string; value: string }>;
        actions?: Array<{ type: string; title: string; data?: { msteams?: { type: string; value: string } } }>;
        body?: Array<{ type: string; selectAction?: { type: string; title: string; data?: { msteams?: { type: string; value: string } } }; actions?: Array<{ type: string; title: string; data?: { msteams?: { type: string; value: string } } }> }>;
      };
      for (const b of content.buttons ?? []) {
        expect(b.type).toBe('imBack');
        out.push({ title: b.title, posts: b.value });
      }
      const actions = [...(content.actions ?? []), ...(content.body ?? []).flatMap((e) => [...(e.actions ?? []), ...(e.selectAction ? [e.selectAction] : [])])];
      for (const a of actions) {
        if (a.type === 'Action.OpenUrl') continue; // a call or email button, not a choice
        if (a.type === 'Action.ShowCard') continue; // "More detail": unfolds the rest in place, posts nothing
        expect(a.type).toBe('Action.Submit');
        expect(a.data?.msteams?.type).toBe('imBack');
        out.push({ title: a.title, posts: a.data!.msteams!.value });
      }
    }
  }
  return out;
}

/** The conversationUpdate Teams sends when a parent installs the app in personal scope. */
const install = (): Partial<Activity> => ({
  type: 'conversationUpdate',
  membersAdded: [{ id: BOT.id, name: BOT.name }],
  recipient: BOT,
  conversation: { id: 'a:personal-chat', conversationType: 'personal', isGroup: false, name: '' },
  channelData: { tenant: { id: 'tenant-1' } },
});

/** A message as Teams delivers it when the parent @mentions the bot. */
function mentioning(words: string): Partial<Activity> {
  const mention = `<at>${BOT.name}</at>`;
  return {
    type: 'message',
    text: `${mention} ${words}`,
    recipient: BOT,
    entities: [{ type: 'mention', mentioned: BOT, text: mention }],
  };
}

describe('SEND Signpost in Microsoft Teams (personal scope)', () => {
  it('welcomes once when installed, with the information-not-advice line and the menu buttons', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.say(install());
    const text = visibleText(replies);
    expect(text).toContain(k.text('welcome').trim().split('\n')[0]);
    expect(text).toMatch(/not legal advice/);
    expect(teamsButtons(replies).map((b) => b.title)).toEqual(menuTitles);
    // Teams can deliver the install event again (reinstall, new device): no second welcome.
    expect(await bot.say(install())).toEqual([]);
  });

  it('does not welcome when Teams reports only the parent joining', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const replies = await bot.say({ type: 'conversationUpdate', membersAdded: [{ id: 'user-29:abc', name: 'Parent' }], recipient: BOT });
    expect(replies).toEqual([]);
  });

  it('every button posts a value the bot understands, exactly as if the parent typed it', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const menu = teamsButtons(await bot.say(install()));
    const ask = menu.find((b) => b.title === k.text('menu.askQuestion'))!;
    expect(ask.posts).toBe(ask.title);
    // Teams turns an imBack button press into an ordinary message whose text is the value.
    const pressed = await bot.say({ type: 'message', text: ask.posts, recipient: BOT });
    expect(visibleText(pressed)).toContain(k.text('ask.prompt').trim());
  });

  it('reads an Action.Submit value object when a card sends data instead of text', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    const replies = await bot.say({ type: 'message', text: '', value: { value: k.text('menu.askQuestion') }, recipient: BOT });
    expect(visibleText(replies)).toContain(k.text('ask.prompt').trim());
  });

  it('strips the @mention before understanding the words', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    const replies = await bot.say(mentioning('help'));
    expect(visibleText(replies)).toContain(k.text('help').trim().split('\n')[0]);
    expect(visibleText(replies)).not.toContain(k.text('question.noAnswer').trim().split('\n')[0]);
  });

  it('answers a typed question with Teams-rendered Markdown, its source and reviewed date', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    const question = 'how long does the council have to decide about an assessment';
    const outcome = bot.deps.matcher.match(question);
    expect(outcome.kind).toBe('answer');
    const replies = await bot.say(mentioning(question));
    // The summary shows; the rest, with its sources, is folded behind "More detail" in the same card.
    const text = `${visibleText(replies)}\n${foldedText(replies)}`;
    const entry = outcome.kind === 'answer' ? outcome.entry : undefined;
    expect(text).toContain(entry!.answer.trim().split('\n')[0]!.slice(0, 40));
    expect(text).toMatch(/Source: /);
    expect(text).toMatch(/Last checked against its source: \d{1,2} [A-Z][a-z]+ \d{4}/);
    // Markdown (not HTML) is what Teams renders in messages and cards.
    for (const reply of replies) {
      if (reply.text) expect(reply.text).not.toMatch(/<\/?(p|br|strong|ul|li)\b/);
      if (reply.text && reply.textFormat) expect(reply.textFormat).toBe('markdown');
    }
  });
});

describe('Teams Adaptive Cards (src/teamsCards.ts)', () => {
  const ALLOWED_ELEMENTS = new Set(['TextBlock', 'ActionSet']);

  it('builds a version 1.5 card with imBack submit buttons', () => {
    const card = adaptiveCard('What would you like help with?', menuTitles.map((title) => ({ title })));
    expect(card.version).toBe('1.5');
    expect(Number(card.version)).toBeLessThanOrEqual(1.5);
    expect(card.body.every((e) => ALLOWED_ELEMENTS.has(e.type))).toBe(true);
    expect(card.actions).toEqual(
      menuTitles.map((title) => ({ type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: title } } })),
    );
    expect(card.fallbackText).toBe('What would you like help with?');
    expect(card.msteams.width).toBe('Full');
  });

  it('sends a different value from the title when asked to', () => {
    const card = adaptiveCard('Pick one', [{ title: 'Six weeks to decide', value: 'ehc-assessment-decision' }]);
    expect(card.actions![0]!.data.msteams.value).toBe('ehc-assessment-decision');
  });

  it('puts more than six buttons into action sets in the body so none are hidden', () => {
    const options = Array.from({ length: 8 }, (_, i) => ({ title: `Option ${i + 1}` }));
    const card = adaptiveCard('Many choices', options);
    expect(card.actions).toBeUndefined();
    const sets = card.body.filter((e) => e.type === 'ActionSet');
    expect(sets.flatMap((s) => (s.type === 'ActionSet' ? s.actions.map((a) => a.title) : []))).toEqual(options.map((o) => o.title));
  });

  it('keeps answer paragraphs as separate blocks and makes the lines under an answer (its wording) small', () => {
    const source = k.text('answer.source', { sources: 'SEND Regulations 2014 reg.5' });
    const checked = k.text('answer.lastChecked', { date: '23 November 2026' });
    const blocks = textBlocks(`The council must reply within **6 weeks**.\n\n- first\n- second\n\n${source}\n\n${checked}`, footnotePrefixes(k.text));
    expect(blocks.map((b) => b.text)).toEqual(['The council must reply within **6 weeks**.', '- first\n- second', source, checked]);
    expect(blocks.every((b) => b.wrap)).toBe(true);
    expect(blocks[0]!.isSubtle).toBeUndefined();
    expect(blocks[1]!.isSubtle).toBeUndefined();
    expect(blocks[2]).toMatchObject({ isSubtle: true, size: 'Small' });
    expect(blocks[3]).toMatchObject({ isSubtle: true, size: 'Small' });
  });

  it('gives each phone number and email in a card a call or email button under its paragraph', () => {
    const card = adaptiveCard('**Helpline**\n\n- Phone: [01305 228558](tel:01305228558)\n- Email: [help@example.org](mailto:help@example.org)\n\nAgain: [01305 228558](tel:01305228558)', [{ title: 'Main menu' }]);
    expect(card.body.map((e) => e.type)).toEqual(['TextBlock', 'TextBlock', 'ActionSet', 'TextBlock']);
    const set = card.body[2];
    expect(set.type === 'ActionSet' && set.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Call 01305 228558', url: 'tel:01305228558' },
      { type: 'Action.OpenUrl', title: 'Email help@example.org', url: 'mailto:help@example.org' },
    ]);
    // The link stays in the text; the same number later on gets no second button.
    expect(card.body[1]).toMatchObject({ text: expect.stringContaining('[01305 228558](tel:01305228558)') });
    expect(card.actions!.map((a) => a.title)).toEqual(['Main menu']);
  });

  it('a crisis message in Teams has buttons that dial its helplines', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    const replies = await bot.say({ type: 'message', text: 'my son has taken an overdose', recipient: BOT });
    const urls = replies.flatMap((r) => (r.attachments ?? []).flatMap((a) => {
      const body = (a.content as { body?: Array<{ type: string; actions?: Array<{ type: string; url?: string }> }> }).body ?? [];
      return body.flatMap((e) => e.actions ?? []).filter((x) => x.type === 'Action.OpenUrl').map((x) => x.url);
    }));
    expect(urls).toContain('tel:111');
    expect(urls.every((u) => /^(tel:\+?[0-9]+|mailto:\S+@\S+)$/.test(u!))).toBe(true);
  });

  it('wraps the card as a Teams message attachment', () => {
    const message = teamsMessage('Hello', [{ title: 'Main menu' }]);
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments![0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect((message.attachments![0]!.content as { version: string }).version).toBe(TEAMS_CARD_VERSION);
  });

  it('round trip: pressing a card button in Teams gets the same reply as typing the title', async () => {
    const card = adaptiveCard(k.text('menu.prompt'), menuTitles.map((title) => ({ title })));
    for (const action of card.actions!) {
      const pressed = createTestBot({ channelId: 'msteams' });
      const typed = createTestBot({ channelId: 'msteams' });
      await pressed.say(install());
      await typed.say(install());
      const viaButton = visibleText(await pressed.say({ type: 'message', text: action.data.msteams.value, recipient: BOT }));
      const viaTyping = visibleText(await typed.say({ type: 'message', text: action.title, recipient: BOT }));
      expect(viaButton, action.title).toBe(viaTyping);
      expect(viaButton.length, action.title).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe('Teams: a long answer folds its rest behind "More detail" (Action.ShowCard)', () => {
  const detailTitle = k.text('more.button');
  /** An entry with a rest to fold whose services give a phone number, and a question of its own the matcher answers with it. */
  const withPhone = (() => {
    const bot = createTestBot({ channelId: 'msteams' });
    for (const entry of k.entries) {
      if (!splitAnswer(entry.answer).rest) continue;
      if (!entry.services.some((id) => k.service(id)?.contacts.some((c) => c.kind === 'phone'))) continue;
      const question = entry.questions.find((q) => { const o = bot.deps.matcher.match(q); return o.kind === 'answer' && o.entry.id === entry.id; });
      if (question) return { entry, question };
    }
    return undefined;
  })();

  it('shows the summary, and the rest (paragraphs, sources, services with call buttons) inside the ShowCard, with no extra message', async () => {
    expect(withPhone).toBeDefined();
    const { entry, question } = withPhone!;
    const { summary, rest } = splitAnswer(entry.answer);
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    const replies = await bot.say(mentioning(question));
    const at = replies.findIndex((r) => showCards([r]).length > 0);
    expect(at).toBeGreaterThanOrEqual(0);
    const answer = replies[at]!;
    const answerCard = answer.attachments![0]!.content as { body: CardPart[]; actions: CardAction[] };
    expect(answerCard.body.filter((b) => b.type === 'TextBlock').map((b) => b.text).join('\n\n')).toBe(summary);
    expect(answerCard.actions.map((a) => [a.type, a.title])).toEqual([['Action.ShowCard', detailTitle]]);
    const folded = foldedText([answer]);
    expect(folded).toContain(rest.split('\n\n')[0]!);
    expect(folded).toMatch(/^Source: /m);
    expect(visibleText(replies)).not.toContain(rest.split('\n\n')[0]!);
    // tel: links stay links, and each number also has a button that dials.
    const inside = showCards([answer])[0]!.card!.body;
    // The lines under the answer ("Source: …", "Last checked …", in messages.yaml's words) are shown small.
    const footnotes = inside.filter((b) => b.type === 'TextBlock' && footnotePrefixes(k.text).some((f) => b.text!.startsWith(f)));
    expect(footnotes.length).toBeGreaterThan(0);
    for (const b of footnotes) expect(b).toMatchObject({ isSubtle: true, size: 'Small' });
    expect(inside.some((b) => b.type === 'TextBlock' && /\]\(tel:/.test(b.text!))).toBe(true);
    const calls = inside.flatMap((b) => b.actions ?? []).filter((a) => a.type === 'Action.OpenUrl' && a.url!.startsWith('tel:'));
    expect(calls.length).toBeGreaterThan(0);
    // No service message after the card: the services are inside it. The next reply is the follow-up prompt.
    expect(replies.slice(at)).toHaveLength(2);
    expect(teamsButtons(replies).map((b) => b.title)).not.toContain(detailTitle);
  });

  it('a short answer is one card with no "More detail"', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const short = k.entries.find((e) => !splitAnswer(e.answer).rest && e.questions.some((q) => { const o = bot.deps.matcher.match(q); return o.kind === 'answer' && o.entry.id === e.id; }));
    expect(short).toBeDefined();
    await bot.say(install());
    const question = short!.questions.find((q) => { const o = bot.deps.matcher.match(q); return o.kind === 'answer' && o.entry.id === short!.id; })!;
    const replies = await bot.say(mentioning(question));
    expect(showCards(replies)).toEqual([]);
    expect(visibleText(replies)).toContain(short!.answer.trim().split('\n')[0]!);
  });

  it('after a crisis message, the only buttons are the safety reply\'s own call and web links, and "More help" that unfolds the rest', async () => {
    const { question } = withPhone!;
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    await bot.say(mentioning(question));
    const replies = await bot.say(mentioning('my son has taken an overdose'));
    expect(visibleText(replies)).toMatch(/999/);
    expect(teamsButtons(replies)).toEqual([]);
    // Everything after the first screen folds inside the same card; unfolding it sends nothing.
    expect(showCards(replies).map((a) => a.title)).toEqual([k.text('safety.moreHelp.button')]);
    const links = replies.flatMap((r) => r.attachments ?? []).flatMap((a) => ((a.content as { body: CardPart[] }).body ?? []).flatMap((b) => b.actions ?? []));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.type).toBe('Action.OpenUrl');
  });

  it('inside a journey, a crisis message re-asks the question without its buttons; the answer typed then carries on', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.say(install());
    const local = await bot.say(mentioning(k.text('menu.localServices')));
    const choices = teamsButtons(local).map((b) => b.title);
    expect(choices.length).toBeGreaterThan(1);
    const replies = await bot.say(mentioning('my son has taken an overdose'));
    expect(visibleText(replies)).toMatch(/999/);
    expect(visibleText(replies)).toContain(k.text('safety.carryOn'));
    expect(teamsButtons(replies)).toEqual([]);
    const next = await bot.say(mentioning(choices[0]!));
    expect(visibleText(next)).not.toMatch(/999/);
    expect(teamsButtons(next).length).toBeGreaterThan(0);
  });
});
