/**
 * npm run safety:dump > before.txt — one line per message: what the safety screen decides and why, for every
 * message of knowledge/safety-training.yaml and test/fixtures/eval/safety.yaml, then long stories built from
 * them (ordinary messages joined to 4,000 characters and past it, with a risk message inside some).
 * Each line: the screen's verdict (layer and categories), every pattern that fires on its own (category#n)
 * on the forms the screen reads, the second layer's scores to 6 decimals (whole text, riskiest sentence, the
 * score the cut-off is applied to) and its word count. A change meant to make the screen faster must leave
 * this output byte for byte the same: diff before and after. (The held-out sets are not read.)
 * The patterns that fire are found by the screen's own scan with each pattern as a category of its own, which
 * decides as each pattern over the whole text would (test/safety.scan.test.ts); `-- --plain` tests every pattern
 * over every form instead, as a check on the scan itself (about five minutes rather than under one).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { checkKnowledge, defaultKnowledgeDir, formatProblems } from '../src/knowledge';
import { basicNormalise } from '../src/core/normalise';
import { createSafetyScreen, safetyModelFor, secondLayerScore, SCREEN_MAX_CHARS, spelledForms } from '../src/core/safety';
import { patternScanner } from '../src/core/safetyScan';

const dir = defaultKnowledgeDir();
// Today at midnight (UTC): no "checked" date in the knowledge reads as in the future, and a run before a change and
// one after it on the same day agree byte for byte (warnings that depend on a source's age stay the same).
const { knowledge, problems } = checkKnowledge(dir, { today: new Date(new Date().toISOString().slice(0, 10)) });
if (!knowledge) {
  console.log(formatProblems(problems));
  process.exit(1);
}
const screen = createSafetyScreen(knowledge);
const model = safetyModelFor(knowledge);

const training = knowledge.safety.training ?? { risk: [], ordinary: [] };
const evalSet = parse(fs.readFileSync(path.join(dir, '..', 'test', 'fixtures', 'eval', 'safety.yaml'), 'utf8')) as {
  questions: Array<{ q: string }>; not_safety: string[];
};
const risk = [...training.risk, ...evalSet.questions.map((x) => x.q)];
const ordinary = [...training.ordinary, ...evalSet.not_safety];
const messages = [...risk, ...ordinary];

// Long stories: ordinary messages one after another, joined three ways, to 4,000 characters and past it
// (the screen reads the first 4,000); every third has a risk message somewhere inside.
const joins = [' ', '\n', '. '];
let r = 0;
for (let start = 0, n = 0; start < ordinary.length; n++) {
  const join = joins[n % joins.length];
  const limit = n % 4 === 3 ? SCREEN_MAX_CHARS + 1500 : SCREEN_MAX_CHARS;
  const parts: string[] = [];
  let length = 0;
  while (start < ordinary.length && length < limit) {
    parts.push(ordinary[start]);
    length += ordinary[start].length + join.length;
    start++;
  }
  if (n % 3 === 2 && risk.length) parts.splice((n * 7) % (parts.length + 1), 0, risk[r++ % risk.length]);
  messages.push(parts.join(join));
}

const patterns = knowledge.safety.categories.flatMap((c) => c.patterns.map((p, i) => ({ id: `${c.id}#${i}`, source: p, re: new RegExp(p, 'i') })));
const plain = process.argv.includes('--plain');
const eachPattern = patternScanner(patterns.map((p, category) => ({ source: p.source, category })), (sources) => sources.map((s) => new RegExp(s, 'i')));
const firing = (forms: string[]): string[] => {
  if (plain) return patterns.filter((p) => forms.some((f) => p.re.test(f))).map((p) => p.id);
  const hit = new Uint8Array(patterns.length);
  for (const f of forms) eachPattern(f, hit);
  return patterns.filter((_, i) => hit[i]).map((p) => p.id);
};
const f6 = (x: number) => x.toFixed(6);
for (const q of messages) {
  const hit = screen(q);
  const verdict = hit ? `${hit.layer ?? ''}:${hit.categories.map((c) => c.id).join(',')}` : '-';
  const text = q.slice(0, SCREEN_MAX_CHARS);
  const raw = text.toLowerCase().replace(/[’‘]/g, "'");
  const norm = basicNormalise(text);
  const forms = [raw, norm, ...spelledForms(norm, knowledge.synonyms.spellings)];
  const fired = firing(forms);
  const words = norm.split(' ').filter(Boolean).length;
  let layer2 = 'none';
  if (model) {
    const s = model.scores(text);
    const riskiest = s.sentences.length ? Math.max(...s.sentences) : NaN;
    layer2 = `whole ${f6(s.whole)} sentence ${s.sentences.length ? f6(riskiest) : '-'} (${s.sentences.length}) score ${f6(secondLayerScore(model, text, words))}`;
  }
  console.log(`${JSON.stringify(q.length > 200 ? `${q.slice(0, 200)}… (${q.length} chars)` : q)}\n  ${verdict} | ${fired.join(' ') || '-'} | ${layer2} | words ${words}`);
}
console.error(`${messages.length} messages`);
