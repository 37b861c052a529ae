import { groupQuestions, QuestionGroup } from './group';
import type { InsightRecord } from './types';

/**
 * The content report for the people who keep the knowledge: what parents asked, what was answered,
 * which answers did not help, and what the knowledge is missing. Pure: records in, text/HTML out.
 */

/** Outcomes that are a parent asking something (not a menu step, safety message or feedback). */
const QUESTION_OUTCOMES = new Set(['answer', 'didYouMean', 'glossary', 'noAnswer']);

export interface EntryStat {
  entryId: string;
  title: string;
  count: number;
}

export interface FeedbackStat {
  entryId: string;
  title: string;
  yes: number;
  no: number;
  /** What parents said was missing (redacted). */
  missing: string[];
}

export interface UnansweredGroup extends QuestionGroup {
  /** A new-entry skeleton in the knowledge format, for an editor to complete. */
  skeleton: string;
}

export interface InsightsReport {
  since?: string;
  until?: string;
  generatedAt: string;
  turns: number;
  questions: number;
  outcomes: { answer: number; glossary: number; didYouMean: number; noAnswer: number; safety: number; dialog: number };
  feedback: { yes: number; no: number; missingTexts: number };
  /** Day → channel → questions. Days in order, with days without questions left out. */
  perDay: Array<{ day: string; byChannel: Record<string, number>; total: number }>;
  channels: string[];
  topEntries: EntryStat[];
  worstFeedback: FeedbackStat[];
  unanswered: UnansweredGroup[];
}

export interface ReportOptions {
  since?: string;
  until?: string;
  /** Entry id → title, from the knowledge; ids not found are shown as they are. */
  titles?: Map<string, string> | Record<string, string>;
  now?: Date;
  topN?: number;
}

const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

export function buildReport(records: InsightRecord[], options: ReportOptions = {}): InsightsReport {
  const titles = options.titles instanceof Map ? options.titles : new Map(Object.entries(options.titles ?? {}));
  const title = (id: string) => titles.get(id) ?? id;
  const topN = options.topN ?? 10;
  const inRange = records.filter((r) => {
    const day = r.hour.slice(0, 10);
    return (!options.since || day >= options.since) && (!options.until || day <= options.until);
  });

  const outcomes = { answer: 0, glossary: 0, didYouMean: 0, noAnswer: 0, safety: 0, dialog: 0 };
  const feedback = { yes: 0, no: 0, missingTexts: 0 };
  const days = new Map<string, Record<string, number>>();
  const channels = new Set<string>();
  const asked = new Map<string, number>();
  const rated = new Map<string, FeedbackStat>();
  const unanswered: string[] = [];
  const rate = (id: string) => {
    let stat = rated.get(id);
    if (!stat) rated.set(id, (stat = { entryId: id, title: title(id), yes: 0, no: 0, missing: [] }));
    return stat;
  };

  for (const r of inRange) {
    if (r.outcome in outcomes) outcomes[r.outcome as keyof typeof outcomes]++;
    if (QUESTION_OUTCOMES.has(r.outcome)) {
      const day = r.hour.slice(0, 10);
      const byChannel = days.get(day) ?? {};
      byChannel[r.channel] = (byChannel[r.channel] ?? 0) + 1;
      days.set(day, byChannel);
      channels.add(r.channel);
    }
    if (r.outcome === 'answer' && r.entryId) asked.set(r.entryId, (asked.get(r.entryId) ?? 0) + 1);
    if (r.outcome === 'noAnswer' && r.question) unanswered.push(r.question);
    if (r.outcome === 'feedback' && r.feedback) {
      feedback[r.feedback]++;
      if (r.entryId) rate(r.entryId)[r.feedback]++;
    }
    if (r.outcome === 'missing' && r.question) {
      feedback.missingTexts++;
      if (r.entryId) rate(r.entryId).missing.push(r.question);
    }
  }

  const questions = outcomes.answer + outcomes.glossary + outcomes.didYouMean + outcomes.noAnswer;
  return {
    since: options.since,
    until: options.until,
    generatedAt: (options.now ?? new Date()).toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    turns: inRange.length,
    questions,
    outcomes,
    feedback,
    perDay: [...days.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([day, byChannel]) => ({ day, byChannel, total: Object.values(byChannel).reduce((a, b) => a + b, 0) })),
    channels: [...channels].sort(),
    topEntries: [...asked.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, topN)
      .map(([entryId, count]) => ({ entryId, title: title(entryId), count })),
    worstFeedback: [...rated.values()]
      .filter((s) => s.no > 0)
      .sort((a, b) => b.no / (b.yes + b.no) - a.no / (a.yes + a.no) || b.no - a.no || a.entryId.localeCompare(b.entryId))
      .slice(0, topN),
    unanswered: groupQuestions(unanswered).map((g) => ({ ...g, skeleton: entrySkeleton(g) })),
  };
}

/** Shares of questions, in percent to one decimal place. Glossary meanings count as answered. */
export function shares(report: InsightsReport): { answered: number; didYouMean: number; noAnswer: number } {
  const { outcomes: o, questions } = report;
  return { answered: pct(o.answer + o.glossary, questions), didYouMean: pct(o.didYouMean, questions), noAnswer: pct(o.noAnswer, questions) };
}

/** "12 questions about transport, school". */
export function groupHeading(group: QuestionGroup): string {
  return `${group.size} question${group.size === 1 ? '' : 's'} about ${group.keywords.join(', ') || 'other things'}`;
}

/**
 * A new entry for knowledge/entries/*.yaml with the parents' own questions filled in and every other
 * field marked TODO, so `npm run kb:check` refuses it until an editor has written and sourced it.
 */
export function entrySkeleton(group: QuestionGroup): string {
  const id = `new-${group.keywords.slice(0, 3).join('-').replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'entry'}`;
  const questions = group.questions.slice(0, 8).map((q) => q.text);
  const entry = {
    entries: [
      {
        id,
        title: `TODO: a title in parents' words (about ${group.keywords.join(', ')})`,
        questions,
        answer: 'TODO: plain-English answer, 200 words at most, short sentences.\nIf it states a time limit, say what to do if it is missed.\n',
        topics: ['TODO'],
        region: 'england',
        sources: ['TODO: e.g. SEND Code of Practice 9.14, or a title + url from the fact sheet'],
        reviewed: 'TODO: YYYY-MM-DD',
      },
    ],
  };
  // Loaded on first use, not when the app starts (the insights route imports this file): 70-130 ms of modules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { stringify } = require('yaml') as typeof import('yaml');
  let yaml = stringify(entry, { lineWidth: 0 });
  if (questions.length < 4) yaml = yaml.replace('    questions:\n', '    questions: # at least 4: add other ways parents ask this\n');
  return yaml;
}

// ---------------------------------------------------------------------------------------------
// Text

export function renderText(report: InsightsReport): string {
  const s = shares(report);
  const lines: string[] = [];
  const range = `${report.since ?? 'the start'} to ${report.until ?? 'now'}`;
  lines.push(`SEND Signpost insights: ${range} (generated ${report.generatedAt})`, '');
  lines.push(`Turns recorded: ${report.turns}. Questions: ${report.questions}.`);
  lines.push(
    `Answered: ${report.outcomes.answer + report.outcomes.glossary} (${s.answered}%)  Did you mean: ${report.outcomes.didYouMean} (${s.didYouMean}%)  No answer: ${report.outcomes.noAnswer} (${s.noAnswer}%)`,
  );
  lines.push(`Safety messages shown: ${report.outcomes.safety}. Menu and journey steps: ${report.outcomes.dialog}.`);
  lines.push(`Feedback: ${report.feedback.yes} yes, ${report.feedback.no} no, ${report.feedback.missingTexts} said what was missing.`, '');
  lines.push('Questions per day and channel:');
  for (const d of report.perDay) lines.push(`  ${d.day}  ${d.total}  (${report.channels.filter((c) => d.byChannel[c]).map((c) => `${c} ${d.byChannel[c]}`).join(', ')})`);
  if (report.perDay.length === 0) lines.push('  (none)');
  lines.push('', 'Most asked entries:');
  for (const e of report.topEntries) lines.push(`  ${String(e.count).padStart(4)}  ${e.title} [${e.entryId}]`);
  if (report.topEntries.length === 0) lines.push('  (none)');
  lines.push('', 'Entries with the worst feedback:');
  for (const f of report.worstFeedback) {
    lines.push(`  ${f.no} no / ${f.yes} yes  ${f.title} [${f.entryId}]`);
    for (const m of f.missing) lines.push(`      missing: ${m}`);
  }
  if (report.worstFeedback.length === 0) lines.push('  (none)');
  lines.push('', `Unanswered questions, grouped (${report.outcomes.noAnswer} questions in ${report.unanswered.length} groups):`);
  for (const g of report.unanswered) {
    lines.push(`  ${groupHeading(g)}`);
    for (const q of g.questions.slice(0, 5)) lines.push(`      ${q.count > 1 ? `${q.count}x ` : ''}${q.text}`);
    if (g.questions.length > 5) lines.push(`      … and ${g.questions.length - 5} more`);
  }
  if (report.unanswered.length === 0) lines.push('  (none)');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// HTML: one self-contained page, charts as inline SVG, no scripts, nothing fetched.

const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Colour-blind-safe palette (Okabe–Ito). */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const OUTCOME_COLOURS = { answered: '#009E73', didYouMean: '#E69F00', noAnswer: '#D55E00' };

function perDayChart(report: InsightsReport): string {
  const { perDay, channels } = report;
  if (perDay.length === 0) return '<p>No questions in this period.</p>';
  const barW = Math.max(6, Math.min(40, Math.floor(640 / perDay.length) - 4));
  const gap = 4;
  const chartH = 180;
  const left = 40;
  const width = left + perDay.length * (barW + gap) + 10;
  const max = Math.max(...perDay.map((d) => d.total));
  const scale = chartH / max;
  const bars: string[] = [];
  perDay.forEach((d, i) => {
    let y = chartH + 10;
    const x = left + i * (barW + gap);
    channels.forEach((c, ci) => {
      const n = d.byChannel[c] ?? 0;
      if (!n) return;
      const h = n * scale;
      y -= h;
      bars.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${barW}" height="${h.toFixed(1)}" fill="${PALETTE[ci % PALETTE.length]}"><title>${esc(d.day)} ${esc(c)}: ${n}</title></rect>`);
    });
    if (perDay.length <= 31 || i % Math.ceil(perDay.length / 15) === 0) {
      bars.push(`<text x="${x + barW / 2}" y="${chartH + 24}" font-size="10" text-anchor="end" transform="rotate(-45 ${x + barW / 2} ${chartH + 24})">${esc(d.day.slice(5))}</text>`);
    }
  });
  const axis = `<line x1="${left - 4}" y1="${chartH + 10}" x2="${width}" y2="${chartH + 10}" stroke="#555"/><text x="${left - 8}" y="18" font-size="10" text-anchor="end">${max}</text><text x="${left - 8}" y="${chartH + 10}" font-size="10" text-anchor="end">0</text>`;
  const legend = channels.map((c, ci) => `<span class="key"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${PALETTE[ci % PALETTE.length]}"/></svg> ${esc(c)}</span>`).join(' ');
  return `<svg role="img" aria-labelledby="perday-title" viewBox="0 0 ${width} ${chartH + 60}" width="100%" height="${chartH + 60}" preserveAspectRatio="xMinYMin meet"><title id="perday-title">Questions per day, stacked by channel</title>${axis}${bars.join('')}</svg><p class="legend">${legend}</p>`;
}

function outcomeChart(report: InsightsReport): string {
  const s = shares(report);
  const parts: Array<[string, number, string]> = [
    ['Answered', s.answered, OUTCOME_COLOURS.answered],
    ['Did you mean', s.didYouMean, OUTCOME_COLOURS.didYouMean],
    ['No answer', s.noAnswer, OUTCOME_COLOURS.noAnswer],
  ];
  let x = 0;
  const rects = parts
    .filter(([, v]) => v > 0)
    .map(([label, v, colour]) => {
      const r = `<rect x="${x}" y="0" width="${v * 6}" height="28" fill="${colour}"><title>${label}: ${v}%</title></rect>`;
      x += v * 6;
      return r;
    })
    .join('');
  const legend = parts.map(([label, v, colour]) => `<span class="key"><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${colour}"/></svg> ${label} ${v}%</span>`).join(' ');
  return `<svg role="img" aria-label="Answered ${s.answered}%, did you mean ${s.didYouMean}%, no answer ${s.noAnswer}%" viewBox="0 0 600 28" width="100%" height="28" preserveAspectRatio="none">${rects || '<rect width="600" height="28" fill="#ddd"/>'}</svg><p class="legend">${legend}</p>`;
}

function barList(rows: Array<{ label: string; value: number; note?: string }>, colour: string): string {
  if (rows.length === 0) return '<p>None in this period.</p>';
  const max = Math.max(...rows.map((r) => r.value), 1);
  const rowH = 24;
  const body = rows
    .map((r, i) => {
      const w = Math.max(2, (r.value / max) * 300);
      return `<g transform="translate(0 ${i * rowH})"><text x="0" y="16" font-size="12">${esc(r.label.length > 60 ? `${r.label.slice(0, 59)}…` : r.label)}</text><rect x="380" y="4" width="${w.toFixed(1)}" height="16" fill="${colour}"/><text x="${(386 + w).toFixed(1)}" y="16" font-size="12">${esc(r.note ?? String(r.value))}</text></g>`;
    })
    .join('');
  return `<svg role="img" aria-hidden="true" viewBox="0 0 760 ${rows.length * rowH}" width="100%" height="${rows.length * rowH}" preserveAspectRatio="xMinYMin meet">${body}</svg>`;
}

export function renderHtml(report: InsightsReport): string {
  const s = shares(report);
  const o = report.outcomes;
  const range = `${report.since ?? 'the start'} to ${report.until ?? 'now'}`;
  const dayRows = report.perDay
    .map((d) => `<tr><td>${esc(d.day)}</td>${report.channels.map((c) => `<td>${d.byChannel[c] ?? 0}</td>`).join('')}<td>${d.total}</td></tr>`)
    .join('');
  const top = report.topEntries.map((e) => `<tr><td>${esc(e.title)}</td><td><code>${esc(e.entryId)}</code></td><td>${e.count}</td></tr>`).join('');
  const worst = report.worstFeedback
    .map(
      (f) =>
        `<tr><td>${esc(f.title)}<br><code>${esc(f.entryId)}</code>${f.missing.length ? `<ul>${f.missing.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>` : ''}</td><td>${f.no}</td><td>${f.yes}</td></tr>`,
    )
    .join('');
  const groups = report.unanswered
    .map(
      (g, i) => `<section class="group"><h3>${esc(groupHeading(g))}</h3>
<p>Typical question: “${esc(g.representative)}”</p>
<details${i < 3 ? ' open' : ''}><summary>${g.questions.length} different question${g.questions.length === 1 ? '' : 's'}</summary><ul>${g.questions.map((q) => `<li>${esc(q.text)}${q.count > 1 ? ` <strong>(${q.count} times)</strong>` : ''}</li>`).join('')}</ul></details>
<details><summary>Suggested new entry (YAML skeleton)</summary><pre>${esc(g.skeleton)}</pre></details></section>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>SEND Signpost insights: ${esc(range)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",Arial,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#0b0c0c;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #1d4e89}h3{font-size:1.05rem;margin-bottom:.25rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #b1b4b6;padding:.25rem .5rem;text-align:left;vertical-align:top}
.figures{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}.figures li{border:1px solid #b1b4b6;padding:.5rem 1rem;min-width:9rem}
.figures strong{display:block;font-size:1.6rem}.legend .key{margin-right:1rem;white-space:nowrap}
pre{background:#f3f2f1;padding:.75rem;overflow:auto}.group{border-left:4px solid #D55E00;padding-left:.75rem;margin:1rem 0}
.note{color:#505a5f}
</style>
</head>
<body>
<h1>SEND Signpost insights</h1>
<p>${esc(range)}. Generated ${esc(report.generatedAt)}. Times are kept to the hour; questions are kept only when there was no answer or an answer did not help, after names, contact details, postcodes and dates were removed.</p>
<ul class="figures">
<li><strong>${report.questions}</strong> questions</li>
<li><strong>${s.answered}%</strong> answered (${o.answer + o.glossary})</li>
<li><strong>${s.didYouMean}%</strong> did you mean (${o.didYouMean})</li>
<li><strong>${s.noAnswer}%</strong> no answer (${o.noAnswer})</li>
<li><strong>${o.safety}</strong> safety messages</li>
<li><strong>${report.feedback.yes} / ${report.feedback.no}</strong> helped / did not help</li>
</ul>
<h2>Questions per day and channel</h2>
${perDayChart(report)}
<details><summary>Table</summary><table><thead><tr><th>Day</th>${report.channels.map((c) => `<th>${esc(c)}</th>`).join('')}<th>Total</th></tr></thead><tbody>${dayRows}</tbody></table></details>
<h2>Answered, did you mean, no answer</h2>
${outcomeChart(report)}
<h2>Most asked entries</h2>
${barList(report.topEntries.map((e) => ({ label: e.title, value: e.count })), '#0072B2')}
${top ? `<table><thead><tr><th>Entry</th><th>Id</th><th>Times answered</th></tr></thead><tbody>${top}</tbody></table>` : ''}
<h2>Entries with the worst feedback</h2>
${barList(report.worstFeedback.map((f) => ({ label: f.title, value: f.no, note: `${f.no} no, ${f.yes} yes` })), '#D55E00')}
${worst ? `<table><thead><tr><th>Entry and what was missing</th><th>No</th><th>Yes</th></tr></thead><tbody>${worst}</tbody></table>` : ''}
<h2>Unanswered questions, grouped</h2>
<p class="note">${o.noAnswer} questions in ${report.unanswered.length} groups. Each group has a suggested entry for <code>knowledge/entries/</code>: write the answer from the fact sheet, add sources, then run <code>npm run kb:check</code>.</p>
${groups || '<p>None in this period.</p>'}
</body>
</html>
`;
}
