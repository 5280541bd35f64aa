import type { Address } from '../core/address';
import type { Person, StoreData } from '../../storage/schema';
import { personAddress, type Platform } from './person-address';

export type PersonReach = { addresses: Address[]; reason?: undefined } | { addresses?: undefined; reason: string };

/**
 * Where a person's reminders go, by their preference (`person update NAME reminders …`): by default a
 * chat DM when they have a linked account on a connected platform, else their email; "both" sends to
 * each; "none" sends nothing (their actions are listed in committee channels like any unreachable owner).
 */
export function personReach(data: Readonly<StoreData>, person: Person, platforms: readonly Platform[]): PersonReach {
  const preference = person.reminders;
  if (preference === 'none') return { reason: `${person.name} turned reminders off (person update "${person.name}" reminders email|chat|both turns them on)` };
  const chat = personAddress(data, person, platforms.filter((p) => p !== 'email'));
  const email = emailReach(person, platforms);
  if (preference === 'chat') return chat.address ? { addresses: [chat.address] } : { reason: chat.reason };
  if (preference === 'email') return email.address ? { addresses: [email.address] } : { reason: email.reason };
  if (preference === 'both') {
    const addresses = [chat.address, email.address].filter((a): a is Address => a !== undefined);
    return addresses.length ? { addresses } : { reason: `${chat.reason}; ${email.reason}` };
  }
  if (chat.address) return { addresses: [chat.address] };
  if (email.address) return { addresses: [email.address] };
  return { reason: person.email ? `${chat.reason}; ${email.reason}` : chat.reason };
}

function emailReach(person: Person, platforms: readonly Platform[]): { address?: Address; reason: string } {
  if (!person.email) return { reason: `${person.name} has no email in the directory` };
  if (!platforms.includes('email')) return { reason: 'email is not configured (SECBOT_SMTP_URL)' };
  return { address: { platform: 'email', to: person.email, personId: person.id }, reason: '' };
}
