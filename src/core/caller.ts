import type { Address } from './address';

export type CallerPlatform = 'console' | 'cli' | 'slack' | 'teams';

/** Who is asking, and from where. */
export interface Caller {
  platform: CallerPlatform;
  /** Platform user id (Slack U…, Teams AAD object id); "operator" on console and CLI. */
  id: string;
  name?: string;
  /** Whoever runs the console or CLI on the store's machine is the operator: change-team rights. */
  operator?: boolean;
  /**
   * The directory person (people[].id) this caller acts as, without a chat account: the command line's
   * `--as NAME`. Then their rights are that person's, and `mine` means theirs.
   */
  person?: string;
  /** Where the command was typed; used by subscribe, settings and replies. */
  address?: Address;
}

/** "slack:U123", "teams:abc", "operator": the actor recorded in the audit log. */
export function callerKey(caller: Caller): string {
  return caller.operator ? 'operator' : `${caller.platform}:${caller.id}`;
}
