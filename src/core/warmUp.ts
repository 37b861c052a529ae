import type { Knowledge } from './model';

/**
 * What the matcher is run on once after start-up, before any parent's message: the knowledge's own questions and
 * every tenth labelled training message (stories, so the long-message path runs too). Until V8 has optimised the
 * matcher's code, a message takes several times longer; the first parents after a restart would wait for that.
 */
export function warmUpMessages(knowledge: Pick<Knowledge, 'entries' | 'matcherTraining'>): string[] {
  const questions = knowledge.entries.flatMap((e) => e.questions);
  const stories = (knowledge.matcherTraining ?? []).filter((_, i) => i % 10 === 0).map((m) => m.q);
  return [...questions, ...stories];
}

/**
 * Runs `each` over `texts` in slices of about `sliceMs`, yielding to the event loop between slices (via
 * `later`, setImmediate in the app), so a message that arrives meanwhile waits one slice at most. `stop()`
 * ends it early (on shutdown). `done` is called once, when the texts run out or it is stopped.
 */
export function runInSlices(
  texts: readonly string[],
  each: (text: string) => void,
  options: { sliceMs?: number; later: (next: () => void) => void; now?: () => number; done?: () => void },
): { stop: () => void } {
  const sliceMs = options.sliceMs ?? 20;
  const now = options.now ?? (() => performance.now());
  let i = 0;
  let stopped = false;
  const slice = () => {
    if (stopped) return;
    const start = now();
    while (i < texts.length && now() - start < sliceMs) each(texts[i++]);
    if (i < texts.length) options.later(slice);
    else {
      stopped = true;
      options.done?.();
    }
  };
  options.later(slice);
  return {
    stop: () => {
      if (stopped) return;
      stopped = true;
      options.done?.();
    },
  };
}
