import { describe, expect, it } from 'vitest';
import { createCardSigner } from '../../../src/platforms/teams/card-signer';

describe('createCardSigner', () => {
  const signer = createCardSigner('secret-a');

  it('accepts exactly what it signed, with Teams\' own keys added', () => {
    expect(signer.check({ ...signer.sign('status DP096'), msteams: { type: 'messageBack' } })).toEqual({ ok: true, command: 'status DP096' });
  });

  it('refuses an edited command, a button from another installation, and malformed data', () => {
    const data = signer.sign('action close "CSC 12/01"');
    expect(signer.check({ ...data, command: 'action close "CSC 10/01"' })).toEqual({ ok: false, problem: 'tampered' });
    expect(createCardSigner('secret-b').check(data)).toEqual({ ok: false, problem: 'tampered' });
    for (const junk of [undefined, null, 'text', [], {}, { secbot: 2, command: 'x', sig: data.sig }, { ...data, command: '   ' }, { ...data, sig: 'short' }]) {
      expect(signer.check(junk)).toEqual({ ok: false, problem: 'malformed' });
    }
  });

  it('without a configured secret, buttons still verify within the same process', () => {
    const random = createCardSigner(undefined);
    expect(random.check(random.sign('help'))).toEqual({ ok: true, command: 'help' });
    expect(createCardSigner(undefined).check(random.sign('help'))).toEqual({ ok: false, problem: 'tampered' });
  });

  it("signs a button's mode, view and owner with its command: none of them can be changed or dropped", () => {
    const data = signer.sign('status DP096', { mode: 'private', view: 'v1' });
    expect(signer.check(data)).toEqual({ ok: true, command: 'status DP096', mode: 'private', view: 'v1' });
    const { mode: _dropped, ...withoutMode } = data;
    expect(signer.check(withoutMode)).toEqual({ ok: false, problem: 'tampered' });
    expect(signer.check({ ...data, view: 'v2' })).toEqual({ ok: false, problem: 'tampered' });
    expect(signer.check({ ...signer.sign('', { mode: 'share', view: 'v1', owner: 'aad-a' }), owner: 'aad-b' })).toEqual({ ok: false, problem: 'tampered' });
  });
});
