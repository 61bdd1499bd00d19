import { BadArgumentsError } from '../../engine/errors/index.js';

/*
 * TCP addresses: `tcp://host:port` (plain), `tls://host:port` (TLS), or a bare `host:port`,
 * which means TLS when the transport has TLS options and plain otherwise. IPv6 hosts go in
 * brackets: `tcp://[::1]:7001`. Port 0 asks the OS for a free port when listening.
 */

export interface TcpAddress {
  host: string;
  port: number;
  tls: boolean;
}

const PATTERN = /^(?:(tcp|tls):\/\/)?(\[[0-9a-fA-F:.%a-zA-Z]+\]|[^\s:/[\]]+):(\d{1,5})\/?$/;

export function parseTcpAddress(address: string, tlsByDefault: boolean): TcpAddress {
  const match = PATTERN.exec(address);
  if (!match) throw new BadArgumentsError(`Not a TCP address: '${address}' (expected tcp://host:port, tls://host:port or host:port)`);
  const [, scheme, rawHost, rawPort] = match;
  const port = Number(rawPort);
  if (port > 65535) throw new BadArgumentsError(`Port out of range in '${address}'`);
  const host = rawHost!.startsWith('[') ? rawHost!.slice(1, -1) : rawHost!;
  return { host, port, tls: scheme === undefined ? tlsByDefault : scheme === 'tls' };
}

export function formatTcpAddress(address: TcpAddress): string {
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return `${address.tls ? 'tls' : 'tcp'}://${host}:${address.port}`;
}
