import { defineCommand } from '../src/core/command';
import { UserError } from '../src/core/errors';
import type { Reply, ReplyField } from '../src/core/reply';
import { committeeName } from '../src/domain/committees';
import { formatDate } from '../src/domain/dates';
import { parseActionRef } from '../src/domain/references';
import { actionButtons, describePerson, dueText, findProposal, requireAction, resolveOwner } from '../src/domain/queries';
import type { Action, StoreData } from '../storage/schema';

export const actionShowCommand = defineCommand({
  name: 'action',
  group: 'Actions',
  summary: 'One action: text, owner (and who that is), status, due date, proposals, updates.',
  usage: 'action REF',
  examples: ['action CSC 12/01', 'action csc10/1'],
  access: 'read',
  parse(args) {
    const text = args.join(' ').trim();
    if (!text) throw new UserError('Which action? Give its reference.', 'For example: action CSC 12/01. `help` lists the other action commands.');
    if (!parseActionRef(text)) {
      throw new UserError(`"${text.slice(0, 40)}" is not an action reference.`, 'Action references look like CSC 12/01 (committee, meeting/item), e.g. action CSC 12/01. `help` lists the action commands.');
    }
    return { ref: text };
  },
  run({ ref }, ctx): Reply {
    const data = ctx.store.read();
    const action = requireAction(data, ref);
    const today = ctx.calendar.londonDate(ctx.clock.now());
    const updates = action.updates.map((u) => `${formatDate(u.on)} · ${u.by} — ${u.text}`);
    return {
      kind: 'info',
      title: `Action ${action.ref}`,
      text: action.text,
      fields: fieldsFor(data, action, dueText(action, today, ctx.calendar)),
      sections: [{ title: `Updates (${updates.length})`, items: updates.length ? updates : ['none yet'] }],
      buttons: [...actionButtons(action), { label: 'History', actionId: 'action.history', command: `history "${action.ref}"` }],
      context: [`Source: ${action.source}`],
    };
  },
});

function fieldsFor(data: Readonly<StoreData>, action: Action, due: string): ReplyField[] {
  const status = action.status === 'Closed' ? `Closed${action.closedOn ? ` on ${formatDate(action.closedOn)}` : ''}` : 'Open';
  const rows: [string, string | undefined][] = [
    ['Owner', ownerText(data, action.owner, action.ref)],
    ['Status', status],
    ['Due', due],
    ['Snoozed until', action.snoozedUntil && formatDate(action.snoozedUntil)],
    ['Committee', committeeName(action.committee)],
    ['Raised', action.raisedOn ? formatDate(action.raisedOn) : action.raisedBefore && `before ${formatDate(action.raisedBefore)}`],
    ['Proposals', action.proposals.map((ref) => proposalText(data, ref)).join('; ') || undefined],
  ];
  return rows.filter((r): r is [string, string] => Boolean(r[1])).map(([label, value]) => ({ label, value }));
}

/** "DCC — organisation; contacts: Mari Toda (DCC)", "GS — Gemma Slaney (…)", or a warning nobody is reachable. */
function ownerText(data: Readonly<StoreData>, owner: string, actionRef?: string): string {
  const resolved = resolveOwner(data, owner, actionRef);
  const people = resolved.people.map((p) => describePerson(data, p)).join(', ');
  if (resolved.organisation) return `${owner} — organisation; ${people ? `contacts: ${people}` : 'no contacts in the directory, so nobody gets reminders'}`;
  const same = resolved.people.length === 1 && resolved.people[0]!.name.toLowerCase() === owner.toLowerCase();
  if (people) return same ? people : `${owner} — ${people}`;
  return `${owner} (not in the directory, so nobody gets reminders)`;
}

function proposalText(data: Readonly<StoreData>, ref: string): string {
  const found = findProposal(data, ref);
  return found ? `${found.proposal.ref} ${found.proposal.title} (${found.proposal.stage})` : ref;
}
