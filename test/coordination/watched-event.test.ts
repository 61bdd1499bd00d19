import test from 'ava';
import { inspect } from 'node:util';
import { EventType, KeeperState, WatchedEvent, eventTypeName, keeperStateName } from '../../engine/coordination/types.js';

test('a watch event keeps ZooKeeper\'s numbers and prints with names a person can read', (t) => {
  const event = new WatchedEvent(EventType.NodeDataChanged, KeeperState.SyncConnected, '/config', 12);
  t.is(event.type, 3);
  t.is(event.state, 3);
  t.is(event.typeName, 'NodeDataChanged');
  t.is(event.stateName, 'SyncConnected');
  t.is(String(event), 'WatchedEvent NodeDataChanged /config (SyncConnected, zxid 12)');
  t.is(inspect(event), String(event), 'console.log shows the same');
  t.deepEqual(JSON.parse(JSON.stringify(event)), { type: 'NodeDataChanged', state: 'SyncConnected', path: '/config', zxid: 12 });
  t.is(String(new WatchedEvent(EventType.None, KeeperState.Expired, '', 40)), 'WatchedEvent session Expired (zxid 40)');
  t.is(eventTypeName(99), '99', 'an unknown number stays a number');
  t.is(keeperStateName(KeeperState.AuthFailed), 'AuthFailed');
});
