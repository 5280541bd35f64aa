import type { Proposal, StoreData } from '../../storage/schema';
import { formatDate } from '../domain/dates';
import { releaseFor, stageOf } from '../domain/queries';
import { UID_DOMAIN, uidPart, type FeedEvent } from './feed-event';
import type { FeedScope } from './feed-scope';

/** SEC Releases with a date, all-day: those in the store and those the feed's proposals target. */
export function* releaseEvents(data: Readonly<StoreData>, scope: FeedScope): Generator<FeedEvent | undefined> {
  const releases = new Map<string, { on: string; proposals: Proposal[] }>();
  for (const r of data.releases) {
    const view = releaseFor(data, r.name);
    releases.set(view?.name ?? r.name, { on: r.on, proposals: [] });
  }
  for (const proposal of data.proposals) {
    yield undefined; // a pause point: 8,000 proposals take a while
    const view = proposal.targetRelease ? releaseFor(data, proposal.targetRelease) : undefined;
    if (!view?.on || !scope.proposal(proposal)) continue;
    const entry = releases.get(view.name) ?? { on: view.on, proposals: [] };
    entry.proposals.push(proposal);
    releases.set(view.name, entry);
  }
  for (const [name, { on, proposals }] of releases) yield releaseEvent(name, on, proposals);
}

function releaseEvent(name: string, on: string, proposals: Proposal[]): FeedEvent {
  const targeting = proposals.map((p) => `${p.ref}: ${p.title} (${stageOf(p.stage).name})`);
  return {
    uid: `release-${uidPart(name).toLowerCase()}@${UID_DOMAIN}`,
    summary: name,
    description: [
      `${name} goes live on ${formatDate(on)}.`,
      ...(targeting.length ? ['Proposals targeting it:', ...targeting] : []),
      ...(targeting.length ? [`Ask secbot: list release "${name}"`] : []),
    ],
    categories: ['SEC Release'],
    when: { kind: 'day', date: on },
  };
}
