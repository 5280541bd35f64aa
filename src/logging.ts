import pino from 'pino';
import type { Logger } from './core/ports';

/** Paths pino replaces with "[redacted]": tokens and secrets must never reach logs. */
const REDACT = [
  'token', 'botToken', 'appToken', 'signingSecret', 'appPassword', 'password', 'authorization',
  '*.token', '*.botToken', '*.appToken', '*.signingSecret', '*.appPassword', '*.password', '*.authorization',
  'smtpUrl', '*.smtpUrl', 'pass', '*.pass', 'auth', '*.auth', 'linkSecret', '*.linkSecret',
  'headers.authorization', 'req.headers.authorization', 'headers["x-slack-signature"]',
];

/** JSON logs to stderr, so the console transcript on stdout stays clean. */
export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2)) as unknown as Logger;
}
