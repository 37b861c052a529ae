import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import { messageTextModeFromEnv } from '../log';
import { demoPage } from '../pages/demo';
import { escapeHtml } from '../pages/html';
import { privacyPage } from '../pages/privacy';
import { asTeamsTab, page, queryProblem, renderIndex, renderItem, searchReference, type ReferenceDeps } from '../pages/reference';
import { requestOrigin } from './origin';
import { teamsTabPolicy } from './security';
import { PUBLIC_DIR } from '../projectRoot';
import type { RouteFeature } from './feature';
import { staticFile } from './staticFiles';

/** Routes for the pages: the widget's files, the demo, the privacy notice and the helpline reference. */

function htmlResponse(res: Response, status: number, html: string): void {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html) });
  res.end(html);
}

function sendJson(res: Response, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json), 'Cache-Control': 'no-store' });
  res.end(json);
}


function queryParam(req: Request, name: string): string | undefined {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const value = url.searchParams.get(name);
  return value === null ? undefined : value;
}

/** The reference pages, and the Teams staff tab (/teams/reference…): the same pages, framed by Teams only. */
export function registerReference(server: Server, deps: ReferenceDeps & { publicBaseUrl?: string }): void {
  const baseUrl = (req: Request) => deps.publicBaseUrl || requestOrigin(req);
  const teamsTab = (res: Response) => {
    // Only these routes may be framed, and only by Teams; every other page keeps FRAME_ANCESTORS.
    res.setHeader('Content-Security-Policy', teamsTabPolicy());
    res.removeHeader('X-Frame-Options');
  };
  const index = (tab: boolean) => (req: Request, res: Response, next: (err?: unknown) => void) => {
    const html = renderIndex(deps, queryParam(req, 'q'), { baseUrl: baseUrl(req) });
    if (tab) teamsTab(res);
    htmlResponse(res, 200, tab ? asTeamsTab(html) : html);
    next(false);
  };
  const item = (tab: boolean) => (req: Request, res: Response, next: (err?: unknown) => void) => {
    const id = String(req.params?.id ?? '');
    const found = renderItem(deps, id, { baseUrl: baseUrl(req) });
    const html = found ?? page('Not found — SEND Signpost reference', `<h1>Not found</h1><p>There is no reference item called “${escapeHtml(id.slice(0, 100))}”.</p><p><a href="/reference">Go to the full reference</a></p>`);
    if (tab) teamsTab(res);
    htmlResponse(res, found ? 200 : 404, tab ? asTeamsTab(html) : html);
    next(false);
  };
  server.get('/reference', index(false));
  server.get('/reference/:id', item(false));
  server.get('/teams/reference', index(true));
  server.get('/teams/reference/:id', item(true));
  server.get('/api/search', (req: Request, res: Response, next: (err?: unknown) => void) => {
    const q = queryParam(req, 'q');
    const problem = queryProblem(q);
    if (problem) sendJson(res, 400, { error: problem });
    else sendJson(res, 200, { query: q, results: searchReference(deps, q!) });
    next(false);
  });
  server.get('/reference.css', staticFile(path.join(PUBLIC_DIR, 'reference.css'), 'text/css; charset=utf-8', { maxAgeSeconds: 300 }));
  server.get('/reference.js', staticFile(path.join(PUBLIC_DIR, 'reference.js'), 'text/javascript; charset=utf-8', { maxAgeSeconds: 300 }));
}

/** Registers the widget, demo, privacy and helpline reference routes. Pass to createServer's features. */
export const widgetRoutes: RouteFeature = (server: Server, parts) => {
  // Short cache: a host page picks up widget fixes within minutes.
  server.get('/widget.js', staticFile(path.join(PUBLIC_DIR, 'widget.js'), 'text/javascript; charset=utf-8', { maxAgeSeconds: 300 }));
  server.get('/widget.css', staticFile(path.join(PUBLIC_DIR, 'widget.css'), 'text/css; charset=utf-8', { maxAgeSeconds: 300 }));
  server.get('/demo', (_req: Request, res: Response, next: (err?: unknown) => void) => {
    htmlResponse(res, 200, demoPage());
    next(false);
  });
  const { config } = parts.deps;
  const privacy = privacyPage({
    storage: config.storage,
    stateTtlMinutes: config.stateTtlMinutes,
    insights: { enabled: config.insights.enabled, retentionDays: config.insights.retentionDays },
    logsRedactedText: messageTextModeFromEnv() === 'redacted',
  });
  server.get('/privacy', (_req: Request, res: Response, next: (err?: unknown) => void) => {
    htmlResponse(res, 200, privacy);
    next(false);
  });
  registerReference(server, { ...parts.deps, publicBaseUrl: config.publicBaseUrl });
};
