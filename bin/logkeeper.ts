#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { runDemo } from './demo.js';
import { ConfigError, resolveSettings, type StartFlags, type StartSettings } from './config.js';
import type { ConformanceFlags } from './conformance.js';
import { BadArgumentsError } from '../engine/errors/index.js';

function integer(min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer >= ${min}`);
    return n;
  };
}

/** The version in this package's package.json: one level up from bin/, two from dist/bin/. */
function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'logkeeper' && pkg.version) return pkg.version;
    } catch {
      // Not there: try the next level.
    }
  }
  return 'unknown';
}

const program = new Command('logkeeper')
  .description('Coordination service and partitioned log, embeddable, over pluggable transports')
  .version(packageVersion());

program
  .command('demo', { isDefault: true })
  .description('run the master-election story on an in-process ensemble (memory adapter) through a crash, a partition and a leader failover')
  .option('--session-timeout <ms>', "the database servers' session timeout", integer(500), 1500)
  .option('--seed <seed>', 'seed for latency jitter and election timeouts', integer(0), 1)
  .action(async (options: { sessionTimeout: number; seed: number }) => {
    await runDemo({ sessionTimeoutMs: options.sessionTimeout, seed: options.seed });
  });

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number > 0');
  return n;
}

const collect = (value: string, previous?: string[]) => [...(previous ?? []), value];

program
  .command('start')
  .description('run one member (an ensemble voter and a broker, by default) until SIGTERM; see docs/running.md')
  .option('--config <file>', 'JSON config file (command-line options override it)')
  .option('--id <id>', "this member's id, one of those in --peers")
  .option('--peers <list>', 'every initial member as id=address, comma-separated, this one included (e.g. 1=tcp://10.0.0.1:7001,2=…)')
  .option('--listen <address>', "where to listen for peers and clients (default: this member's address in --peers)")
  .option('--client-listen <address>', 'also serve clients (only) here; repeatable', collect)
  .option('--data <dir>', 'keep the state in this directory (classic-level); without it, in memory only')
  .option('--transport <kind>', 'tcp or websocket (default: from the addresses)')
  .option('--secret <secret>', 'cluster secret every peer and client must prove (or LOGKEEPER_SECRET)')
  .option('--secret-file <file>', 'read the cluster secret from a file')
  .option('--tls-key <file>', 'TLS private key (PEM)')
  .option('--tls-cert <file>', 'TLS certificate (PEM)')
  .option('--tls-ca <file>', "CA that signs the members' certificates (PEM)")
  .option('--tls-mutual', 'require a certificate signed by --tls-ca from everyone who connects')
  .option('--cluster <name>', 'cluster name: members of another cluster are refused')
  .option('--tick <ms>', 'coordination tick: session timeouts are bounded to 2-20 ticks (default 2000)', integer(1))
  .option('--raft-tick <ms>', 'Raft tick (default 100)', integer(1))
  .option('--election-ticks <n>', 'Raft election timeout in ticks (default 10)', integer(2))
  .option('--roles <list>', 'member (an ensemble voter), broker, or member,broker (default)')
  .option('--address <address>', 'where the others and clients reach a broker only (--roles broker)')
  .option('--ensemble <list>', "a broker only: the coordination members' addresses, comma-separated (default: those of --peers)")
  .option('--broker-id <n>', 'the broker id (default: --id when it is a number)', integer(0))
  .option('--rack <rack>', "the broker's rack")
  .option('--session-timeout <ms>', "the broker's coordination session timeout: a dead broker's partitions move after about this long (default 6000)", integer(1))
  .option('--auto-create-topics', 'create a topic on its first metadata request (default off)')
  .option('--default-partitions <n>', 'partitions of a topic created without a count (default 1)', integer(1))
  .option('--default-replication-factor <n>', 'replication factor of a topic created without one (default 1)', integer(1))
  .option('--replica-lag-time <ms>', 'a follower behind for this long leaves the ISR (default 30000)', integer(1))
  .option('--replica-socket-timeout <ms>', "a follower's request to its leader is given up and sent again after this long (a fetch: after its wait plus this; default 30000)", integer(1))
  .action(async (flags: StartFlags) => {
    let settings: StartSettings;
    try {
      settings = resolveSettings(flags);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      return program.error(`logkeeper start: ${error.message}`, { exitCode: 2 });
    }
    const { runStart } = await import('./start.js');
    await runStart(settings);
    // Exit once the loop is empty; if a stray handle keeps it alive, shortly after anyway.
    setTimeout(() => process.exit(), 2000).unref();
  });

program
  .command('conformance <module>')
  .description('run the conformance suite on the adapter a module exports (export default { name, factory, supports, timing }); see docs/adapters.md')
  .option('--grep <pattern>', 'run only the groups whose name (transport, tls, engine › election…) matches this case-insensitive regular expression; repeatable', collect)
  .option('--timing <factor>', 'scale every bound by this factor (for a slow adapter or machine)', positive, 1)
  .option('--concurrency <n>', 'tests run at once', integer(1), 4)
  .action(async (modulePath: string, flags: ConformanceFlags) => {
    const { runConformance } = await import('./conformance.js');
    let code: number;
    try {
      code = await runConformance(modulePath, flags);
    } catch (error) {
      if (!(error instanceof BadArgumentsError)) throw error;
      return program.error(`logkeeper conformance: ${error.message}`, { exitCode: 2 });
    }
    // Exit now: an adapter may leave handles open that would keep the process alive.
    process.exit(code);
  });

await program.parseAsync();
