import * as net from 'node:net';

/** `127.0.0.1:port` of a port that was free a moment ago (bound, then released). */
export async function unusedTcpAddress(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `127.0.0.1:${port}`;
}
