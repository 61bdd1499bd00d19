import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { TcpTransport } from '../adapters/tcp/index.js';
import { WebSocketTransport } from '../adapters/websocket/index.js';
import type { Logger } from '../adapters/shared/logger.js';
import { toLogkeeperError } from '../engine/errors/index.js';
import { CoordinationService } from '../engine/coordination/index.js';
import { BrokerService } from '../engine/broker/service.js';
import { Member, type Service } from '../engine/server/index.js';
import { Storage } from '../engine/storage/index.js';
import type { Transport } from '../transports/transport.js';
import type { StartSettings } from './config.js';

/*
 * `logkeeper start`: one member in this process (engine/server's Member) on TCP or WebSocket,
 * classic-level in the data directory or memory-level without one, until SIGTERM or SIGINT.
 * By its roles it runs the coordination service (a voter of the ensemble: `member`), a broker
 * (a coordination client of the ensemble: `broker`), or both (the default). Peers, brokers
 * and clients share the one listening address; `--client-listen` adds client-only addresses.
 * What it prints on stdout, one line each (tests read them):
 *
 *   [logkeeper 1] started: id=1 roles=broker,member broker=1 address=… listen=… clients=… data=… storage=… transport=… auth=… tls=… peers=…
 *   [logkeeper 1] leader: 2 (term 3)            another member leads
 *   [logkeeper 1] leader: this member (term 3)  this one does
 *   [logkeeper 1] leader: none (term 4)         no leader known (an election, or no quorum)
 *   [logkeeper 1] stopping (SIGTERM)
 *   [logkeeper 1] handed leadership to 2        (when it led)
 *   [logkeeper 1] stopped
 *
 * Warnings (a refused peer, a failed TLS handshake) go to stderr. A planned stop exits 0; a
 * failure to start or a member that stops on an error exits 1; a second signal exits 1 at once.
 */

export interface StartIo {
  out(line: string): void;
  err(line: string): void;
}

const consoleIo: StartIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** How long a planned stop may take before the process gives up and exits 1. */
const SHUTDOWN_LIMIT_MS = 20_000;

function makeTransport(settings: StartSettings, logger: Logger): Transport {
  const common = {
    logger,
    ...(settings.secret === null ? {} : { secret: settings.secret }),
    ...(settings.tls === null ? {} : { tls: { ...settings.tls, rejectUnauthorized: true } }),
  };
  return settings.transport === 'websocket' ? new WebSocketTransport(common) : new TcpTransport(common);
}

function describe(settings: StartSettings, address: string, storage: string): string {
  const clients = [address, ...settings.clientListen].join(',');
  return [
    `id=${settings.id}`,
    `roles=${settings.roles.join(',')}`,
    `broker=${settings.broker?.id ?? '-'}`,
    `address=${settings.address}`,
    `listen=${address}`,
    `clients=${clients}`,
    `data=${settings.data ?? '-'}`,
    `storage=${storage}`,
    `transport=${settings.transport}`,
    `auth=${settings.secret === null ? 'none' : 'secret'}`,
    `tls=${settings.tls === null ? 'off' : settings.tls.requestCert ? 'mutual' : 'on'}`,
    `peers=${settings.peers.map((p) => `${p.id}=${p.address}`).join(',')}`,
  ].join(' ');
}

/** Runs one member until a signal; resolves when the process should exit (with process.exitCode set). */
export async function runStart(settings: StartSettings, io: StartIo = consoleIo): Promise<void> {
  const tag = `[logkeeper ${settings.id}]`;
  const logger: Logger = { warn: (message, fields) => io.err(`${tag} warning: ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}`) };
  const transport = makeTransport(settings, logger);
  // Listen for signals from the first moment: a SIGTERM while starting stops right after.
  let settle: (outcome: { signal: string } | { error: unknown }) => void = () => {};
  const stopped = new Promise<{ signal: string } | { error: unknown }>((resolve) => (settle = resolve));
  const onSignal = (signal: string) => settle({ signal });
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  let member: Member;
  const coordination = settings.roles.includes('member')
    ? new CoordinationService({
      peers: settings.peers,
      // Election timeouts are drawn from a fresh seed per process; session secrets always come
      // from the platform's cryptographic source (no seed reaches them here).
      seed: randomBytes(16).toString('hex'),
      raft: { cluster: settings.cluster, tickMs: settings.raftTickMs, electionTicks: settings.electionTicks },
      server: { tickMs: settings.tickMs },
    })
    : null;
  const b = settings.broker;
  const broker = b === null ? null : new BrokerService({
    ensemble: b.ensemble,
    sessionTimeoutMs: b.sessionTimeoutMs,
    seed: randomBytes(16).toString('hex'),
    config: {
      brokerId: b.id,
      rack: b.rack,
      autoCreateTopics: b.autoCreateTopics,
      defaultPartitions: b.defaultPartitions,
      defaultReplicationFactor: b.defaultReplicationFactor,
      replicaLagTimeMs: b.replicaLagTimeMs,
      replicaSocketTimeoutMs: b.replicaSocketTimeoutMs,
      ...b.groups,
    },
    logger,
  });
  const services: Service[] = [...(coordination ? [coordination] : []), ...(broker ? [broker] : [])];
  try {
    if (settings.data !== null) mkdirSync(settings.data, { recursive: true });
    const storage = await Storage.open(settings.data === null ? {} : { directory: settings.data });
    member = await Member.start({
      id: settings.id,
      address: settings.address,
      listen: settings.listen,
      clientListen: settings.clientListen,
      transport,
      storage,
      services,
      onError: (error) => settle({ error }),
    });
  } catch (error) {
    const e = toLogkeeperError(error);
    io.err(`${tag} failed to start: ${e.code} ${e.message}`);
    await transport.close().catch(() => {});
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    process.exitCode = 1;
    return;
  }

  io.out(`${tag} started: ${describe(settings, member.address, settings.data === null ? 'memory-level' : 'classic-level')}`);
  coordination?.onLeaderChange(({ leader, term }) => {
    const who = leader === null ? 'none' : leader.id === settings.id ? 'this member' : leader.id;
    io.out(`${tag} leader: ${who} (term ${term})`);
  });
  broker?.node.controller.on('activated', (epoch) => io.out(`${tag} controller: this broker (epoch ${epoch})`));
  broker?.node.controller.on('uncleanElection', (e) => io.err(`${tag} warning: unclean leader election for ${e.topic}-${e.partition}: broker ${e.leader} leads without being in the ISR ${JSON.stringify(e.previousIsr)}; records may be lost`));

  const outcome = await stopped;

  if ('error' in outcome) {
    const e = toLogkeeperError(outcome.error);
    io.err(`${tag} stopped on an error: ${e.code} ${e.message}`);
    await member.close().catch(() => {});
    await transport.close().catch(() => {});
    process.exitCode = 1;
    return;
  }

  io.out(`${tag} stopping (${outcome.signal})`);
  const again = () => {
    io.err(`${tag} second signal: exiting without a clean stop`);
    process.exit(1);
  };
  process.once('SIGTERM', again);
  process.once('SIGINT', again);
  const limit = setTimeout(() => {
    io.err(`${tag} the stop took over ${SHUTDOWN_LIMIT_MS} ms: exiting`);
    process.exit(1);
  }, SHUTDOWN_LIMIT_MS);
  limit.unref();
  await member.shutdown();
  const report = coordination?.handOver;
  if (report?.handedOverTo) io.out(`${tag} handed leadership to ${report.handedOverTo}`);
  else if (report?.handOverError) io.err(`${tag} could not hand over leadership: ${report.handOverError.code} ${report.handOverError.message}`);
  await transport.close();
  clearTimeout(limit);
  io.out(`${tag} stopped`);
  process.exitCode = 0;
}
