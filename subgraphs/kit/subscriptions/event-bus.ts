/**
 * Where a region's writes announce their changes and its Subscription fields listen: the PubSub
 * type-graphql's @Subscription and @PubSub() use. In process by default; with REDIS_URL, through
 * Redis pub/sub, so a write on one replica of a region reaches subscribers on every replica (each
 * replica hears its own writes back from Redis too, so none is delivered twice).
 *
 * An event is a small JSON object naming what changed (keys, not rows): the Subscription field
 * reads the committed row itself, so every replica answers from the database.
 */
import Redis from 'ioredis';
import type { PubSub } from 'type-graphql';
import type { Logger } from '../log';
import { pushQueue, type PushQueue } from './push-queue';

export interface EventBus extends PubSub {
  readonly kind: 'memory' | 'redis';
  publish(topic: string, payload: unknown): void;
  subscribe(topic: string): AsyncIterableIterator<unknown>;
  close(): Promise<void>;
}

/** Local delivery: every subscriber of a topic gets each payload. */
class Listeners {
  private readonly byTopic = new Map<string, Set<PushQueue<unknown>>>();

  add(topic: string, onFirst?: () => void, onLast?: () => void): AsyncIterableIterator<unknown> {
    let set = this.byTopic.get(topic);
    if (!set) {
      this.byTopic.set(topic, (set = new Set()));
      onFirst?.();
    }
    const queue = pushQueue<unknown>(() => {
      set.delete(queue);
      if (set.size === 0 && this.byTopic.get(topic) === set) {
        this.byTopic.delete(topic);
        onLast?.();
      }
    });
    set.add(queue);
    return queue;
  }

  /** Each subscriber gets its own copy of the JSON message: none sees another's changes to it. */
  deliver(topic: string, message: string) {
    for (const queue of this.byTopic.get(topic) ?? []) queue.push(JSON.parse(message));
  }

  endAll() {
    for (const set of [...this.byTopic.values()]) for (const queue of [...set]) queue.end();
  }
}

export function memoryEventBus(): EventBus {
  const listeners = new Listeners();
  return {
    kind: 'memory',
    // As JSON, as over Redis: what a subscriber gets is what every replica would get.
    publish: (topic, payload) => {
      const message = JSON.stringify(payload);
      queueMicrotask(() => listeners.deliver(topic, message));
    },
    subscribe: (topic) => listeners.add(topic),
    close: async () => listeners.endAll(),
  };
}

export interface RedisEventBusOptions {
  url: string;
  /** Put before every channel name (e.g. `coopgraph:events:zhejiang:`), so systems sharing a Redis stay apart. */
  channelPrefix: string;
  log: Logger;
}

/** Connects both connections (a subscribing ioredis connection can do nothing else) or rejects with a clear message. */
export async function redisEventBus(options: RedisEventBusOptions): Promise<EventBus> {
  const connect = async (role: string) => {
    // Queued while reconnecting: a write's event published during a short Redis outage is sent once it is back.
    const redis = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(attempt * 100, 2000) });
    redis.on('error', (error: Error) => options.log.warn('event bus: Redis error', { role, error: error.message }));
    try {
      await redis.connect();
    } catch (error) {
      redis.disconnect();
      throw new Error(`Redis for events is not reachable: ${(error as Error).message}`);
    }
    return redis;
  };
  const publisher = await connect('publish');
  const subscriber = await connect('subscribe');
  const listeners = new Listeners();
  subscriber.on('message', (channel: string, message: string) => {
    if (!channel.startsWith(options.channelPrefix)) return;
    try {
      JSON.parse(message);
    } catch {
      options.log.warn('event bus: a message that is not JSON was dropped', { channel });
      return;
    }
    listeners.deliver(channel.slice(options.channelPrefix.length), message);
  });
  const channel = (topic: string) => `${options.channelPrefix}${topic}`;
  return {
    kind: 'redis',
    publish(topic, payload) {
      publisher.publish(channel(topic), JSON.stringify(payload)).catch((error: Error) => options.log.error('event bus: publish failed', { topic, error: error.message }));
    },
    subscribe(topic) {
      return listeners.add(
        topic,
        () => void subscriber.subscribe(channel(topic)).catch((error: Error) => options.log.error('event bus: subscribe failed', { topic, error: error.message })),
        () => void subscriber.unsubscribe(channel(topic)).catch(() => {}),
      );
    },
    async close() {
      listeners.endAll();
      await Promise.allSettled([publisher.quit(), subscriber.quit()]);
    },
  };
}
