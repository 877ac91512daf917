// Fail fast, with the how-to, when the suite has no Redis to talk to.
import { pingRedis } from '../src/store/redis.js';

export default async function setup(): Promise<void> {
  await pingRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
}
