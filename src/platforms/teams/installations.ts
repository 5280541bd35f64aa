import { addressKey, type Address, type TeamsAddress } from '../../core/address';
import type { Clock, StorePort } from '../../core/ports';
import type { Installation, StoreData } from '../../../storage/schema';

/** Where secbot is installed on Teams: written on install, removed on uninstall, read by the messenger. */
export function findInstallation(data: Readonly<StoreData>, address: Address): Installation | undefined {
  const key = addressKey(address);
  return data.installations.find((i) => addressKey(i.address) === key);
}

/** Insert or refresh (the service URL can move). */
export async function recordInstallation(store: StorePort, clock: Clock, address: TeamsAddress, by?: string): Promise<'added' | 'updated' | 'unchanged'> {
  const existing = findInstallation(store.read(), address);
  if (existing && sameAddress(existing.address, address)) return 'unchanged';
  await store.transact({ actor: by ? `teams:${by}` : 'teams', command: 'teams install' }, (draft) => {
    const index = draft.installations.findIndex((i) => addressKey(i.address) === addressKey(address));
    const entry: Installation = index >= 0
      ? { ...draft.installations[index]!, address }
      : { address, installedAt: clock.now().toISOString(), ...(by ? { installedBy: `teams:${by}` } : {}) };
    if (index >= 0) draft.installations[index] = entry;
    else draft.installations.push(entry);
  });
  return existing ? 'updated' : 'added';
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
