import { codeOf } from '../../coordination/recipes/common.js';
import { Op } from '../../coordination/types.js';
import { BadArgumentsError, InvalidConfigError, InvalidTopicError, UnknownTopicOrPartitionError } from '../../errors/index.js';
import type { LogConfig } from '../../log/config.js';
import {
  CONFIG_OP,
  RESOURCE_BROKER,
  RESOURCE_TOPIC,
  type AlterConfigsRequest,
  type AlterConfigsResponse,
  type ConfigResource,
  type DescribeConfigsRequest,
  type DescribeConfigsResponse,
  type DescribedConfig,
  type IncrementalAlterConfigsRequest,
} from '../api/types.js';
import type { BrokerConfig } from '../config.js';
import { topicConfigCodec } from '../metadata/layout.js';
import { PATHS, type ClusterView } from '../metadata/types.js';
import { defaultTopicConfigValue, isListConfig, isTopicConfig, resolveTopicConfig, validateTopicName } from '../topic-config.js';
import { errorFields, occurrences } from './answers.js';
import type { AdminContext } from './context.js';
import { describeBrokerConfig } from './broker-configs.js';

/*
 * DescribeConfigs, AlterConfigs and IncrementalAlterConfigs, for topics (their overrides in
 * /config/topics/<topic>) and brokers (read-only: a broker's settings are fixed when it
 * starts). Describing reads a broker's metadata view, so any broker answers it; a broker
 * resource is this broker's (or '' for it), as in Kafka, which asks each broker about itself.
 *
 * Altering runs on the controller: it reads the overrides (and their znode version), works
 * out the new set (AlterConfigs replaces it; the incremental API sets, deletes, appends to
 * or subtracts from list configs, starting from the value in force), checks it whole with
 * resolveTopicConfig and writes it behind the fence with the version read. Brokers hear of
 * it through their caches (`topicChanged`).
 */

const key = (r: ConfigResource) => `${r.resourceType}\u0000${r.resourceName}`;

/** Answers DescribeConfigs from `view` (any broker; `broker` is this broker's config). */
export function describeConfigs(view: ClusterView, broker: BrokerConfig, logDefaults: Readonly<LogConfig>, request: DescribeConfigsRequest): DescribeConfigsResponse {
  const results = request.resources.map((resource) => {
    const base = { resourceType: resource.resourceType, resourceName: resource.resourceName };
    try {
      let configs = describeResource(view, broker, logDefaults, resource);
      if (resource.configurationKeys) {
        const wanted = new Set(resource.configurationKeys);
        configs = configs.filter((c) => wanted.has(c.name));
      }
      if (!request.includeDocumentation) configs = configs.map((c) => ({ ...c, documentation: null }));
      return { ...base, errorCode: 0, errorMessage: null, configs };
    } catch (error) {
      return { ...base, ...errorFields(error), configs: [] };
    }
  });
  return { results };
}

function describeResource(view: ClusterView, broker: BrokerConfig, logDefaults: Readonly<LogConfig>, resource: ConfigResource): DescribedConfig[] {
  if (resource.resourceType === RESOURCE_TOPIC) {
    validateTopicName(resource.resourceName);
    const topic = view.topics.get(resource.resourceName);
    if (!topic) throw new UnknownTopicOrPartitionError(`Topic '${resource.resourceName}' does not exist`);
    return resolveTopicConfig(topic.config, logDefaults).described;
  }
  if (resource.resourceType === RESOURCE_BROKER) {
    if (resource.resourceName !== '' && resource.resourceName !== String(broker.brokerId)) {
      throw new BadArgumentsError(`Unexpected broker id, expected ${broker.brokerId} or empty string, but received ${resource.resourceName}`);
    }
    return describeBrokerConfig(broker);
  }
  throw new BadArgumentsError(`Unsupported resource type ${resource.resourceType}`);
}

/** AlterConfigs: each topic's overrides become exactly the given non-null values. */
export function alterConfigs(ctx: AdminContext, request: AlterConfigsRequest): Promise<AlterConfigsResponse> {
  return alterEach(ctx, request.resources, request.validateOnly, (resource) => {
    const next: Record<string, string> = {};
    for (const { name, value } of uniqueNames(resource.configs)) if (value !== null) next[name] = value;
    return () => next;
  });
}

/** IncrementalAlterConfigs: SET, DELETE, APPEND and SUBTRACT on each topic's overrides. */
export function incrementalAlterConfigs(ctx: AdminContext, request: IncrementalAlterConfigsRequest): Promise<AlterConfigsResponse> {
  return alterEach(ctx, request.resources, request.validateOnly, (resource) => {
    const changes = uniqueNames(resource.configs);
    for (const c of changes) {
      if (!(Object.values(CONFIG_OP) as number[]).includes(c.configOperation)) throw new BadArgumentsError(`Unknown alter config operation ${c.configOperation} for ${c.name}`);
      if (!isTopicConfig(c.name)) throw new InvalidConfigError(`Unknown topic config '${c.name}'`);
      if ((c.configOperation === CONFIG_OP.APPEND || c.configOperation === CONFIG_OP.SUBTRACT) && !isListConfig(c.name)) {
        throw new InvalidConfigError(`Config value append or subtract is not allowed for config key: ${c.name}`);
      }
      if (c.configOperation !== CONFIG_OP.DELETE && c.value === null) throw new InvalidConfigError(`Null value not supported for: ${c.name}`);
    }
    return (current) => {
      const next = { ...current };
      for (const c of changes) {
        const value = c.value ?? '';
        if (c.configOperation === CONFIG_OP.SET) next[c.name] = value;
        else if (c.configOperation === CONFIG_OP.DELETE) delete next[c.name];
        else {
          const items = (next[c.name] ?? defaultTopicConfigValue(c.name, ctx.logDefaults)).split(',').map((s) => s.trim()).filter(Boolean);
          const given = value.split(',').map((s) => s.trim()).filter(Boolean);
          const result = c.configOperation === CONFIG_OP.APPEND ? [...items, ...given.filter((v) => !items.includes(v))] : items.filter((v) => !given.includes(v));
          next[c.name] = result.join(',');
        }
      }
      return next;
    };
  });
}

/** A resource's change: from its current overrides to the new ones. Checked before anything is read. */
type Change = (current: Record<string, string>) => Record<string, string>;

async function alterEach<R extends ConfigResource>(ctx: AdminContext, resources: R[], validateOnly: boolean, prepare: (resource: R) => Change): Promise<AlterConfigsResponse> {
  const counts = occurrences(resources.map(key));
  const responses: AlterConfigsResponse['responses'] = [];
  for (const resource of resources) {
    const base = { resourceType: resource.resourceType, resourceName: resource.resourceName };
    try {
      if (counts.get(key(resource))! > 1) throw new BadArgumentsError(`Duplicate resource ${resource.resourceName} of type ${resource.resourceType}`);
      if (resource.resourceType === RESOURCE_BROKER) throw new InvalidConfigError('Broker configs are read-only: they are set when the broker starts');
      if (resource.resourceType !== RESOURCE_TOPIC) throw new BadArgumentsError(`Unsupported resource type ${resource.resourceType}`);
      await alterTopic(ctx, resource.resourceName, prepare(resource), validateOnly);
      responses.push({ ...base, errorCode: 0, errorMessage: null });
    } catch (error) {
      responses.push({ ...base, ...errorFields(error) });
    }
  }
  return { responses };
}

async function alterTopic(ctx: AdminContext, name: string, change: Change, validateOnly: boolean): Promise<void> {
  const unknown = () => new UnknownTopicOrPartitionError(`Topic '${name}' does not exist`);
  try {
    validateTopicName(name);
  } catch (error) {
    throw error instanceof InvalidTopicError ? unknown() : error;
  }
  const keeper = ctx.fence.keeper;
  if (!(await keeper.exists(PATHS.topic(name)))) throw unknown();
  const path = PATHS.topicConfig(name);
  let current: { config: Record<string, string>; version: number } | null = null;
  try {
    const { data, stat } = await keeper.getData(path);
    current = { config: topicConfigCodec.decode(data, path).config, version: stat.version };
  } catch (error) {
    if (codeOf(error) !== 'NO_NODE') throw error;
  }
  const next = change(current?.config ?? {});
  resolveTopicConfig(next, ctx.logDefaults);
  if (validateOnly) return;
  const data = topicConfigCodec.encode({ version: 1, config: next });
  await ctx.fence.write([current ? Op.setData(path, data, current.version) : Op.create(path, data)]);
}

function uniqueNames<C extends { name: string }>(configs: C[]): C[] {
  const counts = occurrences(configs.map((c) => c.name));
  const repeated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
  if (repeated.length > 0) throw new BadArgumentsError(`Error due to duplicate config keys: ${repeated.join(', ')}`);
  return configs;
}
