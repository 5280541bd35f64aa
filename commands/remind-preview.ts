import { defineCommand, type CommandContext } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { ReminderPreview, ReminderPreviewLine } from '../src/core/ports';
import type { Reply, ReplySection } from '../src/core/reply';
import { daysBetween, formatDate, formatInstant, londonInstant, parseUserDate } from '../src/domain/dates';
import { planReminders } from '../src/notify/plan-reminders';
import { toPreview } from '../src/notify/to-preview';

const usage = 'remind preview [at DATE]';
const MAX_DAYS_AWAY = 366;

const HEADINGS: Record<ReminderPreviewLine['kind'], string> = {
  owner: 'Action owners (direct messages and emails)',
  'owner-fallback': 'Committee channels (actions whose owners I cannot reach)',
  consultation: 'Consultations',
  digest: 'Weekly digest',
};

export const remindPreviewCommand = defineCommand({
  name: 'remind preview',
  group: 'Notifications',
  summary: 'Show exactly what a reminder run on a date would send, to whom, and who cannot be reached.',
  usage,
  examples: ['remind preview', 'remind preview at tomorrow', 'remind preview --at today'],
  access: 'read',
  parse(args) {
    const words = [...args];
    if (words[0] && /^(--)?at(=.*)?$/i.test(words[0])) {
      const inline = words.shift()!.split('=')[1];
      if (inline) words.unshift(inline);
      if (!words.length) throw new UserError('"at" needs a date.', `Usage: ${usage}, e.g. remind preview at 28 Aug 2023`);
    }
    return { at: words.join(' ').trim() || undefined };
  },
  run({ at }, ctx): Reply {
    const now = ctx.clock.now();
    const today = ctx.calendar.londonDate(now);
    const date = at ? parseUserDate(at, today) : today;
    if (Math.abs(daysBetween(today, date)) > MAX_DAYS_AWAY) {
      throw new UserError(`${formatDate(date)} is too far from today to preview.`, `Pick a date within a year of today, e.g. remind preview at ${ctx.calendar.nextWorkingDay(today)}`);
    }
    const instant = date === today ? now : new Date(londonInstant(date, '09:00'));
    return toReply(previewOf(ctx, instant), Boolean(ctx.services?.reminders));
  },
});

function previewOf(ctx: CommandContext, at: Date): ReminderPreview {
  if (ctx.services?.reminders) return ctx.services.reminders.preview(at);
  const data = ctx.store.read();
  return toPreview(planReminders(data, at, { calendar: ctx.calendar, platforms: ['slack', 'teams'] }), data, at);
}

function toReply(preview: ReminderPreview, live: boolean): Reply {
  const context = live ? [] : ['Reminders are not running in this process: this assumes Slack and Teams are both connected.'];
  const title = `Reminders for ${formatDate(preview.date)}`;
  if (!preview.workingDay) return { kind: 'info', title, text: preview.note, context };
  const sections: ReplySection[] = (Object.keys(HEADINGS) as ReminderPreviewLine['kind'][])
    .map((kind) => ({ title: HEADINGS[kind], items: preview.lines.filter((l) => l.kind === kind).map((l) => `${l.recipient}: ${l.summary} [${l.status}]`) }))
    .filter((s) => s.items.length);
  if (preview.unreachable.length) sections.push({ title: 'Cannot be reached', items: preview.unreachable.map(unreachableLine) });
  if (preview.bounced?.length) sections.push({ title: 'Emails refused by the mail server in the last week', items: preview.bounced.map((b) => `${b.recipient}: ${b.error} (${formatInstant(b.at)})`) });
  const count = preview.lines.length;
  const stranded = preview.unreachable.reduce((n, u) => n + u.actions.length, 0);
  const strandedText = stranded ? `, ${stranded} reminder${stranded === 1 ? '' : 's'} due but not deliverable` : '';
  return {
    kind: preview.unreachable.length ? 'warning' : 'info',
    title: `${title}: ${count} message${count === 1 ? '' : 's'}${strandedText}`,
    ...(count || stranded ? {} : { text: 'Nothing is due that day.' }),
    ...(stranded && !preview.lines.some((l) => l.kind === 'owner') ? { text: `${stranded} action reminder${stranded === 1 ? ' is' : 's are'} due, but no owner can receive a direct message: see "Cannot be reached" for why.` } : {}),
    sections,
    context: [...context, 'Nothing has been sent. The change team can send now with: remind run'],
  };
}

function unreachableLine(u: ReminderPreview['unreachable'][number]): string {
  const where = u.listedIn.length ? `listed in ${u.listedIn.join(', ')}` : 'NOT listed anywhere: no channel is subscribed to its committee';
  return `${u.owner} (${u.actions.join(', ')}): ${u.reason}; ${where}`;
}
