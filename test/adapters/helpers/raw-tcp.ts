import * as net from 'node:net';
import { ClientHandshake, createSecretKey, ServerHandshake, type Secret } from '../../../adapters/shared/auth.js';
import { controlFrame, FrameType, PreludeReader } from '../../../adapters/tcp/wire.js';
import { parseTcpAddress } from '../../../adapters/tcp/address.js';

/*
 * Peers that speak the TCP adapter's wire format by hand, to do what a well-behaved
 * TcpTransport never does: answer wrongly, go silent, send garbage.
 */

/** A raw socket to `address`, from `localAddress` when given (e.g. 127.0.3.4: Linux's loopback is all of 127/8). */
export function dial(address: string, localAddress?: string): Promise<net.Socket> {
  const { host, port } = parseTcpAddress(address, false);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port, ...(localAddress ? { localAddress } : {}) }, () => {
      socket.off('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

/** A client that finishes the handshake (with `secret`, or a forged proof) and hands back the raw socket. */
export async function handshakenSocket(address: string, options: { secret?: Secret; forgeProof?: boolean; localAddress?: string } = {}): Promise<net.Socket> {
  const socket = await dial(address, options.localAddress);
  const reader = new PreludeReader(socket);
  const handshake = new ClientHandshake(createSecretKey(options.secret));
  socket.write(controlFrame(FrameType.Handshake, handshake.hello()));
  const challenge = await reader.next();
  if (options.forgeProof) {
    // What a client without the secret could send: a RESPONSE of the right shape with a made-up proof.
    const forged = new Uint8Array(6 + 32).fill(7);
    forged.set([0x4c, 0x4b, 0x48, 1, 3, 1]);
    socket.write(controlFrame(FrameType.Handshake, forged));
  } else {
    const response = await handshake.answer(challenge.body);
    if (response) socket.write(controlFrame(FrameType.Handshake, response));
  }
  reader.detach();
  socket.resume();
  return socket;
}

/** One DATA frame as the adapter puts it on the wire. */
export function dataFrame(payload: Uint8Array): Buffer {
  return controlFrame(FrameType.Data, payload);
}

/**
 * A listener that answers the handshake (without a secret) and then neither reads nor writes:
 * a peer that is alive for TCP but dead for the application.
 */
export async function silentServer(): Promise<{ address: string; sockets: net.Socket[]; close(): Promise<void> }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer(async (socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    const reader = new PreludeReader(socket);
    try {
      const hello = await reader.next();
      socket.write(controlFrame(FrameType.Handshake, await new ServerHandshake(null).challenge(hello.body)));
      reader.detach();
      socket.pause();
    } catch {
      socket.destroy();
    }
  });
  return listening(server, sockets);
}

/** A listener that accepts TCP connections and never says a word. */
export async function muteServer(): Promise<{ address: string; sockets: net.Socket[]; close(): Promise<void> }> {
  const sockets: net.Socket[] = [];
  const server = net.createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
  });
  return listening(server, sockets);
}

async function listening(server: net.Server, sockets: net.Socket[]) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    address: `tcp://127.0.0.1:${port}`,
    sockets,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Resolves when the socket has closed. */
export function socketClosed(socket: net.Socket): Promise<void> {
  return new Promise((resolve) => (socket.destroyed && socket.closed ? resolve() : socket.once('close', () => resolve())));
}
