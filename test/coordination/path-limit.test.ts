import test from 'ava';
import { RpcPeer } from '../../engine/rpc/index.js';
import { pb } from '../../engine/coordination/codec.js';
import { MAX_PATH_BYTES, pathProblem, validatePath } from '../../engine/coordination/path.js';
import { AddWatchMode, CreateMode, WatcherType } from '../../engine/coordination/types.js';
import type { Connection } from '../../transports/index.js';
import { single } from './helpers.js';

const Op = pb.Operation.Type;
const Kind = pb.Read.Kind;
const LONG = `/${'x'.repeat(100_000)}`;
/** A path of exactly `bytes` UTF-8 bytes made of `unit` (1, 2 or 3 bytes) after the '/'. */
const pathOf = (bytes: number, unit = 'x') => `/${unit.repeat((bytes - 1) / new TextEncoder().encode(unit).length)}`;

test('the path limit is MAX_PATH_BYTES of UTF-8, exactly; sequential creates count the counter they get', (t) => {
  t.is(MAX_PATH_BYTES, 4096);
  t.is(pathProblem(pathOf(4096)), null);
  t.regex(pathProblem(pathOf(4096) + 'x')!, /longer than 4096 bytes/);
  // Fewer UTF-16 units than the limit, more bytes: counted as UTF-8.
  t.is(pathProblem(pathOf(4096, '\u20ac')), null);
  t.regex(pathProblem(pathOf(4096, '\u20ac') + '\u20ac')!, /longer than 4096 bytes/);
  t.is(pathProblem(pathOf(4095, '\u00e9')), null);
  t.regex(pathProblem(pathOf(4095, '\u00e9') + '\u00e9')!, /longer than 4096 bytes/);
  // A 10-digit counter is appended to a sequential create's path.
  t.notThrows(() => validatePath(pathOf(4086), true));
  t.throws(() => validatePath(pathOf(4087), true), { code: 'BAD_ARGUMENTS' } as never);
  t.notThrows(() => validatePath(pathOf(4087)));
  const error = t.throws(() => validatePath(LONG));
  t.is((error as { code?: string }).code, 'BAD_ARGUMENTS');
  t.true(error.message.length < 300, 'the message quotes the start of the path only');
});

test('the Keeper refuses a too-long path on every operation with BAD_ARGUMENTS, before sending anything', async (t) => {
  const { network, connect, settle } = await single(t);
  // Counts the frames the Keeper's connections send.
  const transport = network.transport('counted');
  let sent = 0;
  const connectOriginal = transport.connect.bind(transport);
  transport.connect = async (address, options) => {
    const connection: Connection = await connectOriginal(address, options);
    const send = connection.send.bind(connection);
    connection.send = (frame) => {
      sent++;
      return send(frame);
    };
    return connection;
  };
  const k = await connect({ transport });
  await settle(k.create('/ok', ''));
  const before = sent;
  const watcher = () => {};
  const calls: Array<[string, () => Promise<unknown>]> = [
    ['create', () => k.create(LONG, '')],
    ['create sequential', () => k.create(pathOf(4087), '', CreateMode.PERSISTENT_SEQUENTIAL)],
    ['delete', () => k.delete(LONG)],
    ['exists', () => k.exists(LONG, watcher)],
    ['getData', () => k.getData(LONG, watcher)],
    ['setData', () => k.setData(LONG, 'x')],
    ['getChildren', () => k.getChildren(LONG, watcher)],
    ['getAllChildrenNumber', () => k.getAllChildrenNumber(LONG)],
    ['getEphemerals', () => k.getEphemerals(LONG)],
    ['sync', () => k.sync(LONG)],
    ['addWatch', () => k.addWatch(LONG, watcher, AddWatchMode.PERSISTENT_RECURSIVE)],
    ['removeWatches', () => k.removeWatches(LONG, watcher, WatcherType.Any)],
    ['removeAllWatches', () => k.removeAllWatches(LONG)],
    ['multi create', () => k.multi([{ type: 'create', path: LONG }])],
    ['multi delete', () => k.multi([{ type: 'check', path: '/ok' }, { type: 'delete', path: LONG }])],
    ['multi setData', () => k.multi([{ type: 'setData', path: LONG, data: new Uint8Array(1) }])],
    ['multi check', () => k.multi([{ type: 'check', path: LONG }])],
    ['transaction', () => k.transaction().setData('/ok', 'y').create(LONG).commit()],
  ];
  for (const [name, call] of calls) {
    // Refused without simulated time passing: no round trip happened.
    const error = await call().then(() => null, (e: Error & { code?: string }) => e);
    t.is(error?.code, 'BAD_ARGUMENTS', name);
  }
  t.is(sent, before, 'nothing was sent');
  t.is((await settle(k.getData('/ok'))).stat.version, 0, 'the valid operation beside the bad one in a multi did not run');
});

test('a server refuses a too-long path from a client bypassing the Keeper, on every request that takes one', async (t) => {
  const { clock, network, server, settle } = await single(t);
  const raw = new RpcPeer(await settle(network.transport('hostile').connect('keeper://s1')), { clock });
  const code = async (method: string, payload: Uint8Array): Promise<string> => {
    try {
      await settle(raw.request(method, payload, { timeoutMs: 1000 }));
      return 'OK';
    } catch (error) {
      return (error as { code?: string }).code ?? String(error);
    }
  };
  // Watches re-registered on connect are checked before the session is opened.
  for (const field of ['dataWatches', 'existWatches', 'childWatches', 'persistentWatches', 'recursiveWatches']) {
    t.is(await code('keeper.connect', pb.ConnectRequest.encode({ timeoutMs: 1000, [field]: [LONG] }).finish()), 'BAD_ARGUMENTS', field);
  }
  t.is(await code('keeper.connect', pb.ConnectRequest.encode({ timeoutMs: 1000 }).finish()), 'OK');
  const request = (body: object) => code('keeper.request', pb.Request.encode(body).finish());
  for (const kind of [Kind.EXISTS, Kind.GET_DATA, Kind.GET_CHILDREN, Kind.GET_ALL_CHILDREN_NUMBER, Kind.GET_EPHEMERALS]) {
    t.is(await request({ read: { kind, path: LONG, watch: true } }), 'BAD_ARGUMENTS', `read kind ${kind}`);
  }
  for (const type of [Op.CREATE, Op.DELETE, Op.SET_DATA, Op.CHECK]) {
    t.is(await request({ txn: { ops: [{ type, path: LONG, version: -1 }], multi: false } }), 'BAD_ARGUMENTS', `op type ${type}`);
  }
  t.is(await request({ sync: { path: LONG } }), 'BAD_ARGUMENTS', 'sync');
  t.is(await request({ addWatch: { path: LONG, mode: AddWatchMode.PERSISTENT } }), 'BAD_ARGUMENTS', 'addWatch');
  t.is(await request({ removeWatches: { path: LONG, type: WatcherType.Any } }), 'BAD_ARGUMENTS', 'removeWatches');
  // A multi fails whole, the long path's op with BAD_ARGUMENTS.
  const reply = pb.Reply.decode(await settle(raw.request('keeper.request', pb.Request.encode({
    txn: { ops: [{ type: Op.CREATE, path: '/first', version: -1 }, { type: Op.CREATE, path: LONG, version: -1 }], multi: true },
  }).finish())));
  t.true(reply.failed);
  t.deepEqual(reply.results.map((r) => r.error), ['OK', 'BAD_ARGUMENTS']);
  t.is(server.machine.exists('/first'), null);
  // The longest path allowed is served.
  t.is(await request({ txn: { ops: [{ type: Op.CREATE, path: pathOf(MAX_PATH_BYTES), version: -1 }], multi: false } }), 'OK');
  t.truthy(server.machine.exists(pathOf(MAX_PATH_BYTES)));
  t.is(await request({ txn: { ops: [{ type: Op.CREATE, path: `${pathOf(MAX_PATH_BYTES)}x`, version: -1 }], multi: false } }), 'BAD_ARGUMENTS');
});
