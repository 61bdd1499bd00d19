import test from 'ava';
import fc from 'fast-check';
import { RpcPeer } from '../../engine/rpc/index.js';
import { CreateMode } from '../../engine/coordination/types.js';
import { pb } from '../../engine/coordination/codec.js';
import { single, str, text } from './helpers.js';

// A server facing garbage: every answer is a typed error (never INTERNAL, never a crash), the
// connection that sent it may be dropped, and the tree and other clients are untouched.

test('garbage to every method of a server gets typed errors, and the server carries on', async (t) => {
  const { clock, network, settle, connect } = await single(t);
  const keeper = await connect();
  await settle(keeper.create('/kept', text('v1'), CreateMode.PERSISTENT));

  const raw = new RpcPeer(await settle(network.transport('fuzzer').connect('keeper://s1')), { clock });
  const codes = new Set<string>();
  const call = async (method: string, payload: Uint8Array) => {
    try {
      await settle(raw.request(method, payload, { timeoutMs: 1000 }));
    } catch (error) {
      codes.add((error as { code?: string }).code ?? String(error));
    }
  };
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 64 }), async (bytes) => {
      await call('keeper.request', bytes); // no session yet on this connection
      await call('keeper.connect', bytes);
    }),
    { numRuns: 150 },
  );
  t.false(codes.has('INTERNAL'), `no INTERNAL errors (got ${[...codes].join(', ')})`);
  for (const code of codes) t.true(/^[A-Z_]+$/.test(code), `typed: ${code}`);

  t.is(str((await settle(keeper.getData('/kept'))).data), 'v1', 'the tree is intact');
  await settle(keeper.setData('/kept', text('v2'), -1));
  const other = await connect();
  t.is(str((await settle(other.getData('/kept'))).data), 'v2', 'other clients are served');
});

test('garbage requests on a live session get typed errors and leave the session usable', async (t) => {
  const { clock, network, settle, connect } = await single(t);
  const keeper = await connect();
  await settle(keeper.create('/a', text('x'), CreateMode.PERSISTENT));
  const raw = new RpcPeer(await settle(network.transport('fuzzer').connect('keeper://s1')), { clock });
  const connected = await settle(raw.request('keeper.connect', pb.ConnectRequest.encode({ timeoutMs: 1000 }).finish()));
  t.true(connected.byteLength > 0);
  const codes = new Set<string>();
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 64 }), async (bytes) => {
      try {
        await settle(raw.request('keeper.request', bytes, { timeoutMs: 1000 }));
      } catch (error) {
        codes.add((error as { code?: string }).code ?? String(error));
      }
    }),
    { numRuns: 200 },
  );
  t.false(codes.has('INTERNAL'), `no INTERNAL errors (got ${[...codes].join(', ')})`);
  t.is(str((await settle(keeper.getData('/a'))).data), 'x');
});
