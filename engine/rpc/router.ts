import { BadArgumentsError } from '../errors/index.js';
import type { LazyMessage } from '../../transports/encode.js';
import type { RpcPeer } from './peer.js';
import type { ServerStream } from './server-stream.js';

export interface RequestContext {
  readonly method: string;
  /** Aborts when the caller cancels or times out, or the connection is lost. */
  readonly signal: AbortSignal;
  /** The connection the request came on (to tie state such as a session to it). */
  readonly peer: RpcPeer;
}

/**
 * Answers one request, with bytes or with a message encoded straight into the answer's
 * envelope (no buffer of its own); throw a LogkeeperError to answer with its code.
 */
export type RequestHandler = (payload: Uint8Array, context: RequestContext) => Answer | Promise<Answer>;

export type Answer = Uint8Array | LazyMessage;

/** Takes one notice (a one-way message: nothing is sent back, and a throw only closes nothing). */
export type NoticeHandler = (payload: Uint8Array, context: NoticeContext) => void;

export interface NoticeContext {
  readonly method: string;
  /** The connection the notice came on. */
  readonly peer: RpcPeer;
}

/**
 * Serves one push stream: write to `stream` as events happen, `end()` it when done. The
 * stream stays open after the handler returns until it is ended, failed or cancelled.
 */
export type StreamHandler = (payload: Uint8Array, stream: ServerStream, context: RequestContext) => void | Promise<void>;

/**
 * The methods a peer answers. One router can serve every connection of a server, and the
 * services of one member share one: each registers its own methods (named `service.method`).
 */
export class Router {
  #requests = new Map<string, RequestHandler>();
  #streams = new Map<string, StreamHandler>();
  #notices = new Map<string, NoticeHandler>();

  handle(method: string, handler: RequestHandler): this {
    this.#check(method, handler);
    this.#requests.set(method, handler);
    return this;
  }

  handleStream(method: string, handler: StreamHandler): this {
    this.#check(method, handler);
    this.#streams.set(method, handler);
    return this;
  }

  handleNotice(method: string, handler: NoticeHandler): this {
    this.#check(method, handler);
    this.#notices.set(method, handler);
    return this;
  }

  requestHandler(method: string): RequestHandler | undefined {
    return this.#requests.get(method);
  }

  streamHandler(method: string): StreamHandler | undefined {
    return this.#streams.get(method);
  }

  noticeHandler(method: string): NoticeHandler | undefined {
    return this.#notices.get(method);
  }

  #check(method: string, handler: unknown): void {
    if (typeof method !== 'string' || method.length === 0) throw new BadArgumentsError('A method name must be a non-empty string');
    if (typeof handler !== 'function') throw new BadArgumentsError('A handler must be a function');
    if (this.#requests.has(method) || this.#streams.has(method) || this.#notices.has(method)) {
      throw new BadArgumentsError(`Method '${method}' already has a handler`);
    }
  }
}
