import { createServer, connect, type Socket } from 'node:net';

// A TCP proxy on 127.0.0.1 in front of the test PostgreSQL that can cut the connection, to play a
// database outage and its end without stopping the shared server.

export interface ToggleProxy {
  port: number;
  down(): void;
  up(): void;
  /** A frozen server (SIGSTOP): connections stay open and nothing passes either way until thaw(). */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<ToggleProxy> {
  let open = true;
  let frozen = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (!open) return void client.destroy();
    const upstream = connect(targetPort, '127.0.0.1');
    for (const s of [client, upstream]) {
      if (frozen) s.pause();
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    down() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    up() {
      open = true;
    },
    freeze() {
      frozen = true;
      for (const s of sockets) s.pause();
    },
    thaw() {
      frozen = false;
      for (const s of sockets) s.resume();
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
