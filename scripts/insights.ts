/**
 * npm run insights -- [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--dir data/insights] [--out FILE.html]
 *
 * Prints the content report (questions per day and channel, answered / did-you-mean / no-answer,
 * most asked entries, worst feedback, unanswered questions grouped with a new-entry skeleton each)
 * and writes it as one self-contained HTML page (inline SVG charts, no scripts, nothing fetched).
 * Reads INSIGHTS_DIR from the environment or .env when --dir is not given; with STORAGE=blob (and no --dir)
 * it reads every instance's records from the storage account instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDotEnv, readConfig } from '../src/config';
import { loadKnowledge } from '../src/knowledge';
import { insightsSource } from '../src/insights';
import { buildReport, renderHtml, renderText } from '../src/insights/report';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

async function main(): Promise<number> {
  loadDotEnv();
  const config = readConfig();
  const since = option('since');
  const until = option('until');
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !DAY.test(value)) {
      console.error(`--${name} must be a date written as YYYY-MM-DD (it is "${value}").`);
      return 2;
    }
  }
  const fromBlob = config.insights.store === 'blob' && option('dir') === undefined;
  const dir = path.resolve(option('dir') ?? config.insights.dir);
  const out = path.resolve(option('out') ?? path.join(dir, `report-${since ?? 'all'}${until ? `-to-${until}` : ''}.html`));

  let titles = new Map<string, string>();
  try {
    titles = new Map(loadKnowledge(config.knowledgeDir).entries.map((e) => [e.id, e.title]));
  } catch {
    console.error('Note: the knowledge did not load, so entries are shown by id only (run npm run kb:check).');
  }
  const source = insightsSource(fromBlob ? config.insights : { ...config.insights, store: 'file', dir });
  const { records, files, skipped } = await source.read({ since, until });
  const report = buildReport(records, { since, until, titles });
  process.stdout.write(renderText(report));
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, renderHtml(report));
  const where = fromBlob ? `blob container ${config.insights.blobContainer}` : path.relative(process.cwd(), dir) || '.';
  console.log(`\nRead ${records.length} records from ${files.length} file(s) in ${where}${skipped ? ` (${skipped} broken line(s) skipped)` : ''}.`);
  console.log(`HTML report: ${path.relative(process.cwd(), out)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
