import { ArgReader } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Calendar } from '../src/core/ports';
import type { Reply } from '../src/core/reply';
import { formatDate, formatInstant, parseUserTime } from '../src/domain/dates';
import { addConsultation, type AddConsultationInput } from '../src/domain/operations';
import type { Consultation } from '../storage/schema';
import { transactWithEvents } from './support/announce';
import { announcementNote } from '../src/notify/announcement';
import { metaFor, todayOf, userDate } from './support/write-meta';
import { takeDateInPlace, takeProposalRef, takeWord } from './support/write-words';

const usage = 'consultation add REF refinement|report|other FROM TO [at 17:00] [url URL]';
const example = 'consultation add MP114 report 16 Aug 2023 7 Sep 2023 url https://smartenergycodecompany.co.uk/consultations/';

export const consultationAddCommand = defineCommand({
  name: 'consultation add',
  group: 'Consultations',
  summary: 'Record a consultation on a proposal; it closes at 5pm London time unless you give a time.',
  usage,
  examples: [example, 'consultation add MP167A refinement 2023-06-28 2023-07-19', 'consultation add DP096 other 2 Mar 2020 to 13 Mar 2020 at 12:00'],
  access: 'change',
  parse(args): AddConsultationInput {
    const r = new ArgReader(args, usage);
    const at = r.option('at');
    const url = r.option('url');
    const words = [...r.remaining];
    const ref = takeProposalRef(words, 'the proposal reference', example);
    const kind = takeWord(words, 'the kind of consultation (refinement, report or other)', example);
    const opens = takeDateInPlace(words, 'the opening date', example);
    if (['to', 'until', '-', '–'].includes(words[0]?.toLowerCase() ?? '')) words.shift();
    const closes = takeDateInPlace(words, 'the closing date', example);
    r.finish(words, example);
    return { ref, kind, opens, closes, ...(at ? { closesAt: parseUserTime(at) } : {}), ...(url ? { url } : {}) };
  },
  async run(args, ctx) {
    const input = { ...args, opens: userDate(ctx, args.opens)!, closes: userDate(ctx, args.closes)! };
    const { result, events } = await transactWithEvents(ctx, (draft) => addConsultation(draft, input, metaFor(ctx, 'consultation add')));
    const heard = announcementNote(ctx.store.read(), events);
    return toReply(result, { today: todayOf(ctx), now: ctx.clock.now(), calendar: ctx.calendar, closesOn: input.closes, heard });
  },
});

interface ReplyFacts {
  today: string;
  now: Date;
  calendar: Calendar;
  closesOn: string;
  /** Who hears that it is open, when it is. */
  heard?: string;
}

function toReply(added: Consultation, { today, now, calendar, closesOn, heard }: ReplyFacts): Reply {
  const c = { ...added, opens: added.opens!, closes: added.closes! }; // the command always gives both ends
  const closed = Date.parse(c.closes) <= now.getTime();
  const state = closed ? 'closed' : c.opens <= today ? 'open now' : `opens ${formatDate(c.opens)}`;
  return {
    kind: 'success',
    title: `${c.proposal} ${c.kind} consultation recorded (${state})`,
    fields: [
      { label: 'Opens', value: formatDate(c.opens) },
      { label: 'Closes', value: `${formatInstant(c.closes)} (London time)` },
      { label: 'Length', value: `${calendar.workingDaysBetween(c.opens, closesOn)} Working Days` },
      ...(c.url ? [{ label: 'Responses', value: c.url }] : []),
    ],
    buttons: [
      { label: 'Status', actionId: 'proposal.status', command: `status ${c.proposal}` },
      { label: 'Open consultations', actionId: 'consultations.open', command: 'consultations open' },
    ],
    context: [closed ? 'Its window has passed: recorded as closed, not announced.' : c.opens <= today ? (heard ?? 'Not announced.') : `Not announced yet: it opens on ${formatDate(c.opens)}.`],
  };
}
