import test from 'ava';
import { connect } from 'node:net';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CoordinationService } from '../../engine/coordination/service.js';
import { Member, type Service, type ServiceHost } from '../../engine/server/index.js';
import { within } from '../../conformance/helpers.js';
import { freePorts } from './processes.js';

/*
 * A service's front door for a foreign protocol on the member's one address, over TCP: a
 * client of that protocol (here ZooKeeper's four-letter "ruok") gets its raw bytes answered
 * while Keeper clients and the Raft peers share the same listener.
 */

class RuokService implements Service {
  readonly name = 'ruok';
  #stop: (() => void) | null = null;

  async start(host: ServiceHost): Promise<void> {
    this.#stop = host.foreign({
      name: 'four-letter',
      matches: (prefix) => {
        const word = new TextDecoder().decode(prefix.subarray(0, 4));
        return prefix.byteLength < 4 ? ('ruok'.startsWith(word) ? undefined : false) : word === 'ruok';
      },
      accept: (stream) => {
        stream.onData(() => {
          stream.write(new TextEncoder().encode('imok'));
          stream.close();
        });
      },
    });
  }

  async stop(): Promise<void> {
    this.#stop?.();
  }
}

function ask(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

test('a member serves a foreign protocol beside its own clients and peers on one TCP address', async (t) => {
  const [port] = await freePorts(1);
  const address = `tcp://127.0.0.1:${port}`;
  const transport = new TcpTransport({ logger: silentLogger });
  const coordination = new CoordinationService({ peers: [{ id: 'a', address }] });
  const member = await Member.start({ id: 'a', address, transport, services: [coordination, new RuokService()] });
  t.teardown(async () => {
    await member.close();
    await transport.close();
  });
  const clientTransport = new TcpTransport({ logger: silentLogger });
  t.teardown(() => clientTransport.close());
  const keeper = await Keeper.connect({ transport: clientTransport, servers: [address], timeoutMs: 10_000 });
  t.teardown(() => keeper.close({ timeoutMs: 500 }));

  t.is(await within(ask(port!, 'ruok'), 5000, 'the answer to ruok'), 'imok');
  await keeper.create('/still-served', 'yes');
  t.is(await within(ask(port!, 'ruok'), 5000, 'a second answer'), 'imok');
  t.is(new TextDecoder().decode((await keeper.getData('/still-served')).data), 'yes');
  t.true(coordination.isLeader);
});
