import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'fake-signing-secret-4f1c';

/** Slack's v0 signature: HMAC-SHA256 of "v0:{timestamp}:{raw body}" with the signing secret. */
export function signatureHeaders(body: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

export interface SlackRequest {
  /** Slash commands: form fields. */
  form?: Record<string, string>;
  /** Interactivity: the payload JSON, sent as form field `payload`. */
  payload?: object;
  /** Events API: a JSON body. */
  json?: object;
  headers?: Record<string, string>;
  /** false: send without signature headers; a string: sign with this secret; a number: sign with this timestamp. */
  sign?: false | string | number;
}

export interface SlackResponse {
  status: number;
  text: string;
  json(): any;
}

export async function postToSlackApp(url: string, request: SlackRequest): Promise<SlackResponse> {
  const { body, contentType } = encode(request);
  const sign = request.sign;
  const headers: Record<string, string> = {
    'content-type': contentType,
    ...(sign === false ? {} : signatureHeaders(body, typeof sign === 'string' ? sign : SIGNING_SECRET, typeof sign === 'number' ? sign : undefined)),
    ...request.headers,
  };
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

function encode(request: SlackRequest): { body: string; contentType: string } {
  if (request.json) return { body: JSON.stringify(request.json), contentType: 'application/json' };
  const form = request.payload ? { payload: JSON.stringify(request.payload) } : (request.form ?? {});
  return { body: new URLSearchParams(form).toString(), contentType: 'application/x-www-form-urlencoded' };
}
