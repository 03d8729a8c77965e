import { describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { memoryEventBus, redisEventBus, type EventBus } from './event-bus';

const REDIS_URL = process.env.COOPGRAPH_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function first(iterator: AsyncIterableIterator<unknown>): Promise<unknown> {
  const next = await iterator.next();
  return next.value;
}

describe('event bus', () => {
  it('in process: each subscriber of a topic gets its own copy, other topics nothing, and a subscriber that stops gets no more', async () => {
    const bus = memoryEventBus();
    const a = bus.subscribe('project');
    const b = bus.subscribe('project');
    const other = bus.subscribe('platform');
    const payload = { projectKey: 'p-1' };
    bus.publish('project', payload);
    const [got, gotB] = (await Promise.all([first(a), first(b)])) as Array<{ projectKey: string }>;
    expect(got).toEqual(payload);
    expect(got).not.toBe(gotB);
    await a.return!();
    expect(await a.next()).toEqual({ value: undefined, done: true });
    bus.publish('platform', { postKey: 'x' });
    expect(await first(other)).toEqual({ postKey: 'x' });
    await bus.close();
    expect((await b.next()).done).toBe(true);
  });

  it('on Redis: a publish on one bus reaches a subscriber of another with the same prefix, and none with another prefix', async () => {
    const log = createLogger('event-bus-test', 'error');
    const prefix = `coopgraph-test-${process.pid}-${Date.now()}:events:zhejiang:`;
    const buses: EventBus[] = [
      await redisEventBus({ url: REDIS_URL, channelPrefix: prefix, log }),
      await redisEventBus({ url: REDIS_URL, channelPrefix: prefix, log }),
      await redisEventBus({ url: REDIS_URL, channelPrefix: `${prefix}other:`, log }),
    ];
    try {
      const [writer, reader, stranger] = buses as [EventBus, EventBus, EventBus];
      const heard = reader.subscribe('project');
      const strangers: unknown[] = [];
      const strangerStream = stranger.subscribe('project');
      void (async () => {
        for await (const event of strangerStream) strangers.push(event);
      })();
      // SUBSCRIBE reaches Redis asynchronously: publish until it is heard.
      const payload = { projectKey: 'p-2', kind: 'REGISTERED' };
      const got = first(heard);
      let done = false;
      void got.then(() => (done = true));
      for (let i = 0; i < 50 && !done; i++) {
        writer.publish('project', payload);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await got).toEqual(payload);
      expect(strangers).toEqual([]);
    } finally {
      await Promise.all(buses.map((bus) => bus.close()));
    }
  });
});
