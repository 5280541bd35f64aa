import { describe, expect, it } from 'vitest';
import { toSdkLogger } from '../../../src/platforms/teams/to-sdk-logger';
import { createCaptureLogger } from '../../e2e/teams/support/capture-logger';

describe('toSdkLogger', () => {
  it('masks bearer tokens and JWTs in messages and keeps only safe fields of errors', () => {
    const logs = createCaptureLogger();
    const sdk = toSdkLogger(logs);
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2lnbmF0dXJlLXZhbHVl';
    const axiosLike = Object.assign(new Error('Request failed with status code 500'), { code: 'ERR_BAD_RESPONSE', response: { status: 500 }, config: { headers: { Authorization: `Bearer ${jwt}` } } });
    sdk.error('send failed with Authorization: Bearer abc.def', axiosLike);
    sdk.child('http').warn('token was', jwt, { authorization: `Bearer ${jwt}`, conversation: 'a:1' });
    const text = logs.text();
    expect(text).not.toContain(jwt);
    expect(text).not.toContain('abc.def');
    expect(logs.lines[0]).toMatchObject({ level: 'error', obj: { err: { name: 'Error', code: 'ERR_BAD_RESPONSE', status: 500 } } });
    expect(logs.lines[1]).toMatchObject({ level: 'warn', obj: { sdk: 'teams-sdk/http', detail: expect.stringContaining('"conversation":"a:1"') } });
  });

  it('a refused inbound token is a warning, not an error', () => {
    const logs = createCaptureLogger();
    toSdkLogger(logs).error('JWT validation failed', new Error('Invalid token'));
    expect(logs.lines[0]!.level).toBe('warn');
  });
});
