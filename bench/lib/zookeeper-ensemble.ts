import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zookeeper, { type Client } from 'node-zookeeper-client';
import { freePorts } from '../../test/cluster/processes.js';
import type { CoordinationClient, Connect } from './coordination-workload.js';
import type { RunningEnsemble } from './ensemble-measure.js';
import { forget, track } from './children.js';

/*
 * A 3-server ZooKeeper ensemble as Debian's `zookeeper` package runs it (QuorumPeerMain with
 * the package's class path, JMX local-only as zkServer.sh starts it), default settings
 * (tickTime 2000, initLimit 10, syncLimit 5, forceSync on: an fsync per transaction-log
 * batch), each server on its own loopback ports with a data directory in a temp directory.
 * The only setting beyond the package's zoo.cfg: the AdminServer is off (three on one host
 * would fight over port 8080). Ready when every server answers `srvr` (the one four-letter
 * word on by default) and they report one leader. Clients are node-zookeeper-client sessions.
 */

const JAR = '/usr/share/java/zookeeper.jar';
const CONF = '/etc/zookeeper/conf';
const READY_MS = 60_000;
const STOP_MS = 10_000;

/** Why ZooKeeper cannot run here, or undefined when it can. */
export function zookeeperMissing(): string | undefined {
  if (!existsSync(JAR)) return `${JAR} is missing (Debian: apt-get install zookeeper)`;
  return undefined;
}

/** A four-letter word's answer from 127.0.0.1:port ('' if the server does not answer). */
function fourLetters(port: number, word: string, ms = 2000): Promise<string> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = tcpConnect(port, '127.0.0.1', () => socket.write(word));
    const timer = setTimeout(() => socket.destroy(), ms);
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(answer);
    });
    socket.on('error', () => {});
  });
}

async function modeOf(port: number): Promise<string | undefined> {
  return (await fourLetters(port, 'srvr')).match(/^Mode: (\w+)/m)?.[1];
}

async function stopJvm(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const late = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(r, STOP_MS, true).unref())]);
    if (late) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  forget(child);
}

function zkConnect(): Connect {
  return (server) => new Promise((resolve, reject) => {
    const zk = zookeeper.createClient(server, { sessionTimeout: 30_000, retries: 0 });
    const timer = setTimeout(() => {
      zk.close();
      reject(new Error(`no ZooKeeper session on ${server} within 30 s`));
    }, 30_000);
    zk.once('connected', () => {
      clearTimeout(timer);
      resolve(zkClient(zk));
    });
    zk.connect();
  });
}

function call<T>(start: (callback: (error: Error | null, result?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, result) => (error ? reject(error) : resolve(result as T))));
}

function zkClient(zk: Client): CoordinationClient {
  const buffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return {
    create: async (path, data) => void (await call<string>((cb) => zk.create(path, buffer(data), zookeeper.CreateMode.PERSISTENT, cb))),
    createEphemeral: (path, data) => call<string>((cb) => zk.create(path, buffer(data), zookeeper.CreateMode.EPHEMERAL, cb)),
    setData: async (path, data) => void (await call((cb) => zk.setData(path, buffer(data), -1, cb))),
    getData: async (path) => void (await call((cb) => zk.getData(path, cb))),
    delete: (path) => call<void>((cb) => zk.remove(path, -1, cb)),
    exists: async (path) => (await call((cb) => zk.exists(path, cb))) !== null,
    watchExists: async (path, onEvent) => void (await call((cb) => zk.exists(path, () => onEvent(), cb))),
    watchData: async (path, onEvent) => void (await call((cb) => zk.getData(path, () => onEvent(), cb))),
    close: () => new Promise<void>((resolve) => {
      zk.once('disconnected', () => resolve());
      zk.close();
    }),
  };
}

export async function startZooKeeperEnsemble(count = 3): Promise<RunningEnsemble> {
  const missing = zookeeperMissing();
  if (missing) throw new Error(`ZooKeeper cannot run: ${missing}`);
  const ports = await freePorts(count * 3);
  const clientPort = (i: number) => ports[i * 3]!;
  const root = mkdtempSync(join(tmpdir(), 'logkeeper-bench-zookeeper-'));
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const base = readFileSync(join(CONF, 'zoo.cfg'), 'utf8').split('\n').filter((l) => /^(tickTime|initLimit|syncLimit)=/.test(l));
  const servers = ids.map((id, i) => `server.${id}=127.0.0.1:${ports[i * 3 + 1]}:${ports[i * 3 + 2]}`);
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopJvm));
    rmSync(root, { recursive: true, force: true });
  };
  try {
    for (const [i, id] of ids.entries()) {
      const dir = join(root, String(id));
      mkdirSync(join(dir, 'data'), { recursive: true });
      writeFileSync(join(dir, 'data', 'myid'), `${id}\n`);
      const cfg = join(dir, 'zoo.cfg');
      writeFileSync(cfg, [...base, `dataDir=${join(dir, 'data')}`, `clientPort=${clientPort(i)}`, 'clientPortAddress=127.0.0.1', 'admin.enableServer=false', ...servers, ''].join('\n'));
      const log = openSync(join(dir, 'server.log'), 'w');
      const child = spawn('java', [
        `-Dzookeeper.log.dir=${dir}`, '-Dzookeeper.root.logger=INFO,CONSOLE',
        '-Dcom.sun.management.jmxremote', '-Dcom.sun.management.jmxremote.local.only=true',
        '-cp', `${CONF}:${JAR}`, 'org.apache.zookeeper.server.quorum.QuorumPeerMain', cfg,
      ], { stdio: ['ignore', log, log] });
      closeSync(log);
      track(child);
      children.push(child);
    }
    const deadline = Date.now() + READY_MS;
    let modes: Array<string | undefined> = [];
    for (;;) {
      const dead = children.findIndex((c) => c.exitCode !== null || c.signalCode !== null);
      if (dead >= 0) throw new Error(`ZooKeeper server ${ids[dead]} exited: ${readFileSync(join(root, String(ids[dead]), 'server.log'), 'utf8').slice(-2000)}`);
      modes = await Promise.all(ids.map((_, i) => modeOf(clientPort(i))));
      if (modes.filter((m) => m === 'leader').length === 1 && modes.every((m) => m === 'leader' || m === 'follower')) break;
      if (Date.now() > deadline) throw new Error(`ZooKeeper ensemble not ready within ${READY_MS} ms (modes: ${modes.join(', ')})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const address = (i: number) => `127.0.0.1:${clientPort(i)}`;
    const leader = modes.indexOf('leader');
    return {
      system: 'ZooKeeper',
      leader: address(leader),
      followers: ids.map((_, i) => i).filter((i) => i !== leader).map(address),
      pids: children.map((c) => c.pid!),
      connect: zkConnect(),
      sameLeader: async () => (await modeOf(clientPort(leader))) === 'leader',
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
