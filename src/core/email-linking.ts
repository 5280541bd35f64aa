import type { Caller } from './caller';
import type { Dispatch } from './dispatch';
import type { Clock, IdentityResolver, Logger, StorePort } from './ports';
import { linkByEmail, operationMeta } from '../domain/operations';
import { personForCaller } from '../domain/queries/person-for-caller';
import { personForEmail } from '../domain/operations/link-by-email';

export interface EmailLinkingDeps {
  store: StorePort;
  clock: Clock;
  logger: Logger;
  resolver: IdentityResolver;
  /** At most this many users' emails are remembered (a workspace's worth). */
  maxCached?: number;
}

/**
 * Before a command runs, a chat user not yet in the directory is linked to the entry whose email matches
 * their verified platform email, with owner rights. The email lookup happens once per user (cached,
 * failures included); the match is made against the current store every time, so someone added later
 * is linked on their next request. Any failure leaves today's behaviour: the command runs unlinked.
 */
export function withEmailLinking(dispatch: Dispatch, deps: EmailLinkingDeps): Dispatch {
  const emails = new Map<string, Promise<string | undefined>>();
  const max = deps.maxCached ?? 50_000;

  function emailOf(caller: Caller): Promise<string | undefined> {
    const key = caller.id;
    let found = emails.get(key);
    if (!found) {
      if (emails.size >= max) emails.clear();
      found = deps.resolver.emailOf(caller).catch((error: unknown) => {
        deps.logger.warn({ platform: caller.platform, err: error instanceof Error ? error.message : String(error) }, 'could not look up the user\'s email; they can still use link');
        return undefined;
      });
      emails.set(key, found);
    }
    return found;
  }

  async function linkIfKnown(caller: Caller): Promise<void> {
    if (caller.operator || caller.platform !== deps.resolver.platform) return;
    const data = deps.store.read();
    if (!data.people.some((p) => p.email) || personForCaller(data, caller.platform, caller.id)) return;
    const email = await emailOf(caller);
    if (!email || !personForEmail(deps.store.read(), email)) return;
    const now = deps.clock.now();
    const meta = operationMeta({ now, today: now.toISOString().slice(0, 10), source: `email match by ${caller.platform}:${caller.id}` });
    const person = await deps.store.transact({ actor: `${caller.platform}:${caller.id}`, command: `(linked by verified ${caller.platform} email)` }, (draft) =>
      linkByEmail(draft, email, caller.platform, caller.id, meta),
    );
    if (person) deps.logger.info({ platform: caller.platform, person: person.id }, 'linked a chat account to the directory by email');
  }

  return async (invocation) => {
    try {
      await linkIfKnown(invocation.caller);
    } catch (error) {
      deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'email linking failed; running the command unlinked');
    }
    return dispatch(invocation);
  };
}
