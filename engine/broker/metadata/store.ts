import { isInternalTopic } from '../topic-config.js';
import type { Stat } from '../../coordination/types.js';
import { brokerCodec, clusterIdCodec, controllerCodec, MalformedZnodeError, partitionStateCodec, replicasOf, topicCodec, topicConfigCodec } from './layout.js';
import { targetOf, type Target } from './targets.js';
import {
  PATHS,
  topicPartitionKey,
  type BrokerRegistration,
  type ClusterView,
  type PartitionState,
  type PartitionView,
  type TopicAssignment,
  type TopicView,
} from './types.js';

/*
 * The metadata cache's state: the znodes as last read (registrations, assignments, config
 * overrides, partition states with their znode versions) and the views built from them.
 * `apply` takes one round of reads, updates the znodes, rebuilds the views of what they
 * touched and says what changed; a znode with bad data is reported through `warn` and
 * leaves what was known of it. Reading a list, or a topic, may show entries not read yet:
 * they are handed to `mark` for the next round.
 */

/** What a read found: data, a list, or nothing there (null). */
export type Read = { data: Uint8Array; stat: Stat } | { children: string[] } | null;

/** What one round changed. */
export interface MetadataChanges {
  brokers: boolean;
  controller: boolean;
  /** Topics gone, or re-created under a new id: [name, old id]. */
  deleted: Array<[string, string]>;
  /** Topics new, or whose replicas or configs changed. */
  topics: TopicView[];
  partitions: PartitionView[];
}

interface StateEntry {
  topic: string;
  partition: number;
  state: PartitionState;
  zkVersion: number;
  mzxid: number;
}

interface Changes {
  brokers: boolean;
  topics: Set<string>;
  partitions: Map<string, [string, number]>;
}

export class MetadataStore {
  readonly #mark: (path: string) => void;
  #clusterId = '';
  #controllerId = -1;
  readonly #brokers = new Map<number, BrokerRegistration>();
  readonly #brokerEpochs = new Map<number, number>();
  readonly #assignments = new Map<string, TopicAssignment>();
  readonly #configs = new Map<string, Record<string, string>>();
  readonly #states = new Map<string, StateEntry>();
  readonly #topics = new Map<string, TopicView>();
  readonly #partitions = new Map<string, PartitionView>();

  constructor(mark: (path: string) => void) {
    this.#mark = mark;
  }

  /** The views (live maps: read, do not keep). */
  get view(): ClusterView {
    return { clusterId: this.#clusterId, controllerId: this.#controllerId, brokers: this.#brokers, brokerEpochs: this.#brokerEpochs, topics: this.#topics, partitions: this.#partitions };
  }

  /** Every znode path the store holds something of (to read them all again). */
  knownPaths(): string[] {
    return [
      ...[...this.#brokers.keys()].map((id) => PATHS.broker(id)),
      ...[...this.#assignments.keys()].map((topic) => PATHS.topic(topic)),
      ...[...this.#configs.keys()].map((topic) => PATHS.topicConfig(topic)),
      ...[...this.#states.values()].map((s) => PATHS.partitionState(s.topic, s.partition)),
    ];
  }

  /** Applies one round of reads, in the order they were sent; returns what changed. */
  apply(reads: ReadonlyArray<[string, Target, Read]>, warn: (message: string, details: Record<string, unknown>) => void): MetadataChanges {
    const controllerBefore = this.#controllerId;
    const changes: Changes = { brokers: false, topics: new Set(), partitions: new Map() };
    for (const [path, target, found] of reads) {
      try {
        this.#applyOne(path, target, found, changes);
      } catch (error) {
        const what = error instanceof MalformedZnodeError ? 'Skipped a metadata znode with bad data (kept what was known)' : 'Could not apply a metadata znode';
        warn(what, { path, error: String((error as Error).message ?? error) });
      }
    }
    return this.#rebuild(changes, controllerBefore);
  }

  #applyOne(path: string, target: Target, found: Read, changes: Changes): void {
    const data = found && 'data' in found ? found : null;
    const children = found && 'children' in found ? found.children : [];
    switch (target.kind) {
      case 'clusterId':
        this.#clusterId = data ? clusterIdCodec.decode(data.data, path).id : '';
        return;
      case 'controller':
        this.#controllerId = data ? controllerCodec.decode(data.data, path).brokerId : -1;
        return;
      case 'brokerList': {
        const listed = this.#listed(path, children, (t) => (t.kind === 'broker' ? t.id : null));
        for (const id of this.#brokers.keys()) {
          if (!listed.has(id)) {
            this.#brokers.delete(id);
            this.#brokerEpochs.delete(id);
            changes.brokers = true;
          }
        }
        return;
      }
      case 'broker': {
        if (!data) {
          this.#brokerEpochs.delete(target.id);
          if (this.#brokers.delete(target.id)) changes.brokers = true;
          return;
        }
        const registration = brokerCodec.decode(data.data, path);
        if (registration.id !== target.id) throw new MalformedZnodeError(path, `holds broker id ${registration.id}`);
        // A new process (or session) of a broker registers anew: a new epoch, whatever the data.
        if (JSON.stringify(this.#brokers.get(target.id)) !== JSON.stringify(registration) || this.#brokerEpochs.get(target.id) !== data.stat.czxid) {
          this.#brokers.set(target.id, registration);
          this.#brokerEpochs.set(target.id, data.stat.czxid);
          changes.brokers = true;
        }
        return;
      }
      case 'topicList':
      case 'configList': {
        const known = target.kind === 'topicList' ? this.#assignments : this.#configs;
        const listed = this.#listed(path, children, (t) => (t.kind === 'topic' || t.kind === 'config' ? t.topic : null));
        for (const topic of known.keys()) {
          if (!listed.has(topic)) {
            known.delete(topic);
            changes.topics.add(topic);
          }
        }
        return;
      }
      case 'topic': {
        const { topic } = target;
        if (!data) {
          if (this.#assignments.delete(topic)) changes.topics.add(topic);
          return;
        }
        const assignment = topicCodec.decode(data.data, path);
        const before = this.#assignments.get(topic);
        if (before && before.id !== assignment.id) {
          for (const [key, s] of this.#states) if (s.topic === topic) this.#states.delete(key);
        }
        this.#assignments.set(topic, assignment);
        changes.topics.add(topic);
        replicasOf(assignment).forEach((_, p) => {
          if (!this.#states.has(topicPartitionKey(topic, p))) this.#mark(PATHS.partitionState(topic, p));
        });
        return;
      }
      case 'state': {
        const { topic, partition } = target;
        const key = topicPartitionKey(topic, partition);
        if (data) this.#states.set(key, { topic, partition, state: partitionStateCodec.decode(data.data, path), zkVersion: data.stat.version, mzxid: data.stat.mzxid });
        else this.#states.delete(key);
        changes.partitions.set(key, [topic, partition]);
        return;
      }
      case 'config': {
        if (data) this.#configs.set(target.topic, topicConfigCodec.decode(data.data, path).config);
        else this.#configs.delete(target.topic);
        changes.topics.add(target.topic);
        return;
      }
    }
  }

  /** The entries a list names (by `key`), marking those not known yet. */
  #listed<K>(path: string, children: string[], key: (t: Target) => K | null): Set<K> {
    const listed = new Set<K>();
    for (const child of children) {
      const childPath = `${path}/${child}`;
      const target = targetOf(childPath);
      const k = target ? key(target) : null;
      if (k === null) continue;
      listed.add(k);
      const known = target!.kind === 'broker' ? this.#brokers.has(k as number) : target!.kind === 'topic' ? this.#assignments.has(k as string) : this.#configs.has(k as string);
      if (!known) this.#mark(childPath);
    }
    return listed;
  }

  /** Rebuilds the views of what changed, and lists the changes. */
  #rebuild(changes: Changes, controllerBefore: number): MetadataChanges {
    const deleted: Array<[string, string]> = [];
    const changedTopics: TopicView[] = [];
    for (const name of changes.topics) {
      const before = this.#topics.get(name);
      const assignment = this.#assignments.get(name);
      if (before && (!assignment || assignment.id !== before.id)) {
        this.#topics.delete(name);
        before.replicas.forEach((_, p) => this.#partitions.delete(topicPartitionKey(name, p)));
        deleted.push([name, before.id]);
      }
      if (!assignment) continue;
      const view: TopicView = { name, id: assignment.id, replicas: replicasOf(assignment), config: { ...this.#configs.get(name) }, internal: isInternalTopic(name) };
      const current = this.#topics.get(name);
      if (!current || JSON.stringify(current) !== JSON.stringify(view)) {
        this.#topics.set(name, view);
        changedTopics.push(view);
        current?.replicas.forEach((_, p) => changes.partitions.set(topicPartitionKey(name, p), [name, p]));
        view.replicas.forEach((_, p) => changes.partitions.set(topicPartitionKey(name, p), [name, p]));
      }
    }
    const changedPartitions: PartitionView[] = [];
    for (const [key, [topic, partition]] of changes.partitions) {
      const replicas = this.#topics.get(topic)?.replicas[partition];
      const entry = this.#states.get(key);
      if (!replicas || !entry) {
        this.#partitions.delete(key);
        continue;
      }
      const view: PartitionView = { ...entry.state, isr: [...entry.state.isr], topic, partition, replicas: [...replicas], zkVersion: entry.zkVersion, mzxid: entry.mzxid };
      const before = this.#partitions.get(key);
      if (!before || JSON.stringify(before) !== JSON.stringify(view)) {
        this.#partitions.set(key, view);
        changedPartitions.push(view);
      }
    }
    return { brokers: changes.brokers, controller: this.#controllerId !== controllerBefore, deleted, topics: changedTopics, partitions: changedPartitions };
  }
}
