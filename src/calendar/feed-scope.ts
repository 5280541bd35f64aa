import type { CalendarGrant, Person, Proposal, StoreData } from '../../storage/schema';
import { committeeName } from '../domain/committees';
import { committeesOf, norm, ownerKeysForPerson, ownerMatcher, personNames } from '../domain/queries';

/** What one feed holds, decided once per build from its grant. */
export interface FeedScope {
  name: string;
  description: string;
  /** Actions whose due date belongs in the feed. */
  action(owner: string, committee: string): boolean;
  /** Consultations on this proposal, and its target release. */
  proposal(proposal: Proposal): boolean;
  meeting(committee: string): boolean;
  /** The change team's view: also what belongs to no known proposal. */
  everything: boolean;
}

const EVERYTHING: FeedScope = {
  name: 'secbot: all SEC change deadlines',
  description: 'Every consultation closing, action due date, committee meeting and SEC Release secbot knows.',
  action: () => true,
  proposal: () => true,
  meeting: () => true,
  everything: true,
};

/** The scope a grant gives; undefined when the person it was made for has left the directory. */
export function scopeOf(data: Readonly<StoreData>, grant: CalendarGrant): FeedScope | undefined {
  if (grant.kind === 'all') return EVERYTHING;
  if (grant.kind === 'committee') return committeeScope(grant.committee);
  const person = data.people.find((p) => p.id === grant.person);
  return person ? personScope(data, person) : undefined;
}

function committeeScope(committee: string): FeedScope {
  const name = committeeName(committee);
  return {
    name: `secbot: ${name}`,
    description: `${name}: its meetings, its actions' due dates, consultations on proposals it sees, and SEC Releases.`,
    action: (_owner, c) => c === committee,
    proposal: (p) => committeesOf(p).has(committee),
    meeting: (c) => c === committee,
    everything: false,
  };
}

/**
 * Mine: actions I own (by name, initials, alias, my organisation or one I am a contact of); "my
 * committees" are those my actions come from; consultations on their proposals and on proposals I
 * lead or propose; their meetings.
 */
function personScope(data: Readonly<StoreData>, person: Person): FeedScope {
  const owns = ownerMatcher(ownerKeys(data, person));
  const committees = new Set(data.actions.filter((a) => owns(a.owner)).map((a) => a.committee));
  const names = new Set(personNames(person).map(norm));
  const mine = (name: string | undefined) => name !== undefined && names.has(norm(name));
  return {
    name: `secbot: ${person.name}`,
    description: `${person.name}: actions you own, consultations and meetings of your committees (${[...committees].join(', ') || 'none yet'}), and SEC Releases.`,
    action: (owner) => owns(owner),
    proposal: (p) => [...committeesOf(p)].some((c) => committees.has(c)) || mine(p.leadAnalyst) || mine(p.proposer?.name),
    meeting: (c) => committees.has(c),
    everything: false,
  };
}

function ownerKeys(data: Readonly<StoreData>, person: Person): Set<string> {
  const keys = ownerKeysForPerson(data, person);
  for (const org of data.organisations.filter((o) => o.contacts.includes(person.id))) {
    for (const name of [org.id, org.name, ...org.aliases]) keys.add(norm(name));
  }
  return keys;
}
