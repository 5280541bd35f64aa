import { UserError } from '../../core/errors';
import type { Proposal, StoreData } from '../../../storage/schema';
import { normaliseCommittee } from '../committees';
import { monthNumber } from '../dates';
import { parseProposalPath } from '../proposal-paths';
import { nextRelease, parseReleaseName, releaseDate } from '../releases';
import { findOrganisation } from '../queries/directory';
import { TEXT_LIMITS } from '../text-limits';
import { requirePartyCategory } from './directory-fields';
import { isClear } from './field-change';
import { limitText, requireText } from './validate';

/*
 * Each editable field of a proposal: how its value is read from what was typed (the same limits and
 * spellings as `raise` and the importer), and how it is shown in the reply.
 */

export const PROPOSAL_FIELDS = ['title', 'summary', 'proposer', 'org', 'category', 'path', 'release', 'committees', 'analyst'] as const;
export type ProposalField = (typeof PROPOSAL_FIELDS)[number];

export const PROPOSAL_FIELD_LABELS: Record<ProposalField, string> = {
  title: 'Title', summary: 'Summary', proposer: 'Proposer', org: 'Proposer’s organisation', category: 'Proposer’s party category',
  path: 'Path', release: 'Target release', committees: 'Committees', analyst: 'Lead Analyst',
};

/** The field's value as shown: committees as "OPSG, TABASC". */
export function proposalFieldValue(p: Proposal, field: ProposalField): string | undefined {
  switch (field) {
    case 'title': return p.title;
    case 'summary': return p.summary;
    case 'proposer': return p.proposer?.name;
    case 'org': return p.proposer?.organisation;
    case 'category': return p.proposer?.category;
    case 'path': return p.path;
    case 'release': return p.targetRelease;
    case 'committees': return p.committees.join(', ') || undefined;
    case 'analyst': return p.leadAnalyst;
  }
}

/** Set the field from typed text; `none` clears an optional one. Throws a UserError naming what is wrong. */
export function setProposalField(draft: Readonly<StoreData>, p: Proposal, field: ProposalField, raw: string): void {
  const value = raw.trim();
  const clear = isClear(value);
  const example = (v: string) => `proposal edit ${p.ref} ${field} ${v}`;
  switch (field) {
    case 'title':
      if (clear) throw new UserError(`${p.ref} needs a title.`, `For example: ${example('"DNO Power Outage Alerts"')}`);
      p.title = requireText(value, 'The title', example('"DNO Power Outage Alerts"'), TEXT_LIMITS.title);
      return;
    case 'summary':
      return assign(p, 'summary', clear ? undefined : limitText(requireText(value, 'The summary', example('"The problem in a sentence."')), 'The problem statement (summary)', TEXT_LIMITS.summary));
    case 'analyst':
      return assign(p, 'leadAnalyst', clear ? undefined : requireText(value, 'The Lead Analyst', example('"Jordan Crase"'), TEXT_LIMITS.name));
    case 'path':
      return assign(p, 'path', clear ? undefined : parseProposalPath(value));
    case 'release':
      return assign(p, 'targetRelease', clear ? undefined : requireRelease(draft, value, p.ref));
    case 'committees':
      p.committees = clear ? [] : committeesOf(value, p.ref);
      return;
    case 'proposer':
      return setProposer(p, 'name', clear ? undefined : requireText(value, 'The proposer', example('"Gemma Slaney"'), TEXT_LIMITS.name));
    case 'org':
      return setProposer(p, 'organisation', clear ? undefined : (findOrganisation(draft, value)?.name ?? requireText(value, 'The organisation', example('"British Gas"'), TEXT_LIMITS.name)));
    case 'category':
      return setProposer(p, 'category', clear ? undefined : requirePartyCategory(value));
  }
}

function assign<K extends 'summary' | 'leadAnalyst' | 'path' | 'targetRelease'>(p: Proposal, key: K, value: Proposal[K]): void {
  if (value === undefined) delete p[key];
  else p[key] = value;
}

function setProposer<K extends 'name' | 'organisation' | 'category'>(p: Proposal, key: K, value: NonNullable<Proposal['proposer']>[K]): void {
  const proposer = { ...p.proposer };
  if (value === undefined) delete proposer[key];
  else proposer[key] = value;
  if (Object.keys(proposer).length) p.proposer = proposer;
  else delete p.proposer;
}

/** "Feb 24" → "February 2024 SEC Release"; a month with no scheduled or stated release (from 2021) is refused. */
function requireRelease(draft: Readonly<StoreData>, value: string, ref: string): string {
  const name = parseReleaseName(value);
  const hint = `Name it by month and year, e.g. proposal edit ${ref} release Feb 24 (releases are in February, June and November).`;
  if (!name) throw new UserError(`"${value.slice(0, 40)}" is not a release.`, hint);
  const year = Number(/\d{4}/.exec(name)![0]);
  if (year >= 2021 && !releaseDate(name, draft.releases)) {
    const month = name.replace(/ SEC Release$/, '');
    const next = nextRelease(`${year}-${String(monthNumber(month.split(' ')[0]!)).padStart(2, '0')}-01`, draft.releases);
    throw new UserError(`There is no ${name}: SEC Releases are in February, June and November. The next after ${month} is the ${next.name}.`, hint);
  }
  return name;
}

function committeesOf(value: string, ref: string): string[] {
  const names = value.split(/[,;]/).map((c) => c.trim()).filter(Boolean);
  try {
    return [...new Set(names.map((c) => normaliseCommittee(c)))];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(error.message, `For example: proposal edit ${ref} committees OPSG,TABASC`);
  }
}
