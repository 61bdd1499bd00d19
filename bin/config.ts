import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkGroupConfig, DEFAULT_GROUP_CONFIG, type GroupConfig } from '../engine/broker/groups/config.js';

/*
 * `logkeeper start`'s settings: command-line options over a JSON config file over
 * defaults, checked and resolved here (file paths, the peer list, which transport) so that
 * bin/start.ts only runs what it is given. docs/running.md lists every key.
 */

export type TransportKind = 'tcp' | 'websocket';

/** What a process runs: an ensemble voter (`member`), a broker, or both (the default). */
export type Role = 'member' | 'broker';

/** What a config file (JSON) may hold; command-line options of the same meaning override it. */
export interface ConfigFile {
  id?: string | number;
  /** `{ "1": "tcp://…", … }`, `[{ "id": "1", "address": "tcp://…" }]` or `"1=tcp://…,2=…"`. */
  peers?: Record<string, string> | Array<{ id: string | number; address: string }> | string;
  listen?: string;
  clientListen?: string | string[];
  data?: string;
  transport?: TransportKind;
  secret?: string;
  secretFile?: string;
  tls?: { key?: string; cert?: string; ca?: string; mutual?: boolean };
  cluster?: string;
  /** The coordination tick (ZooKeeper's tickTime): session timeouts are 2–20 ticks. Default 2000. */
  tickMs?: number;
  /** The Raft tick; default 100. */
  raftTickMs?: number;
  /** Raft election timeout in ticks (a random value in [n, 2n)); default 10. */
  electionTicks?: number;
  /** `["member", "broker"]` (default), `["member"]` or `["broker"]`. */
  roles?: Role[] | string;
  /** This process's address when it is not in `peers` (a broker only). */
  address?: string;
  /** The ensemble's addresses for a broker only (default: the peers'). */
  ensemble?: string | string[];
  broker?: {
    id?: number;
    rack?: string;
    /** The broker's coordination session timeout; default 6000. */
    sessionTimeoutMs?: number;
    autoCreateTopics?: boolean;
    defaultPartitions?: number;
    defaultReplicationFactor?: number;
    replicaLagTimeMs?: number;
    replicaSocketTimeoutMs?: number;
    /** The group coordinator's settings (docs/groups.md), e.g. `{ "groupConsumerHeartbeatIntervalMs": 1000 }`. */
    groups?: Partial<GroupConfig>;
  };
}

/** The command-line options (commander's camelCase names). */
export interface StartFlags {
  config?: string;
  id?: string;
  peers?: string;
  listen?: string;
  clientListen?: string[];
  data?: string;
  transport?: string;
  secret?: string;
  secretFile?: string;
  tlsKey?: string;
  tlsCert?: string;
  tlsCa?: string;
  tlsMutual?: boolean;
  cluster?: string;
  tick?: number;
  raftTick?: number;
  electionTicks?: number;
  roles?: string;
  address?: string;
  ensemble?: string;
  brokerId?: number;
  rack?: string;
  sessionTimeout?: number;
  autoCreateTopics?: boolean;
  defaultPartitions?: number;
  defaultReplicationFactor?: number;
  replicaLagTime?: number;
  replicaSocketTimeout?: number;
}

export interface StartSettings {
  id: string;
  /** This member's address as the others and clients dial it (its entry in peers). */
  address: string;
  listen: string;
  clientListen: string[];
  peers: Array<{ id: string; address: string }>;
  /** Absolute data directory, or null for memory only. */
  data: string | null;
  transport: TransportKind;
  secret: string | null;
  tls: { key?: string; cert?: string; ca?: string; requestCert: boolean } | null;
  cluster: string;
  tickMs: number;
  raftTickMs: number;
  electionTicks: number;
  roles: Role[];
  /** The broker's settings, when this process runs one. */
  broker: BrokerSettings | null;
}

export interface BrokerSettings {
  id: number;
  /** The coordination ensemble's addresses the broker is a client of. */
  ensemble: string[];
  sessionTimeoutMs: number;
  rack: string | null;
  autoCreateTopics: boolean;
  defaultPartitions: number;
  defaultReplicationFactor: number;
  replicaLagTimeMs: number;
  /** A follower's request to its leader fails (and is sent again) after this long. */
  replicaSocketTimeoutMs: number;
  /** The group coordinator's settings given; the others keep their defaults. */
  groups: Partial<GroupConfig>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses `1=tcp://a:1,2=tcp://b:2` (commas or whitespace between entries). */
export function parsePeerList(text: string): Array<{ id: string; address: string }> {
  const peers: Array<{ id: string; address: string }> = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const at = item.indexOf('=');
    if (at <= 0 || at === item.length - 1) throw new ConfigError(`A peer is written id=address, not '${item}'`);
    peers.push({ id: item.slice(0, at), address: item.slice(at + 1) });
  }
  return peers;
}

function peersFrom(value: ConfigFile['peers']): Array<{ id: string; address: string }> {
  if (value === undefined) return [];
  if (typeof value === 'string') return parsePeerList(value);
  if (Array.isArray(value)) {
    return value.map((p) => {
      if (!p || (typeof p.id !== 'string' && typeof p.id !== 'number') || typeof p.address !== 'string') {
        throw new ConfigError('peers entries need an id and an address');
      }
      return { id: String(p.id), address: p.address };
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([id, address]) => {
      if (typeof address !== 'string') throw new ConfigError(`The address of peer ${id} must be a string`);
      return { id, address };
    });
  }
  throw new ConfigError('peers must be an object, a list or a string');
}

function transportOf(address: string): TransportKind {
  return /^wss?:\/\//i.test(address) ? 'websocket' : 'tcp';
}

function positiveInteger(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new ConfigError(`${name} must be a positive integer`);
  return value;
}

function readText(read: (path: string) => string, path: string, what: string): string {
  try {
    return read(path);
  } catch (error) {
    throw new ConfigError(`Cannot read the ${what} ${path}: ${(error as Error).message}`);
  }
}

export interface ResolveContext {
  /** Where relative paths on the command line start; default process.cwd(). */
  cwd?: string;
  env?: Record<string, string | undefined>;
  readFile?: (path: string) => string;
}

/** Command-line flags + the config file they name + the environment → checked settings. */
export function resolveSettings(flags: StartFlags, context: ResolveContext = {}): StartSettings {
  const cwd = context.cwd ?? process.cwd();
  const env = context.env ?? process.env;
  const read = context.readFile ?? ((path: string) => readFileSync(path, 'utf8'));
  let file: ConfigFile = {};
  let fileDir = cwd;
  if (flags.config) {
    const path = resolve(cwd, flags.config);
    fileDir = dirname(path);
    try {
      file = JSON.parse(read(path)) as ConfigFile;
    } catch (error) {
      throw new ConfigError(`Cannot read the config file ${path}: ${(error as Error).message}`);
    }
    if (typeof file !== 'object' || file === null || Array.isArray(file)) throw new ConfigError(`${path} must hold a JSON object`);
  }
  // A path from the command line is relative to the working directory, one from the file to the file.
  const fromFile = (p: string | undefined) => (p === undefined ? undefined : resolve(fileDir, p));
  const fromCli = (p: string | undefined) => (p === undefined ? undefined : resolve(cwd, p));

  const id = flags.id ?? (file.id === undefined ? undefined : String(file.id));
  if (!id) throw new ConfigError('--id is required (or "id" in the config file)');
  const roles = rolesFrom(flags.roles ?? file.roles, flags.brokerId ?? file.broker?.id ?? numericId(id));
  const member = roles.includes('member');
  const peers = flags.peers !== undefined ? parsePeerList(flags.peers) : peersFrom(file.peers);
  if (member && peers.length === 0) throw new ConfigError('--peers is required: every initial member as id=address, this one included');
  const ids = new Set<string>();
  for (const p of peers) {
    if (ids.has(p.id)) throw new ConfigError(`Peer ${p.id} is listed twice`);
    ids.add(p.id);
  }
  const self = peers.find((p) => p.id === id);
  if (member && !self) throw new ConfigError(`--peers must include this member (${id})`);
  if (!member && self) throw new ConfigError(`A broker only (--roles broker) is not one of the ensemble's --peers (${id} is)`);
  const address = self?.address ?? flags.address ?? file.address;
  if (!address) throw new ConfigError('--address is required for a broker only: where the others and clients reach it');
  const listen = flags.listen ?? file.listen ?? address;
  const clientListen = flags.clientListen ?? (file.clientListen === undefined ? [] : ([] as string[]).concat(file.clientListen));

  const broker = roles.includes('broker') ? brokerSettings(flags, file, id, peers) : null;
  const kinds = new Set([listen, address, ...peers.map((p) => p.address), ...(broker?.ensemble ?? []), ...clientListen].map(transportOf));
  const transport = (flags.transport ?? file.transport ?? (kinds.size === 1 ? [...kinds][0] : undefined)) as TransportKind | undefined;
  if (transport !== 'tcp' && transport !== 'websocket') {
    throw new ConfigError(transport === undefined ? 'The addresses mix tcp and ws: say --transport tcp|websocket' : `--transport must be tcp or websocket, not '${transport}'`);
  }
  if (kinds.size > 1 || !kinds.has(transport)) {
    throw new ConfigError(`Every address must be a ${transport === 'tcp' ? 'tcp://, tls:// or host:port' : 'ws:// or wss://'} address for --transport ${transport}`);
  }

  // The command line, then the environment, then the file.
  let secret: string | null = null;
  if (flags.secret !== undefined) secret = flags.secret;
  else if (flags.secretFile !== undefined) secret = readText(read, fromCli(flags.secretFile)!, 'secret file').trim();
  else if (env.LOGKEEPER_SECRET) secret = env.LOGKEEPER_SECRET;
  else if (file.secret !== undefined) secret = file.secret;
  else if (file.secretFile !== undefined) secret = readText(read, fromFile(file.secretFile)!, 'secret file').trim();
  if (secret !== null && secret.length === 0) throw new ConfigError('The secret is empty');

  const tlsFile = file.tls ?? {};
  const key = fromCli(flags.tlsKey) ?? fromFile(tlsFile.key);
  const cert = fromCli(flags.tlsCert) ?? fromFile(tlsFile.cert);
  const ca = fromCli(flags.tlsCa) ?? fromFile(tlsFile.ca);
  const mutual = flags.tlsMutual ?? tlsFile.mutual ?? false;
  let tls: StartSettings['tls'] = null;
  if (key || cert || ca || mutual) {
    if (!key || !cert) throw new ConfigError('TLS needs both --tls-key and --tls-cert (a member listens and dials with them)');
    tls = { key: readText(read, key, 'TLS key'), cert: readText(read, cert, 'TLS certificate'), ca: ca ? readText(read, ca, 'TLS CA') : undefined, requestCert: mutual };
  }

  const data = fromCli(flags.data) ?? fromFile(file.data) ?? null;
  return {
    id,
    address,
    listen,
    clientListen,
    peers,
    data,
    transport,
    secret,
    tls,
    cluster: flags.cluster ?? file.cluster ?? 'logkeeper',
    tickMs: positiveInteger('tickMs', flags.tick ?? file.tickMs, 2000),
    raftTickMs: positiveInteger('raftTickMs', flags.raftTick ?? file.raftTickMs, 100),
    electionTicks: positiveInteger('electionTicks', flags.electionTicks ?? file.electionTicks, 10),
    roles,
    broker,
  };
}

/** A member id that is a non-negative int32 is also the broker id. */
function numericId(id: string): number | undefined {
  return /^(0|[1-9]\d{0,9})$/.test(id) && Number(id) <= 0x7fffffff ? Number(id) : undefined;
}

/** Default: both roles when there is a broker id (a numeric member id, or one given), else a member only. */
function rolesFrom(value: ConfigFile['roles'], brokerId: number | undefined): Role[] {
  if (value === undefined) return brokerId === undefined ? ['member'] : ['broker', 'member'];
  const list = typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value;
  if (!Array.isArray(list) || list.length === 0) throw new ConfigError('--roles must name member, broker or both');
  const roles = new Set<Role>();
  for (const role of list) {
    if (role !== 'member' && role !== 'broker') throw new ConfigError(`Unknown role '${String(role)}': member or broker`);
    roles.add(role);
  }
  return [...roles].sort();
}

function brokerSettings(flags: StartFlags, file: ConfigFile, id: string, peers: Array<{ id: string; address: string }>): BrokerSettings {
  const b = file.broker ?? {};
  const brokerId = flags.brokerId ?? b.id ?? numericId(id);
  if (brokerId === undefined) throw new ConfigError(`--broker-id is required: the member id '${id}' is not a number`);
  if (!Number.isInteger(brokerId) || brokerId < 0 || brokerId > 0x7fffffff) throw new ConfigError('--broker-id must be an integer from 0 to 2147483647');
  const listed = flags.ensemble ?? file.ensemble;
  const ensemble = listed === undefined ? peers.map((p) => p.address) : ([] as string[]).concat(listed).flatMap((a) => a.split(/[\s,]+/)).filter(Boolean);
  if (ensemble.length === 0) throw new ConfigError('--ensemble is required for a broker only: the coordination members\' addresses');
  return {
    id: brokerId,
    ensemble,
    sessionTimeoutMs: positiveInteger('sessionTimeoutMs', flags.sessionTimeout ?? b.sessionTimeoutMs, 6000),
    rack: flags.rack ?? b.rack ?? null,
    autoCreateTopics: flags.autoCreateTopics ?? b.autoCreateTopics ?? false,
    defaultPartitions: positiveInteger('defaultPartitions', flags.defaultPartitions ?? b.defaultPartitions, 1),
    defaultReplicationFactor: positiveInteger('defaultReplicationFactor', flags.defaultReplicationFactor ?? b.defaultReplicationFactor, 1),
    replicaLagTimeMs: positiveInteger('replicaLagTimeMs', flags.replicaLagTime ?? b.replicaLagTimeMs, 30_000),
    replicaSocketTimeoutMs: positiveInteger('replicaSocketTimeoutMs', flags.replicaSocketTimeout ?? b.replicaSocketTimeoutMs, 30_000),
    groups: groupSettings(b.groups),
  };
}

/** The config file's `broker.groups`: known keys only, each checked as the broker checks it. */
function groupSettings(value: unknown): Partial<GroupConfig> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('broker.groups must be an object');
  const unknown = Object.keys(value).filter((k) => !(k in DEFAULT_GROUP_CONFIG));
  if (unknown.length > 0) throw new ConfigError(`broker.groups: unknown setting(s) ${unknown.join(', ')}; known: ${Object.keys(DEFAULT_GROUP_CONFIG).join(', ')}`);
  const groups = value as Partial<GroupConfig>;
  try {
    checkGroupConfig({ ...DEFAULT_GROUP_CONFIG, ...groups });
  } catch (error) {
    throw new ConfigError(`broker.groups: ${(error as Error).message}`);
  }
  return groups;
}
