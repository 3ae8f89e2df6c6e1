import { Redis } from 'ioredis';
import { ConfigError, redactUrl, type AppConfig } from '@app/config';

/** Pings Redis once when queues run there, so an unreachable Redis stops the start with a clear sentence. */
export async function assertQueueBackendReachable(config: AppConfig): Promise<void> {
  if (config.queue.backend !== 'redis' || !config.queue.redisUrl) return;
  const url = config.queue.redisUrl;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new ConfigError(
      `Cannot connect to Redis at ${redactUrl(url)} (${(error as Error).message}): start Redis or correct REDIS_URL, or leave REDIS_URL unset to run the queues on PostgreSQL.`,
    );
  } finally {
    client.disconnect();
  }
}
