import type { Caller } from './caller';
import { callerKey } from './caller';
import type { StoreData } from '../../storage/schema';

/**
 * Who may change data: the operator, anyone listed in config (`SECBOT_CHANGE_TEAM`, entries like
 * `slack:U123` or `teams:<aad-id>`), and directory people with the `change-team` role whose
 * platform id matches the caller.
 */
export interface AccessPolicy {
  canChange(caller: Caller, data: Readonly<StoreData>): boolean;
  /** One sentence telling a refused caller who can make the change. */
  whoCan(): string;
}

export function createAccessPolicy(changeTeam: readonly string[]): AccessPolicy {
  const configured = new Set(changeTeam.map((entry) => entry.trim()).filter(Boolean));
  return {
    canChange(caller, data) {
      if (caller.operator) return true;
      // Acting as a directory person (CLI --as): exactly their rights.
      if (caller.person !== undefined) return data.people.some((p) => p.id === caller.person && p.roles.includes('change-team'));
      if (configured.has(callerKey(caller))) return true;
      return data.people.some(
        (person) => person.roles.includes('change-team') && person.platformIds[caller.platform] === caller.id,
      );
    },
    whoCan() {
      return 'Only the SEC change team can change data. Ask a change-team member, or an admin to add you to SECBOT_CHANGE_TEAM.';
    },
  };
}
