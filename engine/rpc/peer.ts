import {
  AbortedError,
  BadArgumentsError,
  ConnectionLossError,
  FrameTooLargeError,
  LogkeeperError,
  MalformedFrameError,
  OperationTimeoutError,
  TooManyRequestsError,
  UnknownMethodError,
  InternalError,
  errorFromCode,
  toLogkeeperError,
} from '../errors/index.js';
import { realClock } from '../time/real-clock.js';
import type { Clock, Timer } from '../time/clock.js';
import type { Connection } from '../../transports/transport.js';
import { decodeEnvelope, EnvelopeKind, withEnvelope, type Envelope, type EnvelopeFields } from '../../transports/envelope.js';
import { LazyMessage } from '../../transports/encode.js';
import { ClientStream } from './client-stream.js';
import { ServerStreamImpl } from './server-stream.js';
import { Router, type NoticeContext, type RequestContext, type RequestHandler } from './router.js';

/*
 * How this works. An RpcPeer wraps one Connection; both ends may send requests and serve
 * them. Every frame is one Envelope (transports/wire.proto). A request gets an id, waits for
 * a RESPONSE or ERROR with that id, and fails on its own with OPERATION_TIMEOUT (clock), or
 * ABORTED (signal); either way the serving side is sent a CANCEL so it can stop work. At most
 * `maxInFlight` requests are outstanding; later ones queue here (back-pressure reaches the
 * caller as a slower promise, not as unbounded buffers on the wire). A serving side that is
 * asked for more than `maxServing` at once answers TOO_MANY_REQUESTS. Push streams use
 * credit-based flow control (see ClientStream). A notice is one way: no id, no answer, no
 * timeout (a server's push of an event to a client). When the connection goes, every pending
 * request and stream fails with a retriable CONNECTION_LOSS.
 */

export interface RpcPeerOptions {
  clock?: Clock;
  /** The methods this side answers; default: none. */
  router?: Router;
  /** Default per-request timeout; default 30 s. */
  requestTimeoutMs?: number;
  /** Outgoing requests in flight at once; more wait their turn. Default 256. */
  maxInFlight?: number;
  /** Incoming requests served at once; more are refused with TOO_MANY_REQUESTS. Default 1024. */
  maxServing?: number;
  /** Messages of credit a stream reader grants; default 64. */
  streamWindow?: number;
  /**
   * A request sent and not answered within its timeout closes the connection (its other
   * requests fail with a retriable CONNECTION_LOSS, and the caller dials again), as Kafka's
   * clients do: the other side is presumed gone. A connection whose peer died behind a
   * partition never hears of it (no reset comes back), and would swallow every later
   * request. Default false.
   */
  closeOnTimeout?: boolean;
}

export interface RequestOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface StreamOptions {
  signal?: AbortSignal;
  window?: number;
}

interface PendingRequest {
  id: number;
  method: string;
  payload: Uint8Array;
  resolve(payload: Uint8Array): void;
  reject(error: Error): void;
  timer: Timer | null;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  sent: boolean;
}

/** A request being served: cancelled (with the reason) by the caller or by connection loss. */
interface Serving {
  controller: AbortController | null;
  cancelled: Error | null;
}

function cancelServing(serving: Serving, reason: Error): void {
  serving.cancelled = reason;
  serving.controller?.abort(reason);
}

const EMPTY = new Uint8Array(0);
const MAX_ID = 0xffffffff;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 1) throw new BadArgumentsError(`${name} must be a positive integer`);
  return v;
}

export class RpcPeer {
  readonly connection: Connection;
  readonly router: Router;
  readonly clock: Clock;
  readonly requestTimeoutMs: number;
  readonly maxInFlight: number;
  readonly maxServing: number;
  readonly streamWindow: number;
  readonly closeOnTimeout: boolean;

  #nextId = 1;
  #closed = false;
  #closeCause: Error | undefined;
  #inFlight = new Map<number, PendingRequest>();
  #waiting: PendingRequest[] = [];
  #serving = new Map<number, Serving>();
  #clientStreams = new Map<number, ClientStream>();
  #serverStreams = new Map<number, ServerStreamImpl>();
  #closeHandlers: Array<(error?: Error) => void> = [];

  constructor(connection: Connection, options: RpcPeerOptions = {}) {
    this.connection = connection;
    this.router = options.router ?? new Router();
    this.clock = options.clock ?? realClock;
    this.requestTimeoutMs = positiveInteger('requestTimeoutMs', options.requestTimeoutMs, 30_000);
    this.maxInFlight = positiveInteger('maxInFlight', options.maxInFlight, 256);
    this.maxServing = positiveInteger('maxServing', options.maxServing, 1024);
    this.streamWindow = positiveInteger('streamWindow', options.streamWindow, 64);
    this.closeOnTimeout = options.closeOnTimeout ?? false;
    connection.onFrame((frame) => this.#onFrame(frame));
    connection.onClose((error) => this.#onClose(error));
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Requests sent and not yet answered. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** Requests waiting for an in-flight slot. */
  get queued(): number {
    return this.#waiting.length;
  }

  /** Sends a request and resolves with the answer's payload, or rejects with its typed error. */
  request(method: string, payload: Uint8Array = EMPTY, options: RequestOptions = {}): Promise<Uint8Array> {
    if (typeof method !== 'string' || method.length === 0) return Promise.reject(new BadArgumentsError('A method name must be a non-empty string'));
    if (!(payload instanceof Uint8Array)) return Promise.reject(new BadArgumentsError('A payload must be a Uint8Array'));
    const { signal } = options;
    const timeoutMs = options.timeoutMs ?? this.requestTimeoutMs;
    if (!(timeoutMs > 0)) return Promise.reject(new BadArgumentsError('timeoutMs must be a positive number'));
    if (this.#closed) return Promise.reject(this.#lossError());
    if (signal?.aborted) return Promise.reject(new AbortedError(`${method} was aborted`));

    return new Promise<Uint8Array>((resolve, reject) => {
      const pending: PendingRequest = {
        id: 0, method, payload, resolve, reject, timer: null, signal, onAbort: undefined, sent: false,
      };
      pending.timer = this.clock.setTimer(timeoutMs, () => {
        pending.timer = null;
        const sent = pending.sent;
        this.#giveUp(pending, new OperationTimeoutError(`${method} got no answer within ${timeoutMs} ms`));
        if (sent && this.closeOnTimeout) this.#fail(new OperationTimeoutError(`${method} got no answer within ${timeoutMs} ms: the connection is presumed dead`));
      });
      if (signal) {
        pending.onAbort = () => this.#giveUp(pending, new AbortedError(`${method} was aborted`));
        signal.addEventListener('abort', pending.onAbort, { once: true });
      }
      if (this.#inFlight.size < this.maxInFlight) this.#dispatch(pending);
      else this.#waiting.push(pending);
    });
  }

  /**
   * Sends a one-way message: nothing comes back, and an unknown method is dropped by the other
   * side. Notices and requests leave in the order they are made. Throws CONNECTION_LOSS when
   * the connection is gone.
   */
  notify(method: string, payload: Uint8Array = EMPTY): void {
    if (typeof method !== 'string' || method.length === 0) throw new BadArgumentsError('A method name must be a non-empty string');
    if (!(payload instanceof Uint8Array)) throw new BadArgumentsError('A payload must be a Uint8Array');
    const failure = this.#send({ kind: EnvelopeKind.NOTICE, id: 0, method, payload });
    if (failure) throw failure;
  }

  /** Opens a server push stream; iterate the result with `for await`. */
  openStream(method: string, payload: Uint8Array = EMPTY, options: StreamOptions = {}): ClientStream {
    if (typeof method !== 'string' || method.length === 0) throw new BadArgumentsError('A method name must be a non-empty string');
    if (!(payload instanceof Uint8Array)) throw new BadArgumentsError('A payload must be a Uint8Array');
    const window = positiveInteger('window', options.window, this.streamWindow);
    const id = this.#allocateId();
    const stream = new ClientStream(id, window, {
      sendCredit: (sid, credit) => this.#send({ kind: EnvelopeKind.STREAM_CREDIT, id: sid, credit }),
      sendCancel: (sid) => this.#send({ kind: EnvelopeKind.CANCEL, id: sid }),
      forget: (sid) => this.#clientStreams.delete(sid),
    });
    if (this.#closed) {
      stream.fail(this.#lossError());
      return stream;
    }
    this.#clientStreams.set(id, stream);
    const { signal } = options;
    if (signal?.aborted) stream.abort();
    else if (signal) signal.addEventListener('abort', () => stream.abort(), { once: true });
    if (!stream.finished) {
      const failure = this.#send({ kind: EnvelopeKind.STREAM_OPEN, id, method, payload, credit: window });
      if (failure) stream.fail(failure);
    }
    return stream;
  }

  /** Closes the connection; everything pending fails with CONNECTION_LOSS. */
  close(): void {
    this.connection.close();
  }

  /** Called once when the connection is gone. */
  onClose(handler: (error?: Error) => void): void {
    if (this.#closed) queueMicrotask(() => handler(this.#closeCause));
    else this.#closeHandlers.push(handler);
  }

  // ---- outgoing requests ----

  #dispatch(pending: PendingRequest): void {
    pending.id = this.#allocateId();
    pending.sent = true;
    this.#inFlight.set(pending.id, pending);
    const failure = this.#send({ kind: EnvelopeKind.REQUEST, id: pending.id, method: pending.method, payload: pending.payload });
    if (failure) this.#settle(pending, failure);
  }

  /** The request is answered or failed: free its slot and let a waiting one go. */
  #settle(pending: PendingRequest, error: Error | null, payload?: Uint8Array): void {
    if (pending.timer) this.clock.cancel(pending.timer);
    pending.timer = null;
    if (pending.onAbort) pending.signal!.removeEventListener('abort', pending.onAbort);
    if (pending.sent) this.#inFlight.delete(pending.id);
    if (error) pending.reject(error);
    else pending.resolve(payload!);
    while (this.#waiting.length > 0 && this.#inFlight.size < this.maxInFlight && !this.#closed) {
      this.#dispatch(this.#waiting.shift()!);
    }
  }

  /** The caller stopped waiting (timeout or abort): tell the server if it has the request. */
  #giveUp(pending: PendingRequest, error: Error): void {
    if (pending.sent) {
      if (this.#inFlight.get(pending.id) !== pending) return;
      this.#send({ kind: EnvelopeKind.CANCEL, id: pending.id });
    } else {
      const i = this.#waiting.indexOf(pending);
      if (i < 0) return;
      this.#waiting.splice(i, 1);
    }
    this.#settle(pending, error);
  }

  // ---- incoming frames ----

  #onFrame(frame: Uint8Array): void {
    let envelope: Envelope;
    try {
      envelope = decodeEnvelope(frame);
    } catch (error) {
      this.#fail(error as LogkeeperError);
      return;
    }
    const { id } = envelope;
    switch (envelope.kind) {
      case EnvelopeKind.REQUEST:
        return this.#serve(id, envelope.method, envelope.payload);
      case EnvelopeKind.RESPONSE: {
        const pending = this.#inFlight.get(id);
        if (pending) this.#settle(pending, null, envelope.payload);
        return;
      }
      case EnvelopeKind.ERROR: {
        const e = envelope.error;
        const error = errorFromCode(e?.code ?? 'INTERNAL', e?.message ?? '', e?.retriable ?? false, e?.details ?? undefined);
        const pending = this.#inFlight.get(id);
        if (pending) this.#settle(pending, error);
        else this.#clientStreams.get(id)?.fail(error);
        return;
      }
      case EnvelopeKind.CANCEL: {
        const reason = new AbortedError('The caller cancelled');
        const serving = this.#serving.get(id);
        if (serving) cancelServing(serving, reason);
        this.#serving.delete(id);
        this.#serverStreams.get(id)?.cancel(reason);
        return;
      }
      case EnvelopeKind.STREAM_OPEN:
        return this.#serveStream(id, envelope.method, envelope.payload, envelope.credit);
      case EnvelopeKind.STREAM_DATA:
        return this.#clientStreams.get(id)?.data(envelope.payload);
      case EnvelopeKind.STREAM_END:
        return this.#clientStreams.get(id)?.end();
      case EnvelopeKind.STREAM_CREDIT:
        return this.#serverStreams.get(id)?.grant(envelope.credit);
      case EnvelopeKind.NOTICE:
        return this.#notice(envelope.method, envelope.payload);
      default:
        this.#fail(new MalformedFrameError(`Unknown envelope kind ${envelope.kind as number}`));
    }
  }

  #serve(id: number, method: string, payload: Uint8Array): void {
    if (this.#serving.has(id)) return this.#fail(new MalformedFrameError(`Request id ${id} is already in use`));
    if (this.#serving.size >= this.maxServing) {
      this.#sendError(id, new TooManyRequestsError(`More than ${this.maxServing} requests in flight`));
      return;
    }
    const handler = this.router.requestHandler(method);
    if (!handler) return this.#sendError(id, new UnknownMethodError(`No handler for '${method}'`));
    // Most handlers never look at their signal: its AbortController is made on first use.
    const serving: Serving = { controller: null, cancelled: null };
    this.#serving.set(id, serving);
    const context: RequestContext = {
      method,
      peer: this,
      get signal() {
        serving.controller ??= new AbortController();
        if (serving.cancelled && !serving.controller.signal.aborted) serving.controller.abort(serving.cancelled);
        return serving.controller.signal;
      },
    };
    const answer = (error: unknown, result?: unknown) => {
      if (this.#serving.get(id) !== serving) return; // cancelled, or the connection went
      this.#serving.delete(id);
      if (error !== null) return this.#sendError(id, error);
      if (!(result instanceof Uint8Array || result instanceof LazyMessage)) return this.#sendError(id, new InternalError(`Handler of '${method}' returned no Uint8Array`));
      const failure = this.#send({ kind: EnvelopeKind.RESPONSE, id, payload: result });
      if (failure instanceof FrameTooLargeError) this.#sendError(id, failure);
    };
    let result: ReturnType<RequestHandler>;
    try {
      result = handler(payload, context);
    } catch (error) {
      return answer(error);
    }
    if (result instanceof Promise) result.then((value) => answer(null, value), (error) => answer(error));
    else answer(null, result);
  }

  #notice(method: string, payload: Uint8Array): void {
    const handler = this.router.noticeHandler(method);
    if (!handler) return;
    const context: NoticeContext = { method, peer: this };
    try {
      handler(payload, context);
    } catch (error) {
      // Nobody to answer: a notice that cannot be taken is a protocol error of the sender's.
      this.#fail(error instanceof LogkeeperError ? error : new MalformedFrameError(`Notice '${method}' failed: ${String(error)}`));
    }
  }

  #serveStream(id: number, method: string, payload: Uint8Array, credit: number): void {
    if (this.#serverStreams.has(id)) return this.#fail(new MalformedFrameError(`Stream id ${id} is already in use`));
    const handler = this.router.streamHandler(method);
    if (!handler) return this.#sendError(id, new UnknownMethodError(`No stream handler for '${method}'`));
    const stream = new ServerStreamImpl(id, credit, {
      sendData: (sid, data) => {
        this.#send({ kind: EnvelopeKind.STREAM_DATA, id: sid, payload: data });
      },
      sendEnd: (sid) => {
        this.#send({ kind: EnvelopeKind.STREAM_END, id: sid });
      },
      sendError: (sid, error) => this.#sendError(sid, error),
      forget: (sid) => this.#serverStreams.delete(sid),
    });
    this.#serverStreams.set(id, stream);
    const context: RequestContext = { method, signal: stream.signal, peer: this };
    try {
      const done = handler(payload, stream, context);
      if (done instanceof Promise) done.catch((error) => stream.fail(error));
    } catch (error) {
      stream.fail(error);
    }
  }

  // ---- sending ----

  /** Sends one envelope; returns the error if the frame could not be sent. */
  #send(fields: EnvelopeFields): LogkeeperError | null {
    if (this.#closed) return this.#lossError();
    try {
      // The connection keeps its own copy: the frame is only lent (no buffer of its own).
      withEnvelope(fields, (frame) => this.connection.send(frame));
      return null;
    } catch (error) {
      const e = toLogkeeperError(error);
      return e.code === 'CONNECTION_CLOSED' ? this.#lossError() : e;
    }
  }

  #sendError(id: number, error: unknown): void {
    const e = toLogkeeperError(error);
    this.#send({ kind: EnvelopeKind.ERROR, id, error: { code: e.code, message: e.message, retriable: e.retriable, details: e.details } });
  }

  #allocateId(): number {
    for (;;) {
      const id = this.#nextId;
      this.#nextId = id >= MAX_ID ? 1 : id + 1;
      if (!this.#inFlight.has(id) && !this.#clientStreams.has(id)) return id;
    }
  }

  // ---- the end ----

  /** The peer broke the protocol: drop the connection. */
  #fail(cause: LogkeeperError): void {
    this.#closeCause ??= cause;
    this.connection.close();
  }

  #lossError(): ConnectionLossError {
    return new ConnectionLossError(`Connection to ${this.connection.remoteAddress} lost`, this.#closeCause ? { cause: this.#closeCause } : {});
  }

  #onClose(error?: Error): void {
    if (this.#closed) return;
    this.#closeCause ??= error;
    this.#closed = true;
    const loss = this.#lossError();
    for (const pending of [...this.#inFlight.values(), ...this.#waiting]) {
      pending.sent = false; // nothing is in flight any more
      this.#settle(pending, loss);
    }
    this.#inFlight.clear();
    this.#waiting = [];
    for (const serving of this.#serving.values()) cancelServing(serving, loss);
    this.#serving.clear();
    for (const stream of [...this.#clientStreams.values()]) stream.fail(loss);
    for (const stream of [...this.#serverStreams.values()]) stream.cancel(loss);
    const handlers = this.#closeHandlers;
    this.#closeHandlers = [];
    for (const handler of handlers) handler(this.#closeCause);
  }
}
