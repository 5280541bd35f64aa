import { callerKey } from '../../src/core/caller';
import type { CommandContext } from '../../src/core/command';
import { parseUserDate } from '../../src/domain/dates';
import { operationMeta, type OperationMeta } from '../../src/domain/operations';

/** Today's date in Europe/London for this invocation. */
export function todayOf(ctx: CommandContext): string {
  return ctx.calendar.londonDate(ctx.clock.now());
}

/** The meta for an operation run by a chat command: source "advance by slack:U123". */
export function metaFor(ctx: CommandContext, verb: string): OperationMeta {
  const who = callerKey(ctx.caller);
  return operationMeta({ now: ctx.clock.now(), today: todayOf(ctx), source: `${verb} by ${who}`, actor: ctx.caller.name ?? who, calendar: ctx.calendar });
}

/** A typed date ("28 Jun 2023", "today") as YYYY-MM-DD; undefined stays undefined. */
export function userDate(ctx: CommandContext, text: string | undefined): string | undefined {
  return text === undefined ? undefined : parseUserDate(text, todayOf(ctx));
}
