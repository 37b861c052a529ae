import type { KnowledgeProblem } from '../core/model';

/** One problem per line: `file:line field — message`, errors first, in file order. */
export function formatProblems(problems: KnowledgeProblem[]): string {
  const sorted = [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
  return sorted
    .map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      const tag = p.severity === 'error' ? 'ERROR' : 'warning';
      return `${tag} ${where}${p.field ? ` ${p.field}` : ''} — ${p.message}`;
    })
    .join('\n');
}

export class KnowledgeError extends Error {
  problems: KnowledgeProblem[];
  constructor(problems: KnowledgeProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The knowledge base has ${errors.length} problem${errors.length === 1 ? '' : 's'} and was not loaded:\n${formatProblems(problems)}`,
    );
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}
