/** Every Slack failure in one shape: what happened, whether retrying can help, and when. */
export interface SlackFailure {
  /** Slack's error code (channel_not_found, ratelimited…) or http_503, network, unknown. */
  code: string;
  reason: 'unreachable' | 'transient';
  retryAfterMs?: number;
  /** One line for logs; never contains tokens or request bodies. */
  message: string;
}

/** Errors that will not go away by retrying: the recipient or the message itself is the problem. */
const UNREACHABLE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'user_not_found',
  'user_disabled',
  'cannot_dm_bot',
  'messages_tab_disabled',
  'restricted_action',
  'invalid_blocks',
  'msg_too_long',
]);

interface SlackErrorLike {
  code?: string;
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
  message?: string;
}

/** The one error-normalising function of the Slack adapter (WebClient platform, HTTP, rate-limit, network errors). */
export function toSlackError(error: unknown): SlackFailure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as SlackErrorLike;
  switch (e.code) {
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'unknown';
      return { code, reason: UNREACHABLE.has(code) ? 'unreachable' : 'transient', message: `Slack refused the call: ${code}` };
    }
    case 'slack_webapi_rate_limited_error':
      return { code: 'ratelimited', reason: 'transient', retryAfterMs: (e.retryAfter ?? 1) * 1000, message: `Slack rate limit: retry after ${e.retryAfter ?? 1} s` };
    case 'slack_webapi_http_error':
      return { code: `http_${e.statusCode ?? 0}`, reason: 'transient', retryAfterMs: 30_000, message: `Slack answered HTTP ${e.statusCode ?? '?'}` };
    case 'slack_webapi_request_error':
      return { code: 'network', reason: 'transient', retryAfterMs: 30_000, message: 'Could not reach Slack (network error)' };
    default:
      return { code: 'unknown', reason: 'transient', message: redactTokens(e.message ?? String(error)).slice(0, 200) };
  }
}

/** Defensive: Slack tokens must never reach a log line, whatever an exception message contains. */
export function redactTokens(text: string): string {
  return text.replace(/xox[a-z]-[A-Za-z0-9-]+/g, 'xox?-[redacted]').replace(/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]');
}
