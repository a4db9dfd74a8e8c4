// Free loopback TCP ports, for servers (etcd, a nats-server cluster) whose peers must know each
// other's ports before any of them starts. The ports are free when returned; a bench takes them at
// once, so the window for another process to take one is small (and a failed start says so).
import net from 'node:net';

function onePort(): Promise<{ port: number; server: net.Server }> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as net.AddressInfo).port, server }));
  });
}

/** `n` distinct free ports (all held open until all are found, so none repeats). */
export async function freePorts(n: number): Promise<number[]> {
  const held: { port: number; server: net.Server }[] = [];
  try {
    for (let i = 0; i < n; i++) held.push(await onePort());
    return held.map((h) => h.port);
  } finally {
    await Promise.all(held.map((h) => new Promise<void>((r) => h.server.close(() => r()))));
  }
}
