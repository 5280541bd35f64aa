import { addressKey, type Address, type TeamsAddress } from '../../core/address';
import type { Clock, StorePort } from '../../core/ports';
import type { Installation, StoreData } from '../../../storage/schema';

/** Where secbot is installed on Teams: written on install, removed on uninstall, read by the messenger. */
export function findInstallation(data: Readonly<StoreData>, address: Address): Installation | undefined {
  const key = addressKey(address);
  return data.installations.find((i) => addressKey(i.address) === key);
}

/** Recordings in flight, per conversation: a second event for the same one waits for the first. */
const inFlight = new WeakMap<StorePort, Map<string, Promise<unknown>>>();

/**
 * Insert or refresh (the service URL can move). Installing in a personal chat sends installationUpdate
 * and conversationUpdate together: whether this event is the first is decided inside the transaction
 * (which sees every earlier write), and events for one conversation are recorded one after another, so
 * exactly one of them gets 'added' however slow the store is.
 */
export async function recordInstallation(store: StorePort, clock: Clock, address: TeamsAddress, by?: string): Promise<'added' | 'updated' | 'unchanged'> {
  const key = addressKey(address);
  const pending = inFlight.get(store) ?? new Map<string, Promise<unknown>>();
  inFlight.set(store, pending);
  const before = pending.get(key);
  const run = (async () => {
    await before?.catch(() => {});
    const existing = findInstallation(store.read(), address);
    if (existing && sameAddress(existing.address, address)) return 'unchanged' as const;
    return store.transact({ actor: by ? `teams:${by}` : 'teams', command: 'teams install' }, (draft) => {
      const index = draft.installations.findIndex((i) => addressKey(i.address) === key);
      if (index >= 0 && sameAddress(draft.installations[index]!.address, address)) return 'unchanged' as const;
      if (index >= 0) draft.installations[index] = { ...draft.installations[index]!, address };
      else draft.installations.push({ address, installedAt: clock.now().toISOString(), ...(by ? { installedBy: `teams:${by}` } : {}) });
      return index >= 0 ? ('updated' as const) : ('added' as const);
    });
  })();
  pending.set(key, run);
  try {
    return await run;
  } finally {
    if (pending.get(key) === run) pending.delete(key);
  }
}

/** Forget a conversation; returns true when it was known. */
export async function forgetInstallation(store: StorePort, address: TeamsAddress, by?: string): Promise<boolean> {
  if (!findInstallation(store.read(), address)) return false;
  await store.transact({ actor: by ? `teams:${by}` : 'teams', command: 'teams uninstall' }, (draft) => {
    draft.installations = draft.installations.filter((i) => addressKey(i.address) !== addressKey(address));
  });
  return true;
}

function sameAddress(a: Address, b: TeamsAddress): boolean {
  if (a.platform !== 'teams') return false;
  const fields = ['conversationId', 'serviceUrl', 'tenantId', 'userId', 'conversationType'] as const;
  return fields.every((f) => a[f] === b[f]);
}
