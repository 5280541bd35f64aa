import { UserError } from '../../core/errors';
import { closest } from '../../core/suggest';
import type { Consultation, StoreData } from '../../../storage/schema';
import { formatDate } from '../dates';
import { findProposal } from './find-proposal';

/** A consultation as people name it: its id ("MP167B-report-2023-08-16"), or its proposal and kind ("MP167B report"). */
export type ConsultationName = { id: string } | { ref: string; kind: string };

export const CONSULTATION_KINDS = ['refinement', 'report', 'other'] as const;

/** The consultation named; unknown or ambiguous → a UserError that lists the ones there are. */
export function requireConsultation(data: Readonly<StoreData>, name: ConsultationName): Consultation {
  return 'id' in name ? byId(data, name.id) : byProposalAndKind(data, name.ref, name.kind);
}

function byId(data: Readonly<StoreData>, id: string): Consultation {
  const found = data.consultations.find((c) => c.id.toLowerCase() === id.trim().toLowerCase());
  if (found) return found;
  const near = closest(id.trim(), data.consultations.map((c) => c.id), 4);
  const guess = near.length ? ` Did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '';
  throw new UserError(`No consultation "${id.trim().slice(0, 60)}".${guess}`, 'Name it by proposal and kind (consultation edit MP167B report …) or see them all with `consultations all`.');
}

function byProposalAndKind(data: Readonly<StoreData>, ref: string, kindTyped: string): Consultation {
  const found = findProposal(data, ref);
  if (!found) return byId(data, `${ref}-${kindTyped}`);
  const p = found.proposal;
  const kind = kindTyped.trim().toLowerCase();
  if (!(CONSULTATION_KINDS as readonly string[]).includes(kind)) {
    throw new UserError(`"${kindTyped}" is not a kind of consultation.`, `Use refinement, report or other, e.g. consultation edit ${p.ref} report closes 8 Sep 2023.`);
  }
  const own = data.consultations.filter((c) => c.proposal === p.ref || (p.draftRef !== undefined && c.proposal === p.draftRef));
  const matching = own.filter((c) => c.kind === kind);
  if (matching.length === 1) return matching[0]!;
  const listed = own.map((c) => `${c.id} (${c.kind}${c.opens ? `, opens ${formatDate(c.opens)}` : ''})`).join('; ');
  if (!matching.length) {
    throw new UserError(`${p.ref} has no ${kind} consultation.`, listed ? `Its consultations: ${listed}.` : `Record one with: consultation add ${p.ref} ${kind} FROM TO`);
  }
  throw new UserError(`${p.ref} has ${matching.length} ${kind} consultations: say which by its id.`, `For example: consultation edit ${matching[0]!.id} closes DATE. Its consultations: ${listed}.`);
}
