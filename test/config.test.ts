import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../src/config';

describe('readEnv', () => {
  it('needs nothing: no credentials means console only, with sensible defaults', () => {
    const config = readEnv({});
    expect(config.slack).toBeUndefined();
    expect(config.teams).toBeUndefined();
    expect(config.port).toBe(3000);
    expect(config.reminderCron).toBe('0 9 * * 1-5');
    expect(config.changeTeam).toEqual([]);
  });

  it('turns Slack on with a bot token and a signing secret, Teams with an app id and password', () => {
    const config = readEnv({
      SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', TEAMS_APP_ID: 'id', TEAMS_APP_PASSWORD: 'pw',
      SECBOT_CHANGE_TEAM: 'slack:U1, teams:abc', PORT: '8080',
    });
    expect(config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's' });
    expect(config.teams).toMatchObject({ appId: 'id', appPassword: 'pw', allowUnauthenticated: false });
    expect(config.changeTeam).toEqual(['slack:U1', 'teams:abc']);
    expect(config.port).toBe(8080);
  });

  it('lists every problem at once', () => {
    const error = (() => {
      try {
        readEnv({ SLACK_SIGNING_SECRET: 's', TEAMS_APP_ID: 'id', PORT: 'eighty' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).toContain('PORT');
  });

  it('names each missing credential when a platform is half configured', () => {
    expect(() => readEnv({ SLACK_SIGNING_SECRET: 's', TEAMS_APP_ID: 'id' })).toThrow(/SLACK_BOT_TOKEN[\s\S]*TEAMS_APP_PASSWORD/);
    expect(() => readEnv({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET \(HTTP mode\) or SLACK_APP_TOKEN/);
    expect(() => readEnv({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_SIGNING_SECRET: 's' })).toThrow(/starts with xoxb-/);
  });

  it('refuses unauthenticated Teams in production', () => {
    expect(readEnv({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }).teams?.allowUnauthenticated).toBe(true);
    expect(() => readEnv({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', NODE_ENV: 'production' })).toThrow(/refused when NODE_ENV=production/);
    expect(() => readEnv({ TEAMS_ALLOW_UNAUTHENTICATED: 'true', TEAMS_APP_ID: 'id', TEAMS_APP_PASSWORD: 'pw' })).toThrow(/cannot be combined with TEAMS_APP_ID/);
  });

  it('reads SECBOT_PUBLIC_URL for calendar links, without a trailing slash, and refuses one that is not a web address', () => {
    expect(readEnv({}).publicUrl).toBeUndefined();
    expect(readEnv({ SECBOT_PUBLIC_URL: 'https://secbot.example.org/' }).publicUrl).toBe('https://secbot.example.org');
    expect(() => readEnv({ SECBOT_PUBLIC_URL: 'secbot.example.org' })).toThrow(/SECBOT_PUBLIC_URL: expected an address such as https:\/\/secbot.example.org/);
    expect(() => readEnv({ SECBOT_PUBLIC_URL: 'ftp://secbot.example.org' })).toThrow(/SECBOT_PUBLIC_URL/);
  });

  it('turns email on with SECBOT_SMTP_URL and SECBOT_MAIL_FROM, and names what is missing or wrong', () => {
    expect(readEnv({}).email).toBeUndefined();
    const config = readEnv({ SECBOT_SMTP_URL: 'smtps://mail.example.org:465', SECBOT_SMTP_USER: 'secbot', SECBOT_SMTP_PASSWORD: 'pw', SECBOT_MAIL_FROM: 'secbot <secbot@example.org>' });
    expect(config.email).toEqual({ smtpUrl: 'smtps://mail.example.org:465', user: 'secbot', password: 'pw', from: 'secbot <secbot@example.org>' });
    expect(() => readEnv({ SECBOT_SMTP_URL: 'smtp://mail.example.org' })).toThrow(/SECBOT_MAIL_FROM: required with SECBOT_SMTP_URL/);
    expect(() => readEnv({ SECBOT_SMTP_URL: 'https://mail.example.org', SECBOT_MAIL_FROM: 'a@b.c' })).toThrow(/SECBOT_SMTP_URL: expected smtp:\/\/host:587 or smtps:\/\/host:465/);
    expect(() => readEnv({ SECBOT_MAIL_FROM: 'a@b.c' })).toThrow(/SECBOT_SMTP_URL: required to send email/);
    expect(() => readEnv({ SECBOT_SMTP_URL: 'smtp://h', SECBOT_MAIL_FROM: 'a@b.c', SECBOT_SMTP_PASSWORD: 'pw' })).toThrow(/SECBOT_SMTP_USER: required with SECBOT_SMTP_PASSWORD/);
    expect(() => readEnv({ SECBOT_LINK_SECRET: 'short' })).toThrow(/SECBOT_LINK_SECRET: use at least 32 characters/);
    expect(() => readEnv({ SECBOT_SMTP_URL: 'smtp://h', SECBOT_MAIL_FROM: 'secbot' })).toThrow(/SECBOT_MAIL_FROM: expected an address such as secbot@example.org/);
    expect(readEnv({ SECBOT_SMTP_URL: 'smtp://h', SECBOT_MAIL_FROM: 'secbot@example.org' }).email?.from).toBe('secbot@example.org');
  });
});
