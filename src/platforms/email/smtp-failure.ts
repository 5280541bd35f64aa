import type { SendResult } from '../../core/ports';

type Failure = Extract<SendResult, { ok: false }>;

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/** A failed login is the bot's configuration, not the recipient: wait long before trying again. */
const AUTH_RETRY_MS = 30 * 60_000;

/**
 * SMTP replies 5xx are permanent (no such mailbox, refused): recorded as unreachable and not retried.
 * 4xx replies (greylisting, mailbox busy) and connection problems are temporary: retried with backoff.
 */
export function toSmtpFailure(error: unknown): Failure {
  const e = (error ?? {}) as SmtpError;
  const reply = e.response ? e.response.replace(/\s+/g, ' ').slice(0, 200) : undefined;
  if (e.code === 'EAUTH') {
    return { ok: false, reason: 'transient', error: `the SMTP server refused secbot's login (${reply ?? e.code}); check SECBOT_SMTP_USER / SECBOT_SMTP_PASSWORD`, retryAfterMs: AUTH_RETRY_MS };
  }
  if (e.responseCode && e.responseCode >= 500) return { ok: false, reason: 'unreachable', error: `SMTP ${reply ?? e.responseCode}` };
  if (e.responseCode && e.responseCode >= 400) return { ok: false, reason: 'transient', error: `SMTP ${reply ?? e.responseCode}` };
  return { ok: false, reason: 'transient', error: `SMTP connection failed: ${e.code ?? 'error'} ${(e.message ?? '').slice(0, 160)}`.trim() };
}
