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
