/** What went wrong talking to the Bot Connector, reduced to what callers act on. Never carries headers or tokens. */
export interface TeamsError {
  kind: 'unreachable' | 'transient';
  status?: number;
  message: string;
  retryAfterMs?: number;
}

const DEFAULT_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;

interface HttpishError {
  message?: string;
  code?: string;
  status?: number;
  response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
}

/**
 * The one error-normalising function of the Teams adapter. 403/404 mean the bot was removed or the
 * conversation is gone (retrying cannot help); 429, 5xx, timeouts and network errors are worth retrying.
 */
export function toTeamsError(error: unknown, now: Date = new Date()): TeamsError {
  const e = (error ?? {}) as HttpishError;
  const status = e.response?.status ?? e.status;
  const detail = connectorMessage(e.response?.data);
  if (status === 403 || status === 404) {
    return { kind: 'unreachable', status, message: `Teams refused the conversation (${status}${detail}): the bot was removed or the conversation no longer exists.` };
  }
  if (status === 400) return { kind: 'unreachable', status, message: `Teams rejected the message (400${detail}).` };
  if (status === 401) {
    return { kind: 'transient', status, retryAfterMs: DEFAULT_RETRY_MS, message: 'Teams refused the bot\'s credentials (401): check TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID.' };
  }
  if (status === 429) {
    return { kind: 'transient', status, retryAfterMs: retryAfter(e.response?.headers, now), message: 'Teams is throttling the bot (429).' };
  }
  if (status && status >= 500) {
    return { kind: 'transient', status, retryAfterMs: retryAfter(e.response?.headers, now), message: `Teams had a server error (${status}${detail}).` };
  }
  const reason = e.code ?? (typeof e.message === 'string' ? e.message.slice(0, 120) : 'unknown error');
  return { kind: 'transient', ...(status ? { status } : {}), retryAfterMs: DEFAULT_RETRY_MS, message: `Could not reach Teams (${reason}).` };
}

function retryAfter(headers: Record<string, unknown> | undefined, now: Date): number {
  const raw = headers?.['retry-after'] ?? headers?.['Retry-After'];
  if (raw === undefined) return DEFAULT_RETRY_MS;
  const text = String(raw).trim();
  const seconds = Number(text);
  if (/^\d+(\.\d+)?$/.test(text)) return clamp(seconds * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? DEFAULT_RETRY_MS : clamp(at - now.getTime());
}

function clamp(ms: number): number {
  return Math.min(MAX_RETRY_MS, Math.max(1000, Math.round(ms)));
}

function connectorMessage(data: unknown): string {
  const error = (data as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : undefined;
  return code ? `: ${code.slice(0, 60)}` : '';
}
