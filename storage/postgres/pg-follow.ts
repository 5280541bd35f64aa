import pg from 'pg';
import type { Logger } from '../../src/core/ports';
import { CHANGES_CHANNEL } from './pg-tables';

export interface Follower {
  /** True while the LISTEN connection is up. */
  listening(): boolean;
  stop(): Promise<void>;
}

export interface FollowOptions {
  connection: pg.ClientConfig;
  /** Reads the changes committed since the last one this instance has. */
  catchUp: () => Promise<void>;
  logger: Logger;
  /** A poll besides the notifications, in case one is missed while reconnecting. Default 1000 ms. */
  pollMs?: number;
}

/**
 * Keeps this instance's copy current: LISTEN on the changes channel (every commit notifies it), plus a
 * light poll, so a change made through another instance is read here within a second.
 */
export function followChanges(options: FollowOptions): Follower {
  const { logger } = options;
  let client: pg.Client | undefined;
  let stopped = false;
  let pending: Promise<void> | undefined;
  let retry: NodeJS.Timeout | undefined;
  const catchUp = () => {
    pending ??= options.catchUp()
      .catch((error: unknown) => logger.warn({ err: { message: (error as Error).message } }, 'could not read the latest changes from the database; trying again'))
      .finally(() => (pending = undefined));
    return pending;
  };
  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client(options.connection);
    next.on('notification', () => void catchUp());
    next.on('error', () => undefined);
    next.on('end', () => {
      if (client === next) client = undefined;
      if (!stopped) retry = setTimeout(() => void connect(), 1000);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGES_CHANNEL}`);
      client = next;
      await catchUp();
    } catch (error) {
      logger.warn({ err: { message: (error as Error).message } }, 'could not listen for changes from other instances; retrying');
      await next.end().catch(() => undefined);
    }
  };
  void connect();
  const poll = setInterval(() => void catchUp(), options.pollMs ?? 1000);
  poll.unref();
  return {
    listening: () => client !== undefined,
    async stop() {
      stopped = true;
      clearInterval(poll);
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
      await pending;
    },
  };
}
