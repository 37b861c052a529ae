/**
 * With MicrosoftAppId set, /api/messages must only run the bot for a valid Bot Framework token.
 *
 * How the real validation is exercised without the internet: botframework-connector validates a
 * channel token with JwtTokenExtractor, which fetches signing keys through an OpenIdMetadata object
 * cached per metadata URL (JwtTokenExtractor.openIdMetadataCache). The test serves its own OpenID
 * metadata document and JWKS on 127.0.0.1 and puts an OpenIdMetadata for that server in the cache
 * under the public-cloud metadata URL. Everything else — issuer, audience (app id), expiry,
 * signature, algorithm, endorsements, serviceUrl claim — is the library's own production code.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import { OpenIdMetadata } from 'botframework-connector/lib/auth/openIdMetadata';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { memoryLog } from './helpers/testBot';

const APP_ID = '00000000-1111-2222-3333-444444444444';
const ISSUER = AuthenticationConstants.ToBotFromChannelTokenIssuer; // https://api.botframework.com
const KID = 'signpost-test-key';

const channelKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const attackerKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const channelPrivatePem = channelKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const attackerPrivatePem = attackerKey.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const channelPublicPem = channelKey.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** Counts writes, so a test can prove the bot did not run (the bot saves state on every turn). */
class CountingStorage extends MemoryStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

/** The per-URL metadata cache is private in the typings; this is the one seam the test uses. */
const metadataCache = (JwtTokenExtractor as unknown as { openIdMetadataCache: Map<string, OpenIdMetadata> }).openIdMetadataCache;

let metadataServer: http.Server;
let app: SignpostApp;
let base: string;
let storage: CountingStorage;
let consoleError: ReturnType<typeof vi.spyOn>;

beforeAll(async () => {
  const jwk = channelKey.publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  metadataServer = http.createServer((req, res) => {
    const port = (metadataServer.address() as AddressInfo).port;
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/openid') {
      res.end(JSON.stringify({ issuer: ISSUER, jwks_uri: `http://127.0.0.1:${port}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/keys') {
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['test', 'webchat', 'msteams', 'directline'] }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => metadataServer.listen(0, '127.0.0.1', resolve));
  const port = (metadataServer.address() as AddressInfo).port;
  metadataCache.set(
    AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    new OpenIdMetadata(`http://127.0.0.1:${port}/openid`),
  );

  // botbuilder prints every rejected token with console.error; keep the test output readable.
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  storage = new CountingStorage();
  app = createApp(readConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used-offline', INSIGHTS: 'off' }), { storage, log: memoryLog() });
  base = await app.http.listen(0, '127.0.0.1');
});

afterAll(async () => {
  await app?.http.close();
  await new Promise<void>((resolve) => metadataServer?.close(() => resolve()));
  metadataCache.delete(AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl);
  consoleError?.mockRestore();
});

function activity(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: crypto.randomUUID(),
    channelId: 'test',
    serviceUrl: 'https://smba.example.invalid/uk/',
    conversation: { id: `auth-${crypto.randomUUID()}` },
    from: { id: 'parent-1', name: 'Parent' },
    recipient: { id: APP_ID, name: 'SEND Signpost' },
    text: 'what is an EHC plan',
    // Replies come back in the HTTP response, so the happy path needs no outbound connector call.
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

function token(claims: Record<string, unknown> = {}, options: { key?: string; kid?: string | null; algorithm?: jwt.Algorithm; expiresIn?: number } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const payload = {
    iss: ISSUER,
    aud: APP_ID,
    serviceurl: 'https://smba.example.invalid/uk/',
    nbf: now - 60,
    iat: now - 60,
    exp: now + (options.expiresIn ?? 3600),
    ...claims,
  };
  const header = options.kid === null ? {} : { kid: options.kid ?? KID };
  return jwt.sign(payload, options.key ?? channelPrivatePem, { algorithm: options.algorithm ?? 'RS256', header: header as jwt.JwtHeader });
}

async function post(auth: string | undefined, body: Record<string, unknown> = activity()) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (auth !== undefined) headers.Authorization = auth;
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('with MicrosoftAppId set, a bad token gets 401 and the bot does not run', () => {
  const rejected: Array<[string, () => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['an empty header', () => ''],
    ['not a JWT', () => 'Bearer not-a-token'],
    ['a Basic scheme', () => `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['expired (beyond the 5 minute clock tolerance)', () => `Bearer ${token({ iat: Math.floor(Date.now() / 1000) - 7200, nbf: Math.floor(Date.now() / 1000) - 7200 }, { expiresIn: -3600 })}`],
    ['signed by another key with the real key id', () => `Bearer ${token({}, { key: attackerPrivatePem })}`],
    ['signed by another key with an unknown key id', () => `Bearer ${token({}, { key: attackerPrivatePem, kid: 'made-up' })}`],
    ['for another bot (wrong audience)', () => `Bearer ${token({ aud: 'ffffffff-1111-2222-3333-444444444444' })}`],
    ['from another issuer', () => `Bearer ${token({ iss: 'https://evil.example' })}`],
    ['for another serviceUrl', () => `Bearer ${token({ serviceurl: 'https://evil.example/' })}`],
    ['HS256 signed with the public key (algorithm confusion)', () => `Bearer ${jwt.sign({ iss: ISSUER, aud: APP_ID, serviceurl: 'https://smba.example.invalid/uk/' }, channelPublicPem, { algorithm: 'HS256', header: { kid: KID } as jwt.JwtHeader })}`],
    ['alg "none"', () => `Bearer ${jwt.sign({ iss: ISSUER, aud: APP_ID }, '', { algorithm: 'none' })}`],
  ];

  it.each(rejected)('%s → 401', async (_label, header) => {
    const before = storage.writes;
    const r = await post(header());
    expect(r.status).toBe(401);
    expect(storage.writes).toBe(before);
    expect(r.text).not.toContain('EHC');
  });

  it('a token valid for one channel is refused for a channel its key is not endorsed for', async () => {
    const before = storage.writes;
    const r = await post(`Bearer ${token()}`, activity({ channelId: 'skype' }));
    expect(r.status).toBe(401);
    expect(storage.writes).toBe(before);
  });
});

describe('with MicrosoftAppId set, a valid token runs the bot', () => {
  it('a correctly signed token for this app id → 200 and the bot replies', async () => {
    const before = storage.writes;
    const r = await post(`Bearer ${token()}`);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as { activities: Array<{ type: string; text?: string }> };
    expect(body.activities.some((a) => a.type === 'message' && (a.text ?? '').length > 0)).toBe(true);
    expect(storage.writes).toBeGreaterThan(before);
  });

  it('after many rejections the server still serves valid requests', async () => {
    for (let i = 0; i < 5; i++) expect((await post('Bearer junk')).status).toBe(401);
    expect((await post(`Bearer ${token()}`)).status).toBe(200);
  });
});

describe('local-only routes are off when MicrosoftAppId is set', () => {
  it('the built-in Direct Line is not served', async () => {
    const res = await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(res.status).toBe(404);
  });
});
