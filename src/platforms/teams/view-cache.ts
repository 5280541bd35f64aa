import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/ports';
import { replyChars } from '../../core/reply';
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
/** …and a few MB of text at most, however long the answers. */
const MAX_CHARS = 4_000_000;

/** In memory, bounded (oldest dropped first, by count and by size) and for a day: an older card says to ask again. */
export function createViewCache(clock: Clock, ttlMs = TTL_MS, max = MAX_VIEWS, maxChars = MAX_CHARS): ViewCache {
  const views = new Map<string, { view: StoredView; at: number; chars: number }>();
  let chars = 0;
  const remove = (id: string) => {
    chars -= views.get(id)?.chars ?? 0;
    views.delete(id);
  };
  return {
    put(view) {
      const id = randomUUID();
      const entry = { view, at: clock.now().getTime(), chars: replyChars(view.reply) };
      views.set(id, entry);
      chars += entry.chars;
      while (views.size > max || (chars > maxChars && views.size > 1)) remove(views.keys().next().value!);
      return id;
    },
    get(id) {
      const entry = views.get(id);
      if (!entry) return undefined;
      if (clock.now().getTime() - entry.at > ttlMs) return void remove(id);
      return entry.view;
    },
    update(id, view) {
      const entry = views.get(id);
      if (!entry) return;
      const size = replyChars(view.reply);
      chars += size - entry.chars;
      Object.assign(entry, { view, chars: size });
    },
  };
}
