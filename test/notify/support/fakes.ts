import { addressKey, type Address } from '../../../src/core/address';
import type { Clock, Messenger, SendResult } from '../../../src/core/ports';
import type { Reply } from '../../../src/core/reply';

export interface FakeClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export function createFakeClock(iso: string): FakeClock {
  let now = new Date(iso).getTime();
  return { now: () => new Date(now), set: (at) => void (now = new Date(at).getTime()), advance: (ms) => void (now += ms) };
}

/** Waiting moves the fake clock instead of real time; every wait is recorded. */
export function fakeSleep(clock: FakeClock, waits: number[] = []) {
  return async (ms: number): Promise<void> => {
    waits.push(ms);
    clock.advance(ms);
  };
}

export interface SentMessage {
  to: string;
  address: Address;
  reply: Reply;
  at: Date;
}

export type Behaviour = (address: Address, reply: Reply, attempt: number) => SendResult;

export interface FakeMessenger extends Messenger {
  sent: SentMessage[];
  attempts: number;
  behave(behaviour: Behaviour): void;
  /** Messages delivered to one address key. */
  to(key: string): SentMessage[];
}

/** Records deliveries; `behave` makes it fail (429, 5xx, unreachable) the way a platform would. */
export function createFakeMessenger(platform: Address['platform'], clock: Clock): FakeMessenger {
  let behaviour: Behaviour = () => ({ ok: true });
  const messenger: FakeMessenger = {
    platform,
    sent: [],
    attempts: 0,
    behave: (b) => void (behaviour = b),
    to: (key) => messenger.sent.filter((m) => m.to === key),
    async send(address, reply) {
      messenger.attempts++;
      const result = behaviour(address, reply, messenger.attempts);
      if (result.ok) messenger.sent.push({ to: addressKey(address), address, reply, at: clock.now() });
      return result;
    },
  };
  return messenger;
}

export const rateLimited = (retryAfterMs = 1000): SendResult => ({ ok: false, reason: 'transient', error: 'ratelimited', retryAfterMs });
