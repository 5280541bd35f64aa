import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createLinkSigner } from '../../src/platforms/email/link-tokens';

const now = new Date('2026-03-03T09:00:00Z');
const day = 86_400_000;

describe('signed email links', () => {
  const signer = createLinkSigner(randomBytes(32));

  it('a Done link works for 14 days, for its person and action only', () => {
    const token = signer.sign({ kind: 'done', person: 'jane-owner', ref: 'CSC 12/01' }, now);
    expect(signer.verify(token, new Date(now.getTime() + 13 * day))).toMatchObject({ kind: 'done', person: 'jane-owner', ref: 'CSC 12/01' });
    expect(signer.verify(token, new Date(now.getTime() + 15 * day))).toBe('expired');
  });

  it('refuses a link signed with another key, or with any part changed', () => {
    const token = signer.sign({ kind: 'unsubscribe', person: 'jane-owner' }, now);
    expect(createLinkSigner(randomBytes(32)).verify(token, now)).toBeUndefined();
    const [payload, signature] = token.split('.') as [string, string];
    const claim = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const other = Buffer.from(JSON.stringify({ ...claim, person: 'bob-other' })).toString('base64url');
    expect(signer.verify(`${other}.${signature}`, now)).toBeUndefined();
    const later = Buffer.from(JSON.stringify({ ...claim, exp: claim.exp + 365 * day })).toString('base64url');
    expect(signer.verify(`${later}.${signature}`, now)).toBeUndefined();
    expect(signer.verify(`${payload}.${'A'.repeat(32)}`, now)).toBeUndefined();
    expect(signer.verify('x'.repeat(5000), now)).toBeUndefined();
  });
});
