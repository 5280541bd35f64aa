import { z } from 'zod';

const DEFAULT_REMINDER_CRON = '0 9 * * 1-5';
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const optionalText = z.string().trim().min(1).optional();

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  SECBOT_DATA: optionalText,
  SECBOT_CHANGE_TEAM: z.string().default(''),
  SECBOT_HOLIDAYS_FILE: optionalText,
  SECBOT_REMINDER_CRON: z.string().trim().min(9, 'expected a cron expression such as "0 9 * * 1-5"').default(DEFAULT_REMINDER_CRON),
  SECBOT_LEDGER_RETENTION_DAYS: z.coerce.number().int().min(30, 'keep delivered keys at least 30 days').default(400),
  SECBOT_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SECBOT_CONSOLE: flag.optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  SECBOT_PUBLIC_URL: z.string().url('expected an address such as https://secbot.example.org').regex(/^https?:\/\//i, 'expected an http(s) address such as https://secbot.example.org').optional(),
  SLACK_BOT_TOKEN: z.string().startsWith('xoxb-', 'a bot token starts with xoxb-').optional(),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'an app-level token starts with xapp-').optional(),
  SLACK_API_URL: z.string().url().optional(),
  TEAMS_APP_ID: optionalText,
  TEAMS_APP_PASSWORD: optionalText,
  TEAMS_TENANT_ID: optionalText,
  TEAMS_ALLOW_UNAUTHENTICATED: flag.optional(),
  TEAMS_SERVICE_URL: z.string().url().optional(),
  TEAMS_CARD_SECRET: z.string().min(16, 'use at least 16 characters').optional(),
  TEAMS_FILE_HOSTS: optionalText,
  SECBOT_SMTP_URL: z.string().trim().regex(/^smtps?:\/\/[^\s/]+/i, 'expected smtp://host:587 or smtps://host:465 (user and password may be in the URL)').optional(),
  SECBOT_SMTP_USER: optionalText,
  SECBOT_SMTP_PASSWORD: optionalText,
  SECBOT_MAIL_FROM: z.string().trim().regex(/^(?:[^<>]*<\s*)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+\s*>?$/, 'expected an address such as secbot@example.org or "secbot <secbot@example.org>"').optional(),
  SECBOT_LINK_SECRET: z.string().min(32, 'use at least 32 characters').optional(),
  SECBOT_DATABASE_URL: z.string().trim().regex(/^postgres(ql)?:\/\/[^\s]+$/, 'expected a PostgreSQL address such as postgres://secbot:PASSWORD@db.example.org:5432/secbot').optional(),
  SECBOT_DATABASE_POOL_SIZE: z.coerce.number().int().min(2, 'use at least 2 connections').max(100).default(10),
  SECBOT_DATABASE_TLS: z.enum(['off', 'require', 'verify']).default('off'),
  SECBOT_DATABASE_CA_FILE: optionalText,
  SECBOT_DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100, 'use at least 100 ms').default(10_000),
  SECBOT_LEADER_RETRY_MS: z.coerce.number().int().min(100, 'use at least 100 ms').max(30_000, 'at most 30000 (another instance must take over within 30 s)').default(10_000),
});

export interface SlackSettings {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
}

export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  allowUnauthenticated: boolean;
  serviceUrl?: string;
  /** Signs card buttons; without it the key is derived from the app password. */
  cardSecret?: string;
  /** Extra hosts Teams attachments may be downloaded from. */
  fileHosts?: string[];
}

export interface EmailSettings {
  /** SECBOT_SMTP_URL: smtp:// (STARTTLS when offered) or smtps:// (TLS). Kept out of logs. */
  smtpUrl: string;
  user?: string;
  password?: string;
  /** SECBOT_MAIL_FROM: "secbot <secbot@example.org>". */
  from: string;
}

/** SECBOT_DATABASE_*: when `url` is set, the store is PostgreSQL instead of the JSON file. */
export interface DatabaseSettings {
  url: string;
  poolSize: number;
  /** off: plain TCP (loopback, a private network); require: TLS without checking the certificate; verify: TLS checked against the system CAs or `caFile`. */
  tls: 'off' | 'require' | 'verify';
  caFile?: string;
  statementTimeoutMs: number;
  /** How often an instance that does not lead tries to take over the scheduler and outbox. */
  leaderRetryMs: number;
}

export interface Config {
  production: boolean;
  /** Undefined when not set: the console then falls back to demo data if ./data/secbot.json is absent. */
  dataFile?: string;
  changeTeam: string[];
  holidaysFile?: string;
  reminderCron: string;
  /** SECBOT_LEDGER_RETENTION_DAYS: how long delivered keys and old outbox events are kept ("not twice"). */
  ledgerRetentionDays: number;
  logLevel: string;
  forceConsole: boolean;
  port: number;
  /** secbot's public address (SECBOT_PUBLIC_URL, no trailing slash): calendar feed links point here. */
  publicUrl?: string;
  slack?: SlackSettings;
  teams?: TeamsSettings;
  email?: EmailSettings;
  /** SECBOT_LINK_SECRET: signs the Done / Snooze / unsubscribe links in emails (else a key file beside the store). */
  linkSecret?: string;
  /** SECBOT_DATABASE_URL and friends: run on PostgreSQL (several instances) instead of the JSON store. */
  database?: DatabaseSettings;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Read configuration from the environment; every missing or invalid variable is listed at once. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const problems = [...slackProblems(e), ...teamsProblems(e), ...emailProblems(e), ...databaseProblems(e)];
  if (problems.length) throw new ConfigError(`Invalid configuration (see .env.example):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  return {
    production: e.NODE_ENV === 'production',
    ...(e.SECBOT_DATA ? { dataFile: e.SECBOT_DATA } : {}),
    changeTeam: e.SECBOT_CHANGE_TEAM.split(',').map((s) => s.trim()).filter(Boolean),
    ...(e.SECBOT_HOLIDAYS_FILE ? { holidaysFile: e.SECBOT_HOLIDAYS_FILE } : {}),
    reminderCron: e.SECBOT_REMINDER_CRON,
    ledgerRetentionDays: e.SECBOT_LEDGER_RETENTION_DAYS,
    logLevel: e.SECBOT_LOG_LEVEL,
    forceConsole: e.SECBOT_CONSOLE ?? false,
    port: e.PORT,
    ...(e.SECBOT_PUBLIC_URL ? { publicUrl: e.SECBOT_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    ...(e.SLACK_BOT_TOKEN ? { slack: slackSettings(e) } : {}),
    ...(e.TEAMS_APP_ID || e.TEAMS_ALLOW_UNAUTHENTICATED ? { teams: teamsSettings(e) } : {}),
    ...(e.SECBOT_SMTP_URL ? { email: emailSettings(e) } : {}),
    ...(e.SECBOT_LINK_SECRET ? { linkSecret: e.SECBOT_LINK_SECRET } : {}),
    ...(e.SECBOT_DATABASE_URL ? { database: databaseSettings(e) } : {}),
  };
}

type Env = z.infer<typeof envSchema>;

const DATABASE_KEYS = ['SECBOT_DATA', 'SECBOT_DATABASE_URL', 'SECBOT_DATABASE_POOL_SIZE', 'SECBOT_DATABASE_TLS', 'SECBOT_DATABASE_CA_FILE', 'SECBOT_DATABASE_STATEMENT_TIMEOUT_MS', 'SECBOT_LEADER_RETRY_MS'] as const;

/** Only the database variables (the CLI: a one-shot command must not fail on an unrelated chat setting). */
export function readDatabaseEnv(env: NodeJS.ProcessEnv = process.env): DatabaseSettings | undefined {
  const schema = envSchema.pick(Object.fromEntries(DATABASE_KEYS.map((k) => [k, true])) as Record<(typeof DATABASE_KEYS)[number], true>);
  const parsed = schema.safeParse(blankToUndefined(env));
  if (!parsed.success) throw new ConfigError(`Invalid configuration (see .env.example):\n${parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  const e = parsed.data as Env;
  const problems = databaseProblems(e);
  if (problems.length) throw new ConfigError(`Invalid configuration (see .env.example):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  return e.SECBOT_DATABASE_URL ? databaseSettings(e) : undefined;
}

function slackProblems(e: Env): string[] {
  const anySlack = e.SLACK_BOT_TOKEN || e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN;
  if (!anySlack) return [];
  const problems: string[] = [];
  if (!e.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: required to turn Slack on (xoxb-…)');
  if (!e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode): one is required to turn Slack on');
  }
  return problems;
}

function teamsProblems(e: Env): string[] {
  const problems: string[] = [];
  if (e.TEAMS_APP_ID && !e.TEAMS_APP_PASSWORD) problems.push('TEAMS_APP_PASSWORD: required with TEAMS_APP_ID');
  if (e.TEAMS_APP_PASSWORD && !e.TEAMS_APP_ID) problems.push('TEAMS_APP_ID: required with TEAMS_APP_PASSWORD');
  if (e.TEAMS_ALLOW_UNAUTHENTICATED && e.NODE_ENV === 'production') {
    problems.push('TEAMS_ALLOW_UNAUTHENTICATED: refused when NODE_ENV=production (every Teams request must carry a valid token)');
  }
  if (e.TEAMS_ALLOW_UNAUTHENTICATED && e.TEAMS_APP_ID) {
    problems.push('TEAMS_ALLOW_UNAUTHENTICATED: cannot be combined with TEAMS_APP_ID (unsigned requests could make the bot send its token elsewhere); use one or the other');
  }
  return problems;
}

function emailProblems(e: Env): string[] {
  const problems: string[] = [];
  const other = e.SECBOT_SMTP_USER || e.SECBOT_SMTP_PASSWORD || e.SECBOT_MAIL_FROM;
  if (other && !e.SECBOT_SMTP_URL) problems.push('SECBOT_SMTP_URL: required to send email (smtp://host:587 or smtps://host:465)');
  if (e.SECBOT_SMTP_URL && !e.SECBOT_MAIL_FROM) problems.push('SECBOT_MAIL_FROM: required with SECBOT_SMTP_URL, e.g. "secbot <secbot@example.org>"');
  if (e.SECBOT_SMTP_PASSWORD && !e.SECBOT_SMTP_USER) problems.push('SECBOT_SMTP_USER: required with SECBOT_SMTP_PASSWORD');
  return problems;
}

function emailSettings(e: Env): EmailSettings {
  return {
    smtpUrl: e.SECBOT_SMTP_URL!,
    ...(e.SECBOT_SMTP_USER ? { user: e.SECBOT_SMTP_USER } : {}),
    ...(e.SECBOT_SMTP_PASSWORD ? { password: e.SECBOT_SMTP_PASSWORD } : {}),
    from: e.SECBOT_MAIL_FROM!,
  };
}

function databaseProblems(e: Env): string[] {
  if (e.SECBOT_DATABASE_URL && e.SECBOT_DATA) return ['SECBOT_DATA and SECBOT_DATABASE_URL: set one or the other (the JSON store file, or PostgreSQL); to copy a JSON store into the database run "npx secbot migrate FILE"'];
  if (e.SECBOT_DATABASE_CA_FILE && e.SECBOT_DATABASE_TLS !== 'verify') return ['SECBOT_DATABASE_CA_FILE: only used with SECBOT_DATABASE_TLS=verify'];
  return [];
}

function databaseSettings(e: Env): DatabaseSettings {
  return {
    url: e.SECBOT_DATABASE_URL!,
    poolSize: e.SECBOT_DATABASE_POOL_SIZE,
    tls: e.SECBOT_DATABASE_TLS,
    ...(e.SECBOT_DATABASE_CA_FILE ? { caFile: e.SECBOT_DATABASE_CA_FILE } : {}),
    statementTimeoutMs: e.SECBOT_DATABASE_STATEMENT_TIMEOUT_MS,
    leaderRetryMs: e.SECBOT_LEADER_RETRY_MS,
  };
}

function slackSettings(e: Env): SlackSettings {
  return {
    botToken: e.SLACK_BOT_TOKEN!,
    ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
    ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
    ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
  };
}

function teamsSettings(e: Env): TeamsSettings {
  return {
    ...(e.TEAMS_APP_ID ? { appId: e.TEAMS_APP_ID } : {}),
    ...(e.TEAMS_APP_PASSWORD ? { appPassword: e.TEAMS_APP_PASSWORD } : {}),
    ...(e.TEAMS_TENANT_ID ? { tenantId: e.TEAMS_TENANT_ID } : {}),
    allowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED ?? false,
    ...(e.TEAMS_SERVICE_URL ? { serviceUrl: e.TEAMS_SERVICE_URL } : {}),
    ...(e.TEAMS_CARD_SECRET ? { cardSecret: e.TEAMS_CARD_SECRET } : {}),
    ...(e.TEAMS_FILE_HOSTS ? { fileHosts: e.TEAMS_FILE_HOSTS.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean) } : {}),
  };
}

function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}
