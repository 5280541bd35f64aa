import { describe, expect, it } from 'vitest';
import { ConfigError, readDatabaseEnv, readEnv } from '../src/config';

describe('PostgreSQL configuration (SECBOT_DATABASE_*)', () => {
  it('is off unless SECBOT_DATABASE_URL is set; set, it has working defaults', () => {
    expect(readEnv({}).database).toBeUndefined();
    expect(readEnv({ SECBOT_DATABASE_URL: 'postgres://secbot:pw@db.internal:5432/secbot' }).database).toEqual({
      url: 'postgres://secbot:pw@db.internal:5432/secbot', poolSize: 10, tls: 'off', statementTimeoutMs: 10_000, leaderRetryMs: 10_000,
    });
    expect(readDatabaseEnv({ SECBOT_DATABASE_URL: 'postgresql://h/db', SECBOT_DATABASE_TLS: 'verify', SECBOT_DATABASE_CA_FILE: '/etc/ca.pem', SECBOT_LEADER_RETRY_MS: '500' })).toMatchObject({ tls: 'verify', caFile: '/etc/ca.pem', leaderRetryMs: 500 });
  });

  it('lists each wrong value with what would work', () => {
    const problems = (env: NodeJS.ProcessEnv) => {
      try {
        readEnv(env);
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
    };
    expect(problems({ SECBOT_DATABASE_URL: 'mysql://h/db' })).toContain('SECBOT_DATABASE_URL: expected a PostgreSQL address such as postgres://');
    expect(problems({ SECBOT_DATABASE_URL: 'postgres://h/db', SECBOT_DATA: 'x.json' })).toContain('set one or the other');
    expect(problems({ SECBOT_DATABASE_URL: 'postgres://h/db', SECBOT_DATABASE_CA_FILE: 'ca.pem' })).toContain('SECBOT_DATABASE_CA_FILE: only used with SECBOT_DATABASE_TLS=verify');
    expect(problems({ SECBOT_DATABASE_URL: 'postgres://h/db', SECBOT_LEADER_RETRY_MS: '60000' })).toContain('another instance must take over within 30 s');
    expect(problems({ SECBOT_DATABASE_URL: 'postgres://h/db', SECBOT_DATABASE_TLS: 'yes' })).toContain('SECBOT_DATABASE_TLS');
  });

  it('the CLI reads only these variables, so an unrelated chat setting does not stop a one-shot command', () => {
    expect(readDatabaseEnv({ SECBOT_DATABASE_URL: 'postgres://h/db', SLACK_BOT_TOKEN: 'not-a-token' })?.url).toBe('postgres://h/db');
  });
});
