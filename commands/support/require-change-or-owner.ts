import type { Caller } from '../../src/core/caller';
import type { CommandContext } from '../../src/core/command';
import { PermissionError } from '../../src/core/errors';
import { callerPerson, resolveOwner, type ResolvedOwner } from '../../src/domain/queries';
import type { Action, Person, StoreData } from '../../storage/schema';

/**
 * The caller is the action's owner: the directory person linked to their chat account is the owner
 * by name, initials or alias, or a contact of the owning organisation (the people reminders go to).
 */
export function isActionOwner(data: Readonly<StoreData>, caller: Caller, action: Action): boolean {
  const owner = linkedOwner(data, caller, action);
  return Boolean(owner && !owner.selfLinked?.includes(caller.platform));
}

/**
 * The directory person linked to the caller's chat account, when the action's owner resolves to them,
 * whether or not the change team has confirmed that link (enough for "Not mine", not for closing).
 */
export function linkedOwner(data: Readonly<StoreData>, caller: Caller, action: Action): Person | undefined {
  const me = callerPerson(data, caller);
  return me && resolveOwner(data, action.owner, action.ref).people.some((p) => p.id === me.id) ? me : undefined;
}

/**
 * For 'change-or-owner' commands: let the change team and the action's owner through; refuse anyone
 * else with who can, e.g. "Only the change team or the action's owner (SECAS: Bradley Baker) can close CSC 12/01."
 */
export function requireChangeOrOwner(ctx: CommandContext, data: Readonly<StoreData>, action: Action, what: { command: string; verb: string }): void {
  const { command, verb } = what;
  if (ctx.access.canChange(ctx.caller, data) || isActionOwner(data, ctx.caller, action)) return;
  const owner = ownerText(resolveOwner(data, action.owner, action.ref));
  const me = callerPerson(data, ctx.caller);
  if (!me) {
    // Not linked: they may be the owner without us knowing, and the change-team route is the usual one.
    throw new PermissionError(
      `You can't run "${command}": ${ctx.access.whoCan()}`,
      `The action's owner (${owner}) may also ${verb} ${action.ref}: if that is you, link your chat account first, e.g. link "Your Name".`,
    );
  }
  if (me.selfLinked?.includes(ctx.caller.platform) && linkedOwner(data, ctx.caller, action)) {
    throw new PermissionError(
      `You linked this account to ${me.name} yourself, so it can't ${verb} ${action.ref} until the change team confirms the link.`,
      `Ask a change-team member to run: link "${me.name}" for ${ctx.caller.platform}:${ctx.caller.id}`,
    );
  }
  throw new PermissionError(
    `Only the change team or the action's owner (${owner}) can ${verb} ${action.ref}.`,
    `You are ${ctx.caller.person !== undefined ? '' : 'linked as '}${me.name}. If ${action.ref} should be yours, ask the change team to reassign it.`,
  );
}

/** "SECAS: Bradley Baker", "Gemma Slaney", "GS: Gemma Slaney", or "DCC and SECAS: nobody in the directory". */
function ownerText(resolved: ResolvedOwner): string {
  const names = resolved.people.map((p) => p.name);
  if (!names.length) return `${resolved.owner}: nobody in the directory`;
  if (names.length === 1 && names[0]!.toLowerCase() === resolved.owner.toLowerCase()) return names[0]!;
  return `${resolved.owner}: ${names.join(', ')}`;
}
