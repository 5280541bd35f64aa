import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/ports';
import { replyChars, type Reply } from '../../core/reply';
import { createTtlCache } from '../ttl-cache';

/** The person an answer belongs to: AAD id (as callers are known), Teams id (29:…, for refresh) and name. */
export interface ViewOwner {
  callerId: string;
  userId: string;
  name?: string;
}

/**
 * A card's content, kept so Teams can ask for each viewer's version (refresh) and for Share.
 * private: only `owner` sees the answer, others a short stub; shared: posted for everyone;
 * broadcast: a notification whose buttons answer each clicker privately.
 */
export interface StoredView {
  kind: 'private' | 'shared' | 'broadcast';
  reply: Reply;
  owner?: ViewOwner;
  /** What the owner typed, for the stub others see. */
  asked?: string;
  sharedBy?: string;
}

export interface ViewCache {
  put(view: StoredView): string;
  get(id: string): StoredView | undefined;
  update(id: string, view: StoredView): void;
}

const TTL_MS = 24 * 60 * 60_000;
const MAX_VIEWS = 1000;
/** …and a few MB of text at most, however long the answers. */
const MAX_CHARS = 4_000_000;

/** In memory, bounded (oldest dropped first, by count and by size) and for a day: an older card says to ask again. */
export function createViewCache(clock: Clock, ttlMs = TTL_MS, max = MAX_VIEWS, maxChars = MAX_CHARS): ViewCache {
  const views = createTtlCache<StoredView>(clock, ttlMs, { max, maxWeight: maxChars, weigh: (view) => replyChars(view.reply) });
  return {
    put(view) {
      const id = randomUUID();
      views.set(id, view);
      return id;
    },
    get: (id) => views.get(id),
    // A shared view is kept for a day from its sharing.
    update(id, view) {
      if (views.get(id)) views.set(id, view);
    },
  };
}
