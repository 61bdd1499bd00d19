type Handler = (...args: unknown[]) => void;

/**
 * A small typed event emitter (Node's EventEmitter is not in browsers): `on`, `once`,
 * `off`, and `emit` for the owner. A handler that throws does not stop the others; its
 * error is reported through `onHandlerError` (default: rethrown on a later microtask).
 */
export class Emitter<Events extends { [K in keyof Events]: unknown[] }> {
  #handlers = new Map<keyof Events, Array<Handler>>();

  on<K extends keyof Events>(event: K, handler: (...args: Events[K]) => void): this {
    const list = this.#handlers.get(event);
    if (list) list.push(handler as unknown as Handler);
    else this.#handlers.set(event, [handler as unknown as Handler]);
    return this;
  }

  once<K extends keyof Events>(event: K, handler: (...args: Events[K]) => void): this {
    const wrapper = (...args: Events[K]) => {
      this.off(event, wrapper);
      handler(...args);
    };
    return this.on(event, wrapper);
  }

  off<K extends keyof Events>(event: K, handler: (...args: Events[K]) => void): this {
    const list = this.#handlers.get(event);
    if (!list) return this;
    const i = list.indexOf(handler as unknown as Handler);
    if (i >= 0) list.splice(i, 1);
    return this;
  }

  listenerCount(event: keyof Events): number {
    return this.#handlers.get(event)?.length ?? 0;
  }

  protected emit<K extends keyof Events>(event: K, ...args: Events[K]): void {
    const list = this.#handlers.get(event);
    if (!list) return;
    for (const handler of [...list]) {
      try {
        (handler as (...a: unknown[]) => void)(...args);
      } catch (error) {
        this.onHandlerError(error);
      }
    }
  }

  protected onHandlerError(error: unknown): void {
    queueMicrotask(() => {
      throw error;
    });
  }
}
