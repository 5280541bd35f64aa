import type { Proposal, StoreData } from '../../storage/schema';
import { formatDate } from '../domain/dates';
import { proposerText, releaseFor, stageOf } from '../domain/queries';

/**
 * The `status` facts that do not depend on today (so a feed stays the same until the data changes):
 * stage and since when, lead analyst, proposer, path, target release and its date, committees.
 */
export function proposalFacts(data: Readonly<StoreData>, proposal: Proposal): string[] {
  const since = proposal.stageHistory.at(-1)?.on;
  const release = releaseFor(data, proposal.targetRelease);
  const rows: [string, string | undefined][] = [
    ['Stage', `${stageOf(proposal.stage).name}${since ? ` (since ${formatDate(since)})` : ''}`],
    ['Lead analyst', proposal.leadAnalyst],
    ['Proposer', proposerText(data, proposal.proposer)],
    ['Path', proposal.path],
    ['Target release', release && `${release.name}${release.on ? ` (${formatDate(release.on)})` : ''}`],
    ['Committees', proposal.committees.join(', ') || undefined],
  ];
  return [`${proposal.ref}: ${proposal.title}`, ...rows.filter(([, v]) => v).map(([label, value]) => `${label}: ${value}`)];
}
