import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { ReminderRunSummary } from '../src/core/ports';
import type { Reply, ReplySection } from '../src/core/reply';
import { formatDate } from '../src/domain/dates';

export const remindRunCommand = defineCommand({
  name: 'remind run',
  group: 'Notifications',
  summary: "Send today's reminders now (anything already sent today is not sent again).",
  usage: 'remind run',
  examples: ['remind run', 'remind preview'],
  access: 'change',
  parse(args) {
    if (args.length) throw new UserError('"remind run" always sends today\'s reminders and takes no options.', 'To see another day, use: remind preview at 28 Aug 2023');
    return {};
  },
  async run(_args, ctx) {
    const reminders = ctx.services?.reminders;
    if (!reminders) {
      throw new UserError('Reminders are not running in this process, so I cannot send them from here.', 'Use "remind run" in Slack or Teams (where secbot runs), or from the command line with a channel configured (SECBOT_SMTP_URL for email): npx secbot remind run');
    }
    return toReply(await reminders.run(ctx.clock.now()));
  },
});

function toReply(s: ReminderRunSummary): Reply {
  const sections: ReplySection[] = [];
  if (s.unreachable.length) sections.push({ title: 'Could not be reached', items: s.unreachable.map((u) => `${u.recipient}: ${u.error}`) });
  if (s.failed.length) sections.push({ title: 'Failed for now (retried automatically)', items: s.failed.map((f) => `${f.recipient}: ${f.error}`) });
  return {
    kind: s.unreachable.length || s.failed.length ? 'warning' : 'success',
    title: `Reminders for ${formatDate(s.date)}: ${s.sent} sent, ${s.skipped} already sent earlier`,
    ...(s.note ? { text: s.note } : {}),
    sections,
  };
}
