import { looksLikeQuestion, simplify } from './text';

/** A button a parent can press; `value` is what comes back as their message (defaults to the title). */
export interface Option {
  title: string;
  value?: string;
}

/** A button, plus words that also choose it when typed inside a longer message (e.g. "we live in Poole"). */
export interface AskOption extends Option {
  words?: string[];
  /** Chosen when typed, but not shown as a button (keeps the buttons few). */
  hidden?: boolean;
  /** Its words win over other options' words ("Poole, Dorset" is BCP, not Dorset Council). */
  wordsFirst?: boolean;
}

/** The option a reply chooses: same title/value, or one of its words inside the reply (never in a question). */
export function pickOption(said: string, options: AskOption[]): AskOption | undefined {
  const s = simplify(said);
  if (!s) return undefined;
  const exact = options.find((o) => simplify(o.title) === s || simplify(o.value ?? o.title) === s);
  if (exact) return exact;
  // Words inside a longer reply choose an option ("we live in Poole"), but a question is left to be answered.
  if (looksLikeQuestion(said)) return undefined;
  const padded = ` ${s} `;
  const ordered = [...options.filter((o) => o.wordsFirst), ...options.filter((o) => !o.wordsFirst)];
  return ordered.find((o) => (o.words ?? []).some((w) => w && padded.includes(` ${simplify(w)} `)));
}

/** The most buttons shown after an answer, everything counted (follow-ups, Yes/No feedback, "Main menu"). */
export const MAX_NEXT_BUTTONS = 4;

/**
 * The buttons after an answer: the fixed ones ("Did this help?" Yes/No, "Main menu") always stay, and the
 * follow-ups fill what is left, in their own order (the first is the one the entry lists as most useful).
 * A follow-up that repeats a fixed button or an earlier follow-up is dropped.
 */
export function nextButtons(followUps: Option[], fixed: Option[], max = MAX_NEXT_BUTTONS): Option[] {
  const room = Math.max(0, max - fixed.length);
  const seen = new Set(fixed.map((o) => simplify(o.title)));
  const kept: Option[] = [];
  for (const option of followUps) {
    if (kept.length >= room) break;
    const key = simplify(option.title);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(option);
  }
  return [...kept, ...fixed];
}
