import { createInterface } from 'node:readline';
import { TcpTransport } from '../../../adapters/tcp/index.js';
import { silentLogger } from '../../../adapters/shared/logger.js';

/*
 * A TcpTransport listener in a process of its own, so that its memory is its own to measure:
 * it echoes every frame, prints `listening ADDRESS`, and answers each `stats` line on stdin
 * with one JSON line { rss, partialFrameBytes } (after a GC, when run with --expose-gc).
 * argv: the transport's maxPartialFrameBytes.
 */

const transport = new TcpTransport({ maxPartialFrameBytes: Number(process.argv[2]), keepAliveMs: 0, logger: silentLogger });
const listener = await transport.listen('tcp://127.0.0.1:0', (connection) => {
  connection.onFrame((frame) => {
    if (!connection.closed) connection.send(frame);
  });
});
console.log(`listening ${listener.address}`);
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line !== 'stats') return;
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ rss: process.memoryUsage().rss, partialFrameBytes: transport.partialFrameBytes }));
});
process.stdin.on('end', () => void transport.close().then(() => process.exit(0)));
