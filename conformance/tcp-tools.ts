import * as net from 'node:net';
import * as tls from 'node:tls';
import { BadArgumentsError } from '../engine/errors/index.js';
import type { RawStream, Wiretap } from './options.js';

/*
 * Fixture parts for adapters whose addresses name a TCP port (`scheme://host:port/path`, or
 * a bare `host:port`): a recording proxy for `wiretap`, and a raw socket for `rawConnect`.
 */

interface HostPort {
  scheme: string;
  host: string;
  port: number;
  rest: string;
}

function parse(address: string): HostPort {
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\[[^\]]+\]|[^:/]+):(\d+)(.*)$/i.exec(address);
  if (!match) throw new BadArgumentsError(`${address} does not name a TCP port (scheme://host:port)`);
  const host = match[2]!.startsWith('[') ? match[2]!.slice(1, -1) : match[2]!;
  return { scheme: match[1] ?? '', host, port: Number(match[3]), rest: match[4]! };
}

function withPort(address: string, port: number): string {
  const { scheme, host, rest } = parse(address);
  return `${scheme ? `${scheme}://` : ''}${host.includes(':') ? `[${host}]` : host}:${port}${rest}`;
}

/**
 * A TCP proxy in front of `address` that records every byte, both ways: its `address` is
 * `address` with the proxy's port, so the scheme and path still apply (a certificate for an
 * IP address is good on any port).
 */
export async function tcpWiretap(address: string): Promise<Wiretap> {
  const target = parse(address);
  const chunks: Uint8Array[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((inbound) => {
    const outbound = net.connect({ host: target.host, port: target.port });
    for (const [from, to] of [[inbound, outbound], [outbound, inbound]] as const) {
      sockets.add(from);
      from.on('data', (chunk: Buffer) => {
        chunks.push(new Uint8Array(chunk));
        to.write(chunk);
      });
      from.on('end', () => to.end());
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, target.host, resolve));
  return {
    address: withPort(address, (server.address() as net.AddressInfo).port),
    bytes: () => Buffer.concat(chunks),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A raw socket to the port `address` names, TLS when `tlsOptions` are given: what a Kafka or
 * ZooKeeper client opens against a listener that serves foreign protocols.
 */
export function tcpRawConnect(address: string, tlsOptions?: tls.ConnectionOptions): Promise<RawStream> {
  const { host, port } = parse(address);
  return new Promise((resolve, reject) => {
    const socket: net.Socket = tlsOptions
      ? tls.connect({ ...tlsOptions, host, port, servername: net.isIP(host) ? undefined : host }, () => ready())
      : net.connect({ host, port }, () => ready());
    const ready = () => {
      socket.off('error', reject);
      socket.on('error', () => {});
      resolve(socketStream(socket));
    };
    socket.once('error', reject);
  });
}

/** A socket as a RawStream. It reads from the start (so it sees the peer's end even unread), keeping chunks for the first handler. */
function socketStream(socket: net.Socket): RawStream {
  let inbox: Uint8Array[] | null = [];
  const handlers: Array<(chunk: Uint8Array) => void> = [];
  socket.on('data', (chunk: Buffer) => {
    if (inbox) inbox.push(new Uint8Array(chunk));
    else for (const handler of handlers) handler(new Uint8Array(chunk));
  });
  return {
    write(bytes) {
      return socket.write(Uint8Array.from(bytes));
    },
    onData(handler) {
      handlers.push(handler);
      const kept = inbox ?? [];
      inbox = null;
      for (const chunk of kept) handler(chunk);
    },
    onClose(handler) {
      if (socket.closed) queueMicrotask(() => handler());
      else socket.once('close', (hadError) => handler(hadError ? new Error('The raw socket failed') : undefined));
    },
    close() {
      socket.end();
    },
  };
}
