import type { Clock, StorePort } from '../core/ports';
import { recordOutcomes, type RecordedOutcome } from './ledger';

export interface LedgerWriter {
  /** Resolves once the outcome is on disk; rejects if the store could not write it. */
  record(outcome: RecordedOutcome, recipient: string): Promise<void>;
}

interface Waiting {
  outcome: RecordedOutcome;
  recipient: string;
  resolve(): void;
  reject(error: unknown): void;
}

export const NOTIFIER_META = { actor: 'secbot', command: 'notify deliver' };

/**
 * Group commit: outcomes that arrive while a write is in progress go into the next write together,
 * so 1,000 sends cost a handful of store transactions while each outcome is still saved promptly.
 */
export function createLedgerWriter(store: StorePort, clock: Clock): LedgerWriter {
  let queue: Waiting[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      const recipients = new Map(batch.map((w) => [w.outcome.key, w.recipient]));
      try {
        await store.transact(NOTIFIER_META, (draft) => recordOutcomes(draft, batch.map((w) => w.outcome), recipients, clock.now()));
        for (const w of batch) w.resolve();
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    writing = false;
  }

  return {
    record(outcome, recipient) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ outcome, recipient, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}
