// A 3-member coordination ensemble in one process (memory adapter), and three API servers
// that register as ephemeral instances of the service `api` while a client watches the list.
// When one goes away, the client learns it at once. Run: npx tsx examples/service-registry.ts
import { MemoryNetwork } from 'logkeeper/adapters/memory';
import { CoordinationService, Keeper, Member, ServiceRegistry, type Instance } from 'logkeeper';

const network = new MemoryNetwork({ link: { latencyMs: 1 } });
const peers = ['zk-1', 'zk-2', 'zk-3'].map((id) => ({ id, address: id }));
const members = await Promise.all(
  peers.map(({ id }) => Member.start({ id, address: id, transport: network.transport(id), services: [new CoordinationService({ peers })] })),
);
const servers = peers.map((p) => p.address);
const connect = (name: string) => Keeper.connect({ transport: network.transport(name), servers, sessionTimeoutMs: 4000 });

const apis = await Promise.all(
  ['api-1', 'api-2', 'api-3'].map(async (name) => {
    const keeper = await connect(name);
    await new ServiceRegistry(keeper).register('api', name, `${name}.internal:8080`);
    return keeper;
  }),
);

const client = await connect('web-frontend');
const waiting = new Map<number, () => void>();
const count = (n: number) => new Promise<void>((resolve) => waiting.set(n, resolve));
const three = count(3);
const two = count(2);
const stop = new ServiceRegistry(client).watch('api', (instances: Instance[]) => {
  console.log(`api instances: ${instances.map((i) => `${i.id} at ${new TextDecoder().decode(i.data)}`).join(', ')}`);
  waiting.get(instances.length)?.();
});
await three;

console.log('api-3 shuts down: its instance znode goes with its session');
await apis[2]!.close();
await two;

stop();
for (const keeper of [client, apis[0]!, apis[1]!]) await keeper.close();
for (const member of members) await member.shutdown();
