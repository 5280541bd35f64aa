import { ArgReader, oneOf } from '../src/core/args';
import { defineCommand } from '../src/core/command';
import type { Reply } from '../src/core/reply';
import {
  closingConsultations, sortByCloses, consultationLine, openConsultations, paginate, parsePage, viewConsultation, type ConsultationView,
} from '../src/domain/queries';
import type { Calendar } from '../src/core/ports';
import type { Consultation, StoreData } from '../storage/schema';

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
    const selected = select(data, scope, now, ctx.calendar);
    const title = titleFor(scope, selected.length);
    if (!selected.length) return { kind: 'info', title, context: [scope === 'all' ? 'None recorded yet: `consultation add` adds one.' : 'See every consultation with `consultations all`.'] };
    const shown = paginate(selected, page, 'consultations');
    const today = ctx.calendar.londonDate(now);
    return {
      kind: 'info',
      title,
      sections: [{ items: shown.items.map((c) => lineFor(data, 'state' in c ? c : viewConsultation(c, now, ctx.calendar, today))) }],
      context: [...(shown.note ? [shown.note] : []), 'Working Days left count the days after today up to the closing day; consultations close at 17:00 London time unless stated.'],
    };
  },
});

function titleFor(scope: Scope, count: number): string {
  const noun = `${count || 'No'} ${scope === 'open' ? 'open ' : ''}consultation${count === 1 ? '' : 's'}`;
  return scope === 'closing' ? `${noun} closing within ${CLOSING_WITHIN} Working Days` : noun;
}

/** Views are computed only for the page shown, except `closing`, which needs Working Days left to filter. */
function select(data: Readonly<StoreData>, scope: Scope, now: Date, calendar: Calendar): (ConsultationView | Consultation)[] {
  if (scope === 'closing') return closingConsultations(data, now, calendar, CLOSING_WITHIN);
  if (scope === 'open') return openConsultations(data, now, calendar.londonDate(now));
  return sortByCloses(data.consultations);
}

function lineFor(data: Readonly<StoreData>, view: ConsultationView): string {
  const proposal = data.proposals.find((p) => p.ref === view.consultation.proposal || p.draftRef === view.consultation.proposal);
  const name = proposal ? `${proposal.ref} ${proposal.title}` : view.consultation.proposal;
  const link = view.consultation.url ? ` · ${view.consultation.url}` : '';
  return `${name}: ${consultationLine(view)}${link}`;
}
