import type { Address } from '../core/address';
import type { Calendar } from '../core/ports';
import type { Reply } from '../core/reply';
import type { Delivery, StoreData } from '../../storage/schema';
import type { PlanDay } from './action-due-reason';
import type { Platform } from './person-address';

export type PlannedKind = 'owner' | 'owner-fallback' | 'consultation' | 'digest';

/** One message a reminder run would send. `key` is its exactly-once key on the delivery ledger. */
export interface PlannedMessage {
  key: string;
  kind: PlannedKind;
  /** Who receives it, for people: "Jordan Crase (Slack DM to U123)". */
  recipient: string;
  address: Address;
  reply: Reply;
  /** One line for `remind preview`. */
  summary: string;
}

/** An owner nobody can reach, with where their actions are listed instead (maybe nowhere). */
export interface UnreachableOwner {
  owner: string;
  reason: string;
  actions: string[];
  listedIn: string[];
}

export interface ReminderPlan {
  date: string;
  workingDay: boolean;
  note?: string;
  messages: PlannedMessage[];
  unreachable: UnreachableOwner[];
}

/** Everything a part of the planner reads. */
export interface PlanContext extends PlanDay {
  data: Readonly<StoreData>;
  at: Date;
  calendar: Calendar;
  platforms: readonly Platform[];
  ledger: ReadonlyMap<string, Delivery>;
}
