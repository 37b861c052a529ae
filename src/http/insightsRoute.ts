import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import { buildReport, renderHtml } from '../insights/report';
import { insightsSource } from '../insights';
import type { RouteFeature } from './feature';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Compares in constant time: both sides are hashed first, so neither the token nor its length leaks. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** The token from `Authorization: Bearer <token>`, or undefined. */
export function bearerToken(header: unknown): string | undefined {
  const m = /^Bearer[ \t]+(\S{1,1024})[ \t]*$/i.exec(String(header ?? ''));
  return m?.[1];
}

/**
 * GET /insights[?since=YYYY-MM-DD&until=YYYY-MM-DD]: the content report for staff, as HTML.
 * Exists only when INSIGHTS_TOKEN is set; every request must carry it as a Bearer token.
 */
export const insightsRoute: RouteFeature = (server, parts) => {
  const { deps, log } = parts;
  const { insights } = deps.config;
  if (!insights.token) return; // no token configured → no route (404)
  const titles = new Map(deps.knowledge.entries.map((e) => [e.id, e.title]));
  // The folder, or with STORAGE=blob every instance's records in the storage account.
  const source = insightsSource(insights);

  server.get('/insights', async (req: Request, res: Response) => {
    const given = bearerToken(req.headers.authorization);
    if (given === undefined || !tokenMatches(given, insights.token)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="insights"');
      res.setHeader('Cache-Control', 'no-store');
      res.send(401, { error: { code: 'Unauthorized', message: 'This page is for staff. Send the insights token as "Authorization: Bearer <token>".' } });
      return;
    }
    const query = (req.query ?? {}) as Record<string, unknown>;
    const now = deps.now?.() ?? new Date();
    const since = typeof query.since === 'string' ? query.since : new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
    const until = typeof query.until === 'string' ? query.until : undefined;
    if (!DAY.test(since) || (until !== undefined && !DAY.test(until))) {
      res.send(400, { error: { code: 'BadRequest', message: 'since and until must be dates written as YYYY-MM-DD.' } });
      return;
    }
    try {
      const { records } = await source.read({ since, until });
      const html = renderHtml(buildReport(records, { since, until, titles, now }));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-store' });
      res.end(html);
    } catch (error) {
      log.error({ route: '/insights', err: error instanceof Error ? error.name : 'error' }, 'insights report failed');
      res.send(500, { error: { code: 'ReportFailed', message: 'The report could not be made just now.' } });
    }
  });
};
