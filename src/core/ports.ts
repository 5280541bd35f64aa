import type { Address } from './address';
import type { Reply } from './reply';
import type { AuditRef } from '../../storage/audit-refs';
import type { AuditEntry, StoreData } from '../../storage/schema';

/** Time is a port so schedules and "Working Days left" are tested with a fake clock. */
export interface Clock {
  now(): Date;
}

export interface TransactMeta {
  /** Who made the change: "operator", "slack:U123", "import". */
  actor: string;
  /** The command line or job that made it: "action close CSC 12/01". */
  command: string;
}

/** Read the current document; write through a validated, atomic, audited transaction. */
export interface StorePort {
  read(): Readonly<StoreData>;
  /**
   * Runs `mutate` on a draft; if it returns without throwing, the changed document is validated,
   * audited and persisted atomically before the promise resolves. If it throws, nothing is written.
   */
  transact<T>(meta: TransactMeta, mutate: (draft: StoreData) => T): Promise<T>;
  /**
   * The audit entries that touched any of these entities (for a proposal, also its consultations),
   * oldest first. The audit log is not in the document: a store reads it through an index.
   * Without `refs`, every entry (reads the whole log: for tests and tools, not for commands).
   */
  auditOf(refs?: readonly AuditRef[]): readonly AuditEntry[];
}

/** Working-day arithmetic in Europe/London, with England & Wales bank holidays and local overrides. */
export interface Calendar {
  /** Today's date (YYYY-MM-DD) in Europe/London for the given instant. */
  londonDate(at: Date): string;
  isWorkingDay(date: string): boolean;
  /** Dates are YYYY-MM-DD; n may be negative. */
  addWorkingDays(date: string, n: number): string;
  /**
   * Working Days after `from`, up to and including `to` (16 Aug – 7 Sep 2023 → 15, as SECAS counts a
   * consultation); so workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` is earlier.
   */
  workingDaysBetween(from: string, to: string): number;
  nextWorkingDay(date: string): string;
  /** Bank holidays in the range, with names, for display. */
  holidaysBetween(from: string, to: string): { date: string; name: string }[];
}

export type SendResult =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      /** unreachable: will never work (user left, channel archived); transient: retry later. */
      reason: 'unreachable' | 'transient';
      error: string;
      retryAfterMs?: number;
    };

/** Proactive delivery, implemented by each platform. */
export interface Messenger {
  readonly platform: Address['platform'];
  /** `key` is the delivery ledger's key: a platform that can, attaches it to the message (see `delivered`). */
  send(address: Address, reply: Reply, key?: string): Promise<SendResult>;
  /**
   * Whether the message with this ledger key already reached the address since `since` (Slack: the key in
   * the message's metadata). Asked before sending again a delivery a process claimed and never recorded (it
   * was killed mid-delivery). undefined: the platform cannot tell, so the message is sent again.
   */
  delivered?(address: Address, key: string, since: Date): Promise<boolean | undefined>;
}

export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};

export const systemClock: Clock = { now: () => new Date() };

/** A file a user attached in chat (Slack file share, Teams attachment), handed to the importer. */
export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** Platforms call this when a message carries a file; the importer answers with a preview Reply. */
export type AttachmentHandler = (file: IncomingFile, caller: import('./caller').Caller) => Promise<import('./reply').Reply>;

/** One message in a reminder preview: who gets what, and whether it will go. */
export interface ReminderPreviewLine {
  kind: 'owner' | 'owner-fallback' | 'consultation' | 'digest';
  recipient: string;
  summary: string;
  /** "will send", "already sent 09:00", "unreachable: channel_not_found", "retrying at 09:05". */
  status: string;
}

export interface ReminderPreview {
  date: string;
  workingDay: boolean;
  note?: string;
  lines: ReminderPreviewLine[];
  /** Owners nobody can reach directly, and where their actions are listed instead. */
  unreachable: { owner: string; reason: string; actions: string[]; listedIn: string[] }[];
  /** Emails refused for good (SMTP 5xx) in the week before the date. */
  bounced?: { recipient: string; error: string; at: string }[];
}

export interface ReminderRunSummary {
  date: string;
  note?: string;
  sent: number;
  /** Already delivered earlier (the ledger), so not sent again. */
  skipped: number;
  unreachable: { recipient: string; error: string }[];
  /** Transient failures, retried later with backoff. */
  failed: { recipient: string; error: string }[];
}

/** Reminder runs, implemented by the notifier (src/notify); commands reach it through ctx.services. */
export interface ReminderRunner {
  preview(at: Date): ReminderPreview;
  run(at: Date): Promise<ReminderRunSummary>;
}

/** Optional long-lived services the composition root hands to commands. */
export interface CommandServices {
  reminders?: ReminderRunner;
  /** secbot's public https address (SECBOT_PUBLIC_URL), for calendar feed links. */
  publicUrl?: string;
}

/**
 * Looks up the verified email of a chat user on their own platform (Slack `users.info`, the Teams
 * conversation member API), so a directory entry with that email can be linked without `link`.
 * Resolves undefined when the platform does not say; may reject on network or permission errors.
 */
export interface IdentityResolver {
  readonly platform: 'slack' | 'teams';
  emailOf(caller: import('./caller').Caller): Promise<string | undefined>;
}
