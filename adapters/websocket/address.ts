import { BadArgumentsError } from '../../engine/errors/index.js';

/*
 * WebSocket addresses are URLs: `ws://host:port/path` or `wss://host:port/path` (TLS). The
 * path defaults to `/`; port 0 asks the OS for a free port when listening. A relay address
 * names a node behind a hub: `relay://name` (see relay-protocol.ts).
 */

export interface WsAddress {
  secure: boolean;
  host: string;
  port: number;
  path: string;
}

export function parseWsAddress(address: string): WsAddress {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new BadArgumentsError(`Not a WebSocket address: '${address}' (expected ws://host:port/path or wss://host:port/path)`);
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new BadArgumentsError(`Not a WebSocket address: '${address}'`);
  if (url.hostname === '') throw new BadArgumentsError(`No host in '${address}'`);
  const secure = url.protocol === 'wss:';
  // URL drops a default port (80/443) and rejects ports above 65535.
  const port = url.port === '' ? (secure ? 443 : 80) : Number(url.port);
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { secure, host, port, path: url.pathname || '/' };
}

export function formatWsAddress(address: WsAddress): string {
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return `${address.secure ? 'wss' : 'ws'}://${host}:${address.port}${address.path}`;
}
