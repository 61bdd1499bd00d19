import test from 'ava';
import * as net from 'node:net';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { ServerHandshake, createSecretKey } from '../../adapters/shared/auth.js';
import { controlFrame, FrameType } from '../../adapters/tcp/wire.js';
import type { Connection } from '../../transports/transport.js';
import { closing, rejection, within } from './helpers/world.js';

/*
 * ConnectOptions.early over TCP: without a secret the first frames leave with the HELLO (the
 * server has them one round trip sooner); with one they follow the RESPONSE, never before the
 * server has proved itself; a server that refuses the client never delivers them.
 */

/** Frames of the adapter's wire (length, type, body) cut from a byte stream. */
function frames(bytes: Buffer): Array<{ type: number; body: Buffer }> {
  const out: Array<{ type: number; body: Buffer }> = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const length = bytes.readUInt32BE(at);
    if (at + 4 + length > bytes.length) break;
    out.push({ type: bytes[at + 4]!, body: bytes.subarray(at + 5, at + 4 + length) });
    at += 4 + length;
  }
  return out;
}

/** A raw TCP server: calls `onBytes` with everything received so far on each chunk. */
async function rawServer(onBytes: (all: Buffer, socket: net.Socket) => void): Promise<{ address: string; close(): void }> {
  const server = net.createServer((socket) => {
    let all = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      all = Buffer.concat([all, chunk]);
      onBytes(all, socket);
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { address: `tcp://127.0.0.1:${port}`, close: () => server.close() };
}

test('without a secret, early frames travel with the HELLO, before any answer from the server', async (t) => {
  let seen: Array<{ type: number; body: Buffer }> | null = null;
  const got = new Promise<void>((resolve) => {
    void rawServer((all, socket) => {
      const cut = frames(all);
      if (cut.length < 3) return; // nothing is answered: whatever came, came unprompted
      seen = cut;
      socket.destroy();
      resolve();
    }).then((s) => {
      t.teardown(() => s.close());
      const client = closing(t, new TcpTransport({ logger: silentLogger, connectTimeoutMs: 5_000 }));
      void client.connect(s.address, { early: [Uint8Array.of(7, 7), Uint8Array.of(8)] }).catch(() => {});
    });
  });
  await within(got, 5_000, 'the HELLO and both early frames, unanswered');
  t.deepEqual(seen!.map((f) => f.type), [FrameType.Handshake, FrameType.Data, FrameType.Data]);
  t.deepEqual([...seen![1]!.body], [7, 7]);
  t.deepEqual([...seen![2]!.body], [8]);
});

test('with a secret, early frames follow the RESPONSE: nothing goes before the server has proved the secret', async (t) => {
  const key = createSecretKey('s3cret')!;
  let order: number[] = [];
  const done = new Promise<void>((resolve) => {
    let handshake: ServerHandshake | null = null;
    void rawServer((all, socket) => {
      const cut = frames(all);
      if (!handshake && cut.length >= 1) {
        handshake = new ServerHandshake(key);
        void handshake.challenge(new Uint8Array(cut[0]!.body)).then((challenge) => socket.write(controlFrame(FrameType.Handshake, challenge)));
      }
      if (cut.length >= 3) {
        order = cut.map((f) => f.type);
        resolve();
      }
    }).then((s) => {
      t.teardown(() => s.close());
      const client = closing(t, new TcpTransport({ logger: silentLogger, secret: 's3cret', connectTimeoutMs: 5_000 }));
      void client.connect(s.address, { early: [Uint8Array.of(1)] }).then((c) => c.close(), () => {});
    });
  });
  await within(done, 5_000, 'HELLO, RESPONSE and the early frame');
  t.deepEqual(order.slice(0, 3), [FrameType.Handshake, FrameType.Handshake, FrameType.Data], 'HELLO, RESPONSE, then the frame');
});

test('a server that requires a secret refuses a client without one, and never delivers its early frames', async (t) => {
  const accepted: Connection[] = [];
  const server = closing(t, new TcpTransport({ logger: silentLogger, secret: 's3cret' }));
  const listener = await server.listen('tcp://127.0.0.1:0', (c) => accepted.push(c));
  const client = closing(t, new TcpTransport({ logger: silentLogger, connectTimeoutMs: 60_000 }));
  const error = await rejection(client.connect(listener.address, { early: [Uint8Array.of(1, 2, 3)] }));
  t.is(error?.code, 'AUTHENTICATION_FAILED');
  t.deepEqual(accepted, [], 'the refusal comes before any connection is accepted');
});
