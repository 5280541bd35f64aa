import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/ports';
import type { Reply } from '../../core/reply';

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

/** In memory, bounded (oldest dropped first) and for a day: an older card says to ask again. */
export function createViewCache(clock: Clock, ttlMs = TTL_MS, max = MAX_VIEWS): ViewCache {
  const views = new Map<string, { view: StoredView; at: number }>();
  return {
    put(view) {
      const id = randomUUID();
      views.set(id, { view, at: clock.now().getTime() });
      while (views.size > max) views.delete(views.keys().next().value!);
      return id;
    },
    get(id) {
      const entry = views.get(id);
      if (!entry) return undefined;
      if (clock.now().getTime() - entry.at > ttlMs) return void views.delete(id);
      return entry.view;
    },
    update(id, view) {
      const entry = views.get(id);
      if (entry) entry.view = view;
    },
  };
}
