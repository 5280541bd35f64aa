import type { CommandContext } from '../../src/core/command';
import { formatDate } from '../../src/domain/dates';
import { NEWS_WINDOW_WORKING_DAYS } from '../../src/domain/fact-dates';
import { announcementNote } from '../../src/notify/announcement';
import type { DomainEvent, StoreData } from '../../storage/schema';

/** Run a change and keep (plain copies of) the events it queued, to tell the caller who will hear. */
export async function transactWithEvents<T>(ctx: CommandContext, mutate: (draft: StoreData) => T): Promise<{ result: T; events: DomainEvent[] }> {
  let events: DomainEvent[] = [];
  const result = await ctx.transact((draft) => {
    const before = draft.outbox.length;
    const value = mutate(draft);
    events = JSON.parse(JSON.stringify(draft.outbox.slice(before))) as DomainEvent[];
    return value;
  });
  return { result, events };
}

/** The line a reply ends with: which channels hear, none subscribed, or recorded quietly because it is old news. */
export function audienceLine(ctx: CommandContext, events: readonly DomainEvent[], on: string, ref: string): string {
  const note = announcementNote(ctx.store.read(), events);
  if (note) return note;
  return `Dated ${formatDate(on)}, more than ${NEWS_WINDOW_WORKING_DAYS} Working Days ago: recorded and shown in \`history ${ref}\`, not announced to channels.`;
}
