/**
 * logkeeper in a browser tab: the entry of the browser bundle (`npm run bundle` writes
 * dist/browser/logkeeper.js, an ES module). A tab runs a full ensemble member — Raft and the
 * coordination service — reached by the other members and by clients through a RelayHub
 * (adapters/websocket's relay), with its state in IndexedDB (browser-level) or in memory.
 * It can also keep partition logs (engine/log) there, with the portable CRC32C and gzip, and
 * be a broker too (`broker: { id }`): topics' partitions, replicated across tabs, for clients
 * made with `createBrokerClient({ transport: tab.transport, brokers: tab.peerAddresses })`.
 *
 * ```js
 * import { startTabMember, Keeper, CreateMode } from './logkeeper.js';
 * const member = await startTabMember({
 *   id: 'tab-1', hub: 'wss://example.org/relay', secret,
 *   peers: ['tab-1', 'tab-2', 'tab-3'],           // relay names; relay://tab-1 … by default
 *   storage: 'indexeddb',                         // or 'memory'
 * });
 * const keeper = await Keeper.connect({ transport: member.transport, servers: member.peerAddresses });
 * ```
 *
 * Nothing here may import a Node built-in: scripts/bundle.mjs builds it for
 * `platform: 'browser'`, where esbuild fails on one. (classic-level, which engine/storage
 * imports only for a directory, is replaced by a stub that says to use browser-level.)
 */
import { BrowserLevel } from 'browser-level';
import { MemoryLevel } from 'memory-level';
import { RelayTransport, type BrowserRelayTransportOptions } from '../adapters/websocket/browser.js';
import { formatRelayAddress } from '../adapters/websocket/relay-protocol.js';
import { CoordinationService, type CoordinationOptions } from '../engine/coordination/index.js';
import { BrokerService, type BrokerServiceOptions } from '../engine/broker/service.js';
import { Member, type MemberOptions, type Service } from '../engine/server/index.js';
import { Storage, type Database } from '../engine/storage/index.js';

export * from '../engine/errors/index.js';
export * from '../engine/coordination/index.js';
export { Member, SharedAddress, type MemberOptions, type Service, type ServiceHost, type StopOptions } from '../engine/server/index.js';
export { RaftNode, Role } from '../engine/consensus/index.js';
export { Storage } from '../engine/storage/index.js';
export * from '../engine/log/index.js';
export { RealClock, realClock, Random } from '../engine/time/index.js';
export { BrowserWebSocketTransport, WebSocketTransport, RelayTransport, parseRelayAddress, formatRelayAddress } from '../adapters/websocket/browser.js';
export { BrowserLevel, MemoryLevel };
export { BrokerService } from '../engine/broker/service.js';
export { createBrokerClient } from '../engine/broker/client/index.js';
export { murmur2, partitionForKey } from '../engine/broker/partitioner.js';

export interface TabMemberOptions extends Omit<MemberOptions, 'address' | 'transport' | 'storage' | 'listen' | 'services'>, Omit<CoordinationOptions, 'peers'> {
  /** The hub, e.g. `wss://example.org/relay`. */
  hub: string;
  /** Every initial member: relay names or addresses (`tab-1` or `relay://tab-1`), this one included. */
  peers: string[];
  /** This member's relay name or address; default `relay://<id>`. */
  address?: string;
  secret?: string | Uint8Array;
  /** 'indexeddb' (browser-level, the default: a reopened tab rejoins with its state), 'memory', or a database. */
  storage?: 'indexeddb' | 'memory' | Database;
  /** The IndexedDB database name; default `logkeeper-<id>`. */
  databaseName?: string;
  /** More RelayTransport options (timings, logger). */
  relay?: Omit<BrowserRelayTransportOptions, 'hub' | 'secret'>;
  /** Also run a broker in this tab (its ensemble: the peers). */
  broker?: Omit<BrokerServiceOptions, 'ensemble'>;
}

export interface TabMember {
  member: Member;
  /** This tab's part in the ensemble: its Raft node and coordination server. */
  coordination: CoordinationService;
  /** This tab's broker, when it runs one. */
  broker: BrokerService | null;
  /** The relay transport: clients in this tab use it too (`new Keeper({ transport, servers })`). */
  transport: RelayTransport;
  /** This member's relay address. */
  address: string;
  /** Every member's relay address. */
  peerAddresses: string[];
  /** Stops the member (a leader hands over first) and closes the relay link. */
  stop(): Promise<void>;
}

const address = (nameOrAddress: string) => formatRelayAddress(nameOrAddress.replace(/^relay:\/\//, ''));

/** Starts an ensemble member in this tab, reached through the relay hub under its name. */
export async function startTabMember(options: TabMemberOptions): Promise<TabMember> {
  const own = address(options.address ?? options.id);
  const peerAddresses = options.peers.map(address);
  const ids = peerAddresses.map((a) => (a === own ? options.id : a.slice('relay://'.length)));
  const transport = new RelayTransport({ ...options.relay, hub: options.hub, ...(options.secret === undefined ? {} : { secret: options.secret }) });
  const kind = options.storage ?? 'indexeddb';
  const db: Database =
    kind === 'indexeddb' ? new BrowserLevel(options.databaseName ?? `logkeeper-${options.id}`, { keyEncoding: 'view', valueEncoding: 'view' })
    : kind === 'memory' ? new MemoryLevel({ keyEncoding: 'view', valueEncoding: 'view' })
    : kind;
  try {
    const storage = await Storage.open({ db });
    const coordination = new CoordinationService({
      peers: peerAddresses.map((a, i) => ({ id: ids[i]!, address: a })),
      seed: options.seed,
      secretSeed: options.secretSeed,
      raft: options.raft,
      server: options.server,
      handOverTimeoutMs: options.handOverTimeoutMs,
    });
    const broker = options.broker ? new BrokerService({ ...options.broker, ensemble: peerAddresses }) : null;
    const services: Service[] = broker ? [coordination, broker] : [coordination];
    const member = await Member.start({
      id: options.id,
      address: own,
      transport,
      storage,
      services,
      clientListen: options.clientListen,
      clock: options.clock,
      firstFrameTimeoutMs: options.firstFrameTimeoutMs,
      rpc: options.rpc,
      onError: options.onError,
    });
    return {
      member,
      coordination,
      broker,
      transport,
      address: own,
      peerAddresses,
      async stop() {
        await member.shutdown();
        await transport.close();
      },
    };
  } catch (error) {
    await transport.close().catch(() => {});
    throw error;
  }
}
