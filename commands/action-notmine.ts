import { defineCommand, type CommandContext } from '../src/core/command';
import { PermissionError, UserError } from '../src/core/errors';
import type { Reply } from '../src/core/reply';
import { emitEvent, updateAction } from '../src/domain/operations';
import { callerPerson, requireAction } from '../src/domain/queries';
import type { Action, StoreData } from '../storage/schema';
import { subscribedChannels } from '../src/notify/subscribers';
import { linkedOwner } from './support/require-change-or-owner';
import { metaFor } from './support/write-meta';
import { takeActionRef } from './support/write-words';

const example = 'action notmine "CSC 12/01"';

export const actionNotMineCommand = defineCommand({
  name: 'action notmine',
  aliases: ['action not mine'],
  group: 'Actions',
  summary: 'Say an action is not yours (the "Not mine" button): it is noted on the action and the change team is told.',
  usage: 'action notmine REF',
  examples: [example],
  // The owner presses this on their own reminder, so it is not change-team only; run() checks who may.
  access: 'read',
  writes: true,
  parse(args) {
    const words = [...args];
    const ref = takeActionRef(words, example);
    if (words.length) throw new UserError(`I didn't understand "${words.join(' ').slice(0, 60)}".`, `For example: ${example}`);
    return { ref };
  },
  async run({ ref }, ctx) {
    const data = ctx.store.read();
    const action = requireAction(data, ref);
    if (action.status !== 'Open') throw new UserError(`${action.ref} is already closed.`, `See it with: action "${action.ref}"`);
    const who = callerName(ctx, data);
    if (!ctx.access.canChange(ctx.caller, data) && !linkedOwner(data, ctx.caller, action)) {
      throw new PermissionError(`Only ${action.owner} (the owner on record) or the change team can say ${action.ref} is not theirs.`, 'If it is wrongly assigned to you, ask the change team.');
    }
    const text = `Not mine: ${who} says this action is not theirs.`;
    await ctx.transact((draft) => {
      const meta = metaFor(ctx, 'action notmine');
      const updated = updateAction(draft, { ref: action.ref, text, by: who }, meta);
      emitEvent(draft, meta, 'action.disowned', updated.ref, { ref: updated.ref, owner: updated.owner, committee: updated.committee, by: who, text: updated.text });
    });
    return toReply(action, data);
  },
});

function callerName(ctx: CommandContext, data: Readonly<StoreData>): string {
  return callerPerson(data, ctx.caller)?.name ?? ctx.caller.name ?? `${ctx.caller.platform}:${ctx.caller.id}`;
}

function toReply(action: Action, data: Readonly<StoreData>): Reply {
  const team = data.people.filter((p) => p.roles.includes('change-team') && Object.keys(p.platformIds).length).length;
  const channels = subscribedChannels(data, { committees: [action.committee] }).length;
  const told = team
    ? `the change team (${team} ${team === 1 ? 'person' : 'people'}) will be told`
    : channels
      ? `no change-team member has a chat id, so the channels following ${action.committee} will be told`
      : `nobody can be told in chat (no change-team member has a chat id and no channel follows ${action.committee}), but it is noted on the action`;
  return {
    kind: 'success',
    title: `Noted: ${action.ref} is not yours`,
    text: `It stays with ${action.owner} until the change team reassigns it; ${told}.`,
    fields: [{ label: 'Action', value: action.text }],
  };
}
