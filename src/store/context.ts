// Every Redis key is built here or in a sibling store module, under the configured prefix, so two prefixes
// never see each other's data. Keys carry no hash tag: the app's own keys are single-key operations or
// Lua-free multi-key reads; BullMQ's keys get their own tag (see queue prefix in app.ts).
import type { Redis } from 'ioredis';

export interface StoreCtx {
  redis: Redis;
  prefix: string;
}

/** `${prefix}:a:b:c` */
export function key(ctx: StoreCtx, ...parts: (string | number)[]): string {
  return [ctx.prefix, ...parts].join(':');
}
