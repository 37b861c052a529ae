/**
 * npm run kb:check [-- --strict] [-- --dir path/to/knowledge]
 * Validates the knowledge base exactly as start-up does and prints every problem as
 * `file:line field — message`. Exit code 1 if there is any error (with --strict, stale
 * entries count as errors).
 */
import { checkKnowledge, defaultKnowledgeDir, formatProblems } from '../src/knowledge';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 && args[dirAt + 1] ? args[dirAt + 1] : defaultKnowledgeDir();

const { knowledge, problems } = checkKnowledge(dir, { strict });
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (problems.length) console.log(formatProblems(problems), '\n');
if (knowledge) {
  console.log(
    `Knowledge OK: ${knowledge.entries.length} entries, ${knowledge.glossary.length} glossary terms, ` +
      `${knowledge.services.length} services, ${knowledge.safety.categories.length} safety categories, ` +
      `${Object.keys(knowledge.messages).length} messages, ${Object.keys(knowledge.dialogText).length} dialog text files` +
      (warnings ? ` — ${warnings} warning${warnings === 1 ? '' : 's'}` : ''),
  );
} else {
  console.log(`Knowledge NOT loaded: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
}
process.exitCode = errors ? 1 : 0;
