import test from 'ava';
import { TcpTransport } from '../../adapters/tcp/index.js';
import { silentLogger } from '../../adapters/shared/logger.js';
import { Keeper } from '../../engine/coordination/client.js';
import { CoordinationService } from '../../engine/coordination/service.js';
import { Member } from '../../engine/server/index.js';
import { freePorts } from './processes.js';

/*
 * A client with no secret, or the wrong one, against a member that requires one learns it at
 * once: Keeper.connect rejects with AUTHENTICATION_FAILED (not retriable) instead of trying
 * every server until its timeout and ending in CONNECTION_LOSS.
 */

test('a Keeper refused for its secret fails at once with AUTHENTICATION_FAILED, and the Keeper is over', async (t) => {
  const [port] = await freePorts(1);
  const address = `tcp://127.0.0.1:${port}`;
  const serverTransport = new TcpTransport({ secret: 'right', logger: silentLogger });
  const member = await Member.start({ id: 'a', address, transport: serverTransport, services: [new CoordinationService({ peers: [{ id: 'a', address }] })] });
  t.teardown(async () => {
    await member.close();
    await serverTransport.close();
  });

  for (const secret of [undefined, 'wrong']) {
    const transport = new TcpTransport({ ...(secret === undefined ? {} : { secret }), logger: silentLogger });
    t.teardown(() => transport.close());
    // A timeout far longer than the test: only a fast failure can end the call in time.
    const keeper = new Keeper({ transport, servers: [address, address] });
    const states: string[] = [];
    keeper.on('state', (s) => states.push(s));
    const error = await t.throwsAsync(keeper.connected({ timeoutMs: 600_000 }));
    t.is((error as { code?: string }).code, 'AUTHENTICATION_FAILED', `secret ${secret ?? 'none'}: ${error?.message}`);
    t.false((error as { retriable?: boolean }).retriable);
    t.is(keeper.state, 'authFailed');
    t.deepEqual(states, ['authFailed']);
    await t.throwsAsync(keeper.getData('/'), { code: 'AUTHENTICATION_FAILED' }, 'later calls fail the same way');
    await keeper.close();
    await t.throwsAsync(Keeper.connect({ transport, servers: [address], timeoutMs: 600_000 }), { code: 'AUTHENTICATION_FAILED' });
  }

  const good = new TcpTransport({ secret: 'right', logger: silentLogger });
  t.teardown(() => good.close());
  const keeper = await Keeper.connect({ transport: good, servers: [address], timeoutMs: 10_000 });
  t.is(keeper.state, 'connected');
  await keeper.close();
});
