import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryingBlobsStorage, StateStore } from '../src/bot/storage';
import { Azurite, startAzurite } from './helpers/azurite';

/**
 * A store closes a kept-alive connection that has been idle for a while (Azurite after 5 s; Azure and its load
 * balancers after minutes). A turn that read state, took its time, then writes can send its write down such a
 * connection and meet a reset (ECONNRESET). This proxy in front of Azurite plays that store: a request arriving on a
 * connection that has answered before and then sat idle longer than `idleMs` is met by a reset, every time.
 */
async function resettingProxy(target: number, idleMs: number) {
  let resets = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    let answeredAt: number | undefined;
    client.on('data', (chunk) => {
      if (answeredAt !== undefined && Date.now() - answeredAt > idleMs) {
        resets++;
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      answeredAt = Date.now();
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    resets: () => resets,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let azurite: Azurite;
let proxy: Awaited<ReturnType<typeof resettingProxy>>;
const IDLE_MS = 300;

beforeAll(async () => {
  azurite = await startAzurite();
  proxy = await resettingProxy(azurite.port, IDLE_MS);
});

afterAll(async () => {
  await proxy?.close();
  await azurite?.stop();
});

describe('a Blob call on connections the store closed while idle', () => {
  it('is tried again on a fresh connection and succeeds, well within the deadline', async () => {
    const connection = azurite.connectionString.replace(`127.0.0.1:${azurite.port}`, `127.0.0.1:${proxy.port}`);
    const store = new StateStore(retryingBlobsStorage(connection, `state-${randomBytes(6).toString('hex')}`, 5000), { ttlMs: 3_600_000 });
    const keys = ['webchat/conversations/reset-1', 'webchat/users/parent-reset-1'];
    // A turn reads its two states at once, as botbuilder does: two kept-alive connections.
    await store.write({ [keys[0]]: { step: 1 }, [keys[1]]: { seen: true } });
    const read = await store.read(keys);
    expect(read[keys[0]]).toMatchObject({ step: 1 });

    // The turn takes longer than the store keeps an idle connection; both kept connections are now closed at its end.
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS * 3));
    const started = Date.now();
    await store.write({ [keys[0]]: { ...read[keys[0]], step: 2 } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(proxy.resets(), 'the write met closed connections first').toBeGreaterThanOrEqual(2);
    expect((await store.read([keys[0]]))[keys[0]]).toMatchObject({ step: 2 });
  });
});
