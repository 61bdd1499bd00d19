// The parts of node-zookeeper-client (which ships no types) that the benchmark uses.
declare module 'node-zookeeper-client' {
  import { EventEmitter } from 'node:events';

  export interface ClientOptions {
    sessionTimeout?: number;
    spinDelay?: number;
    retries?: number;
  }
  export interface Event {
    type: number;
    name: string;
    path: string;
  }
  export type Watcher = (event: Event) => void;
  type Callback<T = void> = (error: Error | null, result?: T) => void;

  export class Client extends EventEmitter {
    connect(): void;
    close(): void;
    create(path: string, data: Buffer, mode: number, callback: Callback<string>): void;
    remove(path: string, version: number, callback: Callback): void;
    setData(path: string, data: Buffer, version: number, callback: Callback<unknown>): void;
    getData(path: string, callback: Callback<Buffer>): void;
    getData(path: string, watcher: Watcher, callback: Callback<Buffer>): void;
    exists(path: string, callback: Callback<unknown>): void;
    exists(path: string, watcher: Watcher, callback: Callback<unknown>): void;
  }

  export const CreateMode: { PERSISTENT: number; EPHEMERAL: number };
  export function createClient(connectionString: string, options?: ClientOptions): Client;

  const zookeeper: { createClient: typeof createClient; CreateMode: typeof CreateMode };
  export default zookeeper;
}
