import type { Caller } from '../../core/caller';
import type { Permits } from '../../core/permits';
import type { Reply, ReplyButton } from '../../core/reply';

/** The reply as one viewer should see it: only the buttons they may use (Close/Snooze for owners and the change team). */
export function forViewer(reply: Reply, permits: Permits | undefined, viewer: Caller | undefined): Reply {
  if (!permits || !viewer) return reply;
  const keep = (buttons: ReplyButton[] | undefined) => buttons?.filter((b) => permits(b.command, viewer));
  return {
    ...reply,
    ...(reply.buttons ? { buttons: keep(reply.buttons) } : {}),
    ...(reply.sections ? { sections: reply.sections.map((s) => (s.buttons ? { ...s, buttons: keep(s.buttons) } : s)) } : {}),
  };
}

export function withContext(reply: Reply, ...notes: string[]): Reply {
  return { ...reply, context: [...(reply.context ?? []), ...notes] };
}
