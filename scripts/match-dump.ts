/**
 * npm run match:dump > before.txt — one line per message: what the matcher decides (kind, entry ids, score) and
 * its top 5 search scores, for every message in test/fixtures/eval/*.yaml and knowledge/matcher-training/*.yaml;
 * then the knowledge problems (file:line field — message) and the safety screen's verdict on each message.
 * A change meant to make start-up faster must leave this output byte for byte the same: diff before and after.
 * (The held-out sets are not read.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkKnowledge, defaultKnowledgeDir, formatProblems } from '../src/knowledge';
import { createMatcher, type MatchOutcome } from '../src/core/matcher';
import { createSafetyScreen } from '../src/core/safety';

const dir = defaultKnowledgeDir();
// Today at midnight (UTC): no "checked" date in the knowledge reads as in the future, and a run before a change and
// one after it on the same day agree byte for byte (warnings that depend on a source's age stay the same).
const { knowledge, problems } = checkKnowledge(dir, { today: new Date(new Date().toISOString().slice(0, 10)) });
console.log(formatProblems(problems));
if (!knowledge) process.exit(1);
const matcher = createMatcher(knowledge);
const screen = createSafetyScreen(knowledge);

const sources = [
  ...['test/fixtures/eval'].map((d) => path.join(dir, '..', d)),
  path.join(dir, 'matcher-training'),
];
const messages: string[] = [];
for (const d of sources) {
  for (const name of fs.readdirSync(d).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const data = parse(fs.readFileSync(path.join(d, name), 'utf8')) as Record<string, Array<{ q: string }> | undefined>;
    for (const list of Object.values(data)) for (const item of list ?? []) if (typeof item?.q === 'string') messages.push(item.q);
  }
}

const outcome = (o: MatchOutcome): string => {
  switch (o.kind) {
    case 'answer': return `answer ${o.entry.id} ${o.score}`;
    case 'didYouMean': return `didYouMean ${o.options.map((e) => e.id).join(',')}`;
    case 'glossary': return `glossary ${o.term.term}`;
    case 'noAnswer': return `noAnswer ${o.reason}`;
  }
};
for (const q of messages) {
  const top = matcher.search(q, 5).map((r) => `${r.entry.id}=${r.score}`).join(' ');
  const hit = screen(q);
  const safety = hit ? `${hit.layer ?? ''}:${hit.categories.map((c) => c.id).join(',')}` : '-';
  console.log(`${JSON.stringify(q)}\n  ${outcome(matcher.match(q))} | ${top} | safety ${safety}`);
}
console.error(`${messages.length} messages`);
