import { ArgReader, oneOf } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import {
  byCloses, closingConsultations, consultationLine, openConsultations, paginate, parsePage, viewConsultation, type ConsultationView,
} from '../src/domain/queries';
import type { StoreData } from '../storage/schema';

const USAGE = 'consultations [open|closing|all] [page N]';
const SCOPES = ['open', 'closing', 'all'] as const;
type Scope = (typeof SCOPES)[number];
/** "closing" = open and closing within this many Working Days. */
const CLOSING_WITHIN = 10;

export const consultationsCommand = defineCommand({
  name: 'consultations',
  group: 'Consultations',
  summary: `Consultations open now (default), closing within ${CLOSING_WITHIN} Working Days, or all, with Working Days left.`,
  usage: USAGE,
  examples: ['consultations', 'consultations closing', 'consultations all'],
  access: 'read',
  parse(args) {
    const reader = new ArgReader(args, USAGE);
    const page = parsePage(reader.option('page'), 'consultations');
    const word = reader.optional();
    reader.done();
    return { scope: word === undefined ? ('open' as Scope) : oneOf(word, SCOPES, 'choice for consultations'), page };
  },
  run({ scope, page }, ctx): Reply {
    const data = ctx.store.read();
    const now = ctx.clock.now();
    const views = select(data, scope, now, ctx.calendar);
    const title = titleFor(scope, views.length);
    if (!views.length) return { kind: 'info', title, context: [scope === 'all' ? 'None recorded yet: `consultation add` adds one.' : 'See every consultation with `consultations all`.'] };
    const shown = paginate(views, page, 'consultations');
    return {
      kind: 'info',
      title,
      sections: [{ items: shown.items.map((v) => lineFor(data, v)) }],
      context: [...(shown.note ? [shown.note] : []), 'Working Days left count the days after today up to the closing day; consultations close at 17:00 London time unless stated.'],
    };
  },
});

function titleFor(scope: Scope, count: number): string {
  const noun = `${count || 'No'} ${scope === 'open' ? 'open ' : ''}consultation${count === 1 ? '' : 's'}`;
  return scope === 'closing' ? `${noun} closing within ${CLOSING_WITHIN} Working Days` : noun;
}

function select(data: Readonly<StoreData>, scope: Scope, now: Date, calendar: Parameters<typeof viewConsultation>[2]): ConsultationView[] {
  if (scope === 'closing') return closingConsultations(data, now, calendar, CLOSING_WITHIN);
  if (scope === 'open') return openConsultations(data, now, calendar.londonDate(now)).map((c) => viewConsultation(c, now, calendar));
  return [...data.consultations].sort(byCloses).map((c) => viewConsultation(c, now, calendar));
}

function lineFor(data: Readonly<StoreData>, view: ConsultationView): string {
  const proposal = data.proposals.find((p) => p.ref === view.consultation.proposal || p.draftRef === view.consultation.proposal);
  const name = proposal ? `${proposal.ref} ${proposal.title}` : view.consultation.proposal;
  const link = view.consultation.url ? ` · ${view.consultation.url}` : '';
  return `${name}: ${consultationLine(view)}${link}`;
}
