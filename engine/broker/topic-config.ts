import { InvalidConfigError, InvalidTopicError, type LogkeeperError } from '../errors/index.js';
import { DEFAULT_CONFIG as DEFAULT_LOG_CONFIG, resolveConfig, type CleanupPolicy, type LogConfig } from '../log/config.js';
import { CONFIG_SOURCE, type DescribedConfig } from './api/types.js';

/*
 * Topic configs: Kafka's names and value syntax on the outside, logkeeper's settings inside.
 * A topic stores only its overrides (/config/topics/<topic>); `resolveTopicConfig` checks
 * them as Kafka does and turns them into what the partition log (LogConfig) and the replica
 * layer (min.insync.replicas, unclean leader election) use.
 *
 * Defaults. Where a Kafka config is one of the partition log's settings, the value in force
 * without an override is the log's default (engine/log/config.ts, or the broker's own log
 * defaults when it passes them): describing anything else would misreport what the log
 * does. They are Kafka's except segment.bytes (64 MiB, not 1 GiB) and flushing: logkeeper
 * syncs every second by default where Kafka leaves it to the OS.
 *
 * Flushing. Kafka flushes after `flush.messages` records or `flush.ms`; the log syncs after
 * every append (fsync 'always'), on a timer ('interval', flushIntervalMs) or never. So
 * flush.messages=1 is 'always'; flush.ms=N is 'interval' every N ms (0: 'always', Long.MAX:
 * 'never'); a record count other than 1 or Long.MAX has no equivalent and is refused.
 *
 * Numbers are parsed as Kafka parses them (a Java int or long, in decimal); a long past 2^53
 * (such as Long.MAX for "forever") is kept as the largest safe integer, which is forever too.
 */

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;
const LONG_MAX_TEXT = LONG_MAX.toString();
const INT_MAX = 2147483647n;
const INT_MIN = -2147483648n;

/** Kafka's internal topics: their names are reserved for the broker's own use. */
export const INTERNAL_TOPICS: ReadonlySet<string> = new Set(['__consumer_offsets', '__transaction_state']);
export const isInternalTopic = (name: string): boolean => INTERNAL_TOPICS.has(name);

export const MAX_TOPIC_NAME_LENGTH = 249;

/** Kafka's rule: 1..249 characters of [a-zA-Z0-9._-], and not "." or "..". INVALID_TOPIC_EXCEPTION otherwise. */
export function validateTopicName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) throw new InvalidTopicError('Topic name is empty');
  if (name === '.' || name === '..') throw new InvalidTopicError(`Topic name cannot be "${name}"`);
  if (name.length > MAX_TOPIC_NAME_LENGTH) throw new InvalidTopicError(`Topic name is longer than ${MAX_TOPIC_NAME_LENGTH} characters`);
  if (!/^[a-zA-Z0-9._-]+$/.test(name)) throw new InvalidTopicError(`Topic name "${name}" has characters other than ASCII alphanumerics, '.', '_' and '-'`);
}

/** '.' and '_' collide in metric names, so Kafka refuses a topic that differs from another only by them. */
export const collisionKeyOf = (name: string): string => name.replaceAll('.', '_');

/** What a topic's overrides come to. */
export interface ResolvedTopicConfig {
  /** The partition log's settings the overrides set (the rest are the log's defaults). */
  log: Partial<LogConfig>;
  minInsyncReplicas: number;
  uncleanLeaderElection: boolean;
  /** Every topic config with the value in force and its source, as DescribeConfigs reports it. */
  described: DescribedConfig[];
}

interface Resolving {
  log: Partial<LogConfig>;
  minInsyncReplicas: number;
  uncleanLeaderElection: boolean;
  flushMessages?: bigint;
  flushMs?: bigint;
}

interface TopicConfigSpec {
  doc: string;
  /** Kafka's LIST type: IncrementalAlterConfigs may APPEND and SUBTRACT. */
  list?: boolean;
  /** The value in force without an override, as Kafka prints it. */
  defaultValue(log: Readonly<LogConfig>): string;
  /** Checks `value` (INVALID_CONFIG) and records what it sets. */
  apply(value: string, into: Resolving, name: string): void;
}

const invalid = (name: string, value: string, must: string) => new InvalidConfigError(`Invalid value ${value} for configuration ${name}: ${must}`);

function parseInteger(name: string, value: string, min: bigint, max: bigint, must: string): bigint {
  const text = value.trim();
  if (!/^[+-]?\d+$/.test(text)) throw invalid(name, value, 'not a number');
  const n = BigInt(text);
  if (n < min || n > max) throw invalid(name, value, must);
  return n;
}

/** A Java long at least `min`, as a JS number (clamped to 2^53 - 1). */
const long = (min: bigint) => (name: string, value: string): number => {
  const n = parseInteger(name, value, LONG_MIN, LONG_MAX, 'not a long');
  if (n < min) throw invalid(name, value, `Value must be at least ${min}`);
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
};

/** A Java int at least `min`. */
const int = (min: bigint) => (name: string, value: string): number => {
  const n = parseInteger(name, value, INT_MIN, INT_MAX, 'not an int');
  if (n < min) throw invalid(name, value, `Value must be at least ${min}`);
  return Number(n);
};

function parseCleanupPolicy(name: string, value: string): CleanupPolicy {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length === 0 || items.some((s) => s !== 'delete' && s !== 'compact')) {
    throw invalid(name, value, 'String must be one of: compact, delete');
  }
  const compact = items.includes('compact');
  const del = items.includes('delete');
  return compact && del ? 'compact,delete' : compact ? 'compact' : 'delete';
}

function parseBoolean(name: string, value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw invalid(name, value, 'Expected value to be either true or false');
}

function parseRatio(name: string, value: string): number {
  const text = value.trim();
  const n = Number(text);
  if (text === '' || !Number.isFinite(n)) throw invalid(name, value, 'not a number');
  if (n < 0 || n > 1) throw invalid(name, value, 'Value must be between 0 and 1');
  return n;
}

const logSetting = <K extends keyof LogConfig>(key: K, parse: (name: string, value: string) => LogConfig[K]) =>
  (value: string, into: Resolving, name: string) => {
    into.log[key] = parse(name, value);
  };

const number = (v: number): string => String(v);

/** Kafka's topic configs logkeeper knows, by name (sorted, as DescribeConfigs lists them). */
const SPECS: Readonly<Record<string, TopicConfigSpec>> = {
  'cleanup.policy': {
    doc: "'delete' removes old segments by time or size; 'compact' keeps the latest record per key; both may be given",
    list: true,
    defaultValue: (l) => l.cleanupPolicy,
    apply: logSetting('cleanupPolicy', parseCleanupPolicy),
  },
  'delete.retention.ms': {
    doc: 'How long a compacted topic keeps delete tombstones after they were first cleaned',
    defaultValue: (l) => number(l.deleteRetentionMs),
    apply: logSetting('deleteRetentionMs', long(0n)),
  },
  'flush.messages': {
    doc: 'Records between two syncs of the log to disk: 1 syncs every append; 9223372036854775807 leaves it to flush.ms',
    defaultValue: (l) => (l.fsync === 'always' ? '1' : LONG_MAX_TEXT),
    apply: (value, into, name) => {
      const n = parseInteger(name, value, LONG_MIN, LONG_MAX, 'not a long');
      if (n !== 1n && n !== LONG_MAX) throw invalid(name, value, 'logkeeper syncs after every append (1) or on a timer (flush.ms, with 9223372036854775807 here)');
      into.flushMessages = n;
    },
  },
  'flush.ms': {
    doc: 'Milliseconds between two syncs of the log to disk (0: every append; 9223372036854775807: left to the OS)',
    defaultValue: (l) => (l.fsync === 'always' ? '0' : l.fsync === 'never' ? LONG_MAX_TEXT : number(l.flushIntervalMs)),
    apply: (value, into, name) => {
      into.flushMs = parseInteger(name, value, 0n, LONG_MAX, 'Value must be at least 0');
    },
  },
  'index.interval.bytes': {
    doc: 'Bytes of records between two entries of the time index',
    defaultValue: (l) => number(l.indexIntervalBytes),
    apply: logSetting('indexIntervalBytes', int(1n)),
  },
  'max.message.bytes': {
    doc: 'The largest record batch the topic accepts',
    defaultValue: (l) => number(l.maxMessageBytes),
    apply: logSetting('maxMessageBytes', int(61n)),
  },
  'message.timestamp.type': {
    doc: "'CreateTime' keeps the producer's timestamps; 'LogAppendTime' stamps each batch with the broker's time",
    defaultValue: (l) => l.timestampType,
    apply: logSetting('timestampType', (name, value) => {
      if (value === 'CreateTime' || value === 'LogAppendTime') return value;
      throw invalid(name, value, 'String must be one of: CreateTime, LogAppendTime');
    }),
  },
  'min.cleanable.dirty.ratio': {
    doc: 'The share of a compacted log not yet cleaned at which the cleaner runs',
    defaultValue: (l) => number(l.minCleanableDirtyRatio),
    apply: logSetting('minCleanableDirtyRatio', parseRatio),
  },
  'min.insync.replicas': {
    doc: 'With acks=-1, the in-sync replicas a write needs (NOT_ENOUGH_REPLICAS below it)',
    defaultValue: () => '1',
    apply: (value, into, name) => {
      into.minInsyncReplicas = int(1n)(name, value);
    },
  },
  'retention.bytes': {
    doc: 'Delete the oldest segments while a partition is larger than this (-1: no limit)',
    defaultValue: (l) => number(l.retentionBytes),
    apply: logSetting('retentionBytes', long(-1n)),
  },
  'retention.ms': {
    doc: 'Delete segments whose newest record is older than this (-1: keep forever)',
    defaultValue: (l) => number(l.retentionMs),
    apply: logSetting('retentionMs', long(-1n)),
  },
  'segment.bytes': {
    doc: 'Roll to a new segment when the active one would grow past this',
    defaultValue: (l) => number(l.segmentBytes),
    apply: logSetting('segmentBytes', int(1024n)),
  },
  'segment.ms': {
    doc: "Roll to a new segment when the active one's first record is this old",
    defaultValue: (l) => number(l.segmentMs),
    apply: logSetting('segmentMs', long(1n)),
  },
  'unclean.leader.election.enable': {
    doc: 'Let a replica that is not in sync lead when no in-sync one is alive (records may be lost)',
    defaultValue: () => 'false',
    apply: (value, into, name) => {
      into.uncleanLeaderElection = parseBoolean(name, value);
    },
  },
};

export const TOPIC_CONFIG_NAMES: readonly string[] = Object.keys(SPECS).sort();

export const isTopicConfig = (name: string): boolean => Object.prototype.hasOwnProperty.call(SPECS, name);

/** Kafka's LIST-typed configs (IncrementalAlterConfigs' APPEND and SUBTRACT apply to them only). */
export const isListConfig = (name: string): boolean => isTopicConfig(name) && SPECS[name]!.list === true;

/** The value in force for `name` without an override. */
export function defaultTopicConfigValue(name: string, logDefaults: Readonly<LogConfig> = DEFAULT_LOG_CONFIG): string {
  const spec = isTopicConfig(name) ? SPECS[name] : undefined;
  if (!spec) throw new InvalidConfigError(`Unknown topic config '${name}'`);
  return spec.defaultValue(logDefaults);
}

/**
 * Checks a topic's overrides and resolves them (INVALID_CONFIG for an unknown name or a bad
 * value). `logDefaults`: the partition log's defaults on this broker.
 */
export function resolveTopicConfig(overrides: Readonly<Record<string, string>>, logDefaults: Readonly<LogConfig> = DEFAULT_LOG_CONFIG): ResolvedTopicConfig {
  const into: Resolving = { log: {}, minInsyncReplicas: 1, uncleanLeaderElection: false };
  for (const [name, value] of Object.entries(overrides)) {
    if (!isTopicConfig(name)) throw new InvalidConfigError(`Unknown topic config '${name}'`);
    if (typeof value !== 'string') throw new InvalidConfigError(`The value of ${name} must be a string`);
    SPECS[name]!.apply(value, into, name);
  }
  applyFlush(into);
  try {
    resolveConfig(logDefaults, into.log); // the log's own checks: a backstop, as strict as the specs above
  } catch (error) {
    throw new InvalidConfigError((error as LogkeeperError).message, { cause: error });
  }
  const described = TOPIC_CONFIG_NAMES.map((name): DescribedConfig => {
    const override = Object.prototype.hasOwnProperty.call(overrides, name) ? overrides[name]! : undefined;
    return {
      name,
      value: override ?? SPECS[name]!.defaultValue(logDefaults),
      readOnly: false,
      configSource: override === undefined ? CONFIG_SOURCE.DEFAULT_CONFIG : CONFIG_SOURCE.DYNAMIC_TOPIC_CONFIG,
      isSensitive: false,
      documentation: SPECS[name]!.doc,
    };
  });
  return { log: into.log, minInsyncReplicas: into.minInsyncReplicas, uncleanLeaderElection: into.uncleanLeaderElection, described };
}

/** flush.messages and flush.ms together → the log's fsync policy (see the top). */
function applyFlush(into: Resolving): void {
  if (into.flushMessages === 1n) {
    into.log.fsync = 'always';
    return;
  }
  const ms = into.flushMs;
  if (ms === undefined) return;
  if (ms === 0n) into.log.fsync = 'always';
  else if (ms > BigInt(Number.MAX_SAFE_INTEGER)) into.log.fsync = 'never';
  else {
    into.log.fsync = 'interval';
    into.log.flushIntervalMs = Number(ms);
  }
}
