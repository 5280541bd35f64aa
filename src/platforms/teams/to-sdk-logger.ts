import type { AppOptions } from '@microsoft/teams.apps';
import type { Logger } from '../../core/ports';

type SdkLogger = NonNullable<AppOptions<never>['logger']>;
type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';

const JWT = /eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
const BEARER = /Bearer\s+[^\s"',]+/gi;

/**
 * The Teams SDK logs through our logger. Its error objects can hold request configs with the bot's
 * Authorization header, so only safe facts pass: messages (tokens masked), error names and statuses.
 */
export function toSdkLogger(logger: Logger, name = 'teams-sdk'): SdkLogger {
  const write = (level: Level, args: unknown[]) => {
    const target = level === 'trace' ? 'debug' : level === 'error' && isRefusedToken(args) ? 'warn' : level;
    // Debug payloads are whole activities: skip serialising them on every request.
    const { fields, msg } = toLogEntry(target === 'debug' ? args.filter((a) => typeof a === 'string') : args);
    logger[target]({ sdk: name, ...fields }, msg);
  };
  return {
    debug: (...msg: unknown[]) => write('debug', msg),
    info: (...msg: unknown[]) => write('info', msg),
    warn: (...msg: unknown[]) => write('warn', msg),
    error: (...msg: unknown[]) => write('error', msg),
    trace: (...msg: unknown[]) => write('trace', msg),
    log: (level: Level, ...msg: unknown[]) => write(level, msg),
    child: (child: string) => toSdkLogger(logger, `${name}/${child}`),
  };
}

/** A caller's bad token is their problem, not an error of ours: logged as a warning. */
function isRefusedToken(args: unknown[]): boolean {
  return typeof args[0] === 'string' && /^JWT (verification|validation) failed/.test(args[0]);
}

export function maskSecrets(text: string): string {
  return text.replace(BEARER, 'Bearer [redacted]').replace(JWT, '[redacted-jwt]');
}

function toLogEntry(args: unknown[]): { fields: Record<string, unknown>; msg: string } {
  const words: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const arg of args) {
    if (typeof arg === 'string') words.push(maskSecrets(arg));
    else if (arg instanceof Error) fields.err = safeError(arg);
    else if (arg !== undefined && arg !== null) fields.detail = maskSecrets(safeJson(arg)).slice(0, 2000);
  }
  return { fields, msg: words.join(' ') || 'teams sdk' };
}

function safeError(error: Error): Record<string, unknown> {
  const e = error as Error & { code?: unknown; response?: { status?: unknown } };
  return { name: e.name, message: maskSecrets(String(e.message)), ...(e.code ? { code: String(e.code) } : {}), ...(e.response?.status ? { status: e.response.status } : {}) };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (key, v) => (/^(authorization|token|password|secret|clientsecret)$/i.test(key) ? '[redacted]' : v));
  } catch {
    return '[unserialisable]';
  }
}
