import type { ImportedPerson } from './change-set-people';
import type { ExtractContext } from './extract-context';
import { readAttendees } from './minutes-attendees';

const SECAS = 'SECAS';

/**
 * The people a document names, read after its kind's extractor: the proposers and lead analysts of the
 * proposals it found, and, for minutes, the attendees of the meeting it found.
 */
export function extractPeople(ctx: ExtractContext): void {
  const people: ImportedPerson[] = [];
  for (const proposal of ctx.set.proposals) {
    const { proposer, leadAnalyst, source } = proposal;
    if (proposer?.name) {
      people.push({ kind: 'person', name: proposer.name, role: 'proposer', ...optional(proposer.organisation, proposer.category), source });
    }
    if (proposer?.organisation) {
      people.push({ kind: 'organisation', name: proposer.organisation, role: 'organisation', ...(proposer.category ? { category: proposer.category } : {}), source });
    }
    if (leadAnalyst) people.push({ kind: 'person', name: leadAnalyst, role: 'lead analyst', organisation: SECAS, source });
  }
  const meeting = ctx.set.documents[0]?.kind === 'minutes' ? ctx.set.meetings[0] : undefined;
  if (meeting) {
    const attendees = readAttendees(ctx, meeting);
    people.push(...attendees);
    for (const org of new Set(attendees.map((a) => a.organisation).filter((o): o is string => Boolean(o)))) {
      const first = attendees.find((a) => a.organisation === org)!;
      people.push({ kind: 'organisation', name: org, role: 'organisation', ...(first.category ? { category: first.category } : {}), source: first.source });
    }
  }
  (ctx.set.people ??= []).push(...people);
}

function optional(organisation?: string, category?: string): Partial<ImportedPerson> {
  return { ...(organisation ? { organisation } : {}), ...(category ? { category } : {}) };
}
