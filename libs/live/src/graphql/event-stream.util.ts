/**
 * An async iterator over events pushed to it, each turned into a value by `deliver` when it is
 * pulled (null: not delivered). Events are delivered one at a time, in order. `return()` ends it at
 * once, even while it waits for an event (an async generator would wait for the next event before
 * running its cleanup), and runs the close handlers exactly once.
 */
export class EventStream<TEvent, TValue> implements AsyncIterableIterator<TValue> {
  private readonly pending: TEvent[] = [];
  private readonly closeHandlers: Array<() => void> = [];
  private wake: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly deliver: (event: TEvent) => Promise<TValue | null>,
    /** Events held for a slow subscriber; past this the oldest are dropped. */
    private readonly capacity: number,
  ) {}

  push(event: TEvent): void {
    if (this.closed) return;
    if (this.pending.length >= this.capacity) this.pending.shift();
    this.pending.push(event);
    this.wake?.();
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  async next(): Promise<IteratorResult<TValue>> {
    while (!this.closed) {
      if (!this.pending.length) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      const value = await this.deliver(this.pending.shift()!);
      if (value !== null && !this.closed) return { value, done: false };
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<TValue>> {
    this.close();
    return { value: undefined, done: true };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending.length = 0;
    this.wake?.();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<TValue> {
    return this;
  }
}
