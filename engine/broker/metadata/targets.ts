import { PATHS } from './types.js';

/*
 * What a changed path means to the metadata cache: which znode to read again and what it
 * holds. Paths the cache does not keep (/brokers/topics/<t>/partitions and its children
 * other than `state`) are null.
 */

export type Target =
  | { kind: 'clusterId' }
  | { kind: 'controller' }
  | { kind: 'brokerList' }
  | { kind: 'broker'; id: number }
  | { kind: 'topicList' }
  | { kind: 'topic'; topic: string }
  | { kind: 'state'; topic: string; partition: number }
  | { kind: 'configList' }
  | { kind: 'config'; topic: string };

/** The roots: reading them (and what they list) loads everything. */
export const ROOT_PATHS = [PATHS.clusterId, PATHS.controller, PATHS.brokerIds, PATHS.topics, PATHS.topicConfigs] as const;

const index = (s: string | undefined): number | null => (s !== undefined && /^(0|[1-9]\d{0,9})$/.test(s) && Number(s) <= 0x7fffffff ? Number(s) : null);

export function targetOf(path: string): Target | null {
  switch (path) {
    case PATHS.clusterId:
      return { kind: 'clusterId' };
    case PATHS.controller:
      return { kind: 'controller' };
    case PATHS.brokerIds:
      return { kind: 'brokerList' };
    case PATHS.topics:
      return { kind: 'topicList' };
    case PATHS.topicConfigs:
      return { kind: 'configList' };
  }
  const parts = path.split('/').slice(1);
  if (parts[0] === 'brokers' && parts[1] === 'ids' && parts.length === 3) {
    const id = index(parts[2]);
    return id === null ? null : { kind: 'broker', id };
  }
  if (parts[0] === 'brokers' && parts[1] === 'topics') {
    const topic = parts[2]!;
    if (parts.length === 3) return { kind: 'topic', topic };
    if (parts.length === 6 && parts[3] === 'partitions' && parts[5] === 'state') {
      const partition = index(parts[4]);
      return partition === null ? null : { kind: 'state', topic, partition };
    }
    return null;
  }
  if (parts[0] === 'config' && parts[1] === 'topics' && parts.length === 3) return { kind: 'config', topic: parts[2]! };
  return null;
}
