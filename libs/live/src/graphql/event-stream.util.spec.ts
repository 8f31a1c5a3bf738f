import { describe, expect, it } from '@jest/globals';
import { EventStream } from './event-stream.util.js';

describe('EventStream', () => {
  it('delivers pushed events in order and skips those delivered as null', async () => {
    const stream = new EventStream<number, string>(async (n) => (n % 2 ? `odd ${n}` : null), 10);
    stream.push(1);
    stream.push(2);
    stream.push(3);
    expect(await stream.next()).toEqual({ value: 'odd 1', done: false });
    expect(await stream.next()).toEqual({ value: 'odd 3', done: false });
  });

  it('waits for an event, and return() ends a waiting pull at once and runs the close handlers once', async () => {
    const stream = new EventStream<number, number>(async (n) => n, 10);
    let closed = 0;
    stream.onClose(() => closed++);
    const waiting = stream.next();
    await stream.return();
    await stream.return();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(closed).toBe(1);
    stream.push(1);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('keeps the newest events when a slow subscriber falls behind', async () => {
    const stream = new EventStream<number, number>(async (n) => n, 2);
    for (const n of [1, 2, 3]) stream.push(n);
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
  });
});
