import net from 'node:net';

export type ProxyMode = 'up' | 'refuse' | 'hang';

export interface OutageProxy {
  port: number;
  /** up: pass bytes through; refuse: reset every connection; hang: accept and never answer. */
  set(mode: ProxyMode): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy on 127.0.0.1 in front of another loopback port, switchable between working, refusing and
 * hanging, so a storage outage (and its end) can be staged without restarting the store behind it.
 * Switching mode drops every open connection, as a real outage would.
 */
export async function startOutageProxy(targetPort: number, mode: ProxyMode = 'up'): Promise<OutageProxy> {
  let current = mode;
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    if (current === 'refuse') {
      client.resetAndDestroy();
      return;
    }
    if (current === 'hang') return; // Read nothing, answer nothing.
    const upstream = net.connect(targetPort, '127.0.0.1');
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    set(next) {
      current = next;
      for (const socket of open) socket.destroy();
      open.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
