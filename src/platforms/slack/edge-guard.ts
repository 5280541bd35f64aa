import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../core/ports';
import { MAX_BODY_BYTES, SLACK_TIMESTAMP_WINDOW_MS } from '../http-limits';
import type { ReplayGuard } from '../replay-guard';

/**
 * In front of Bolt on /slack/events: the body is read with a size cap (413), the timestamp must be
 * within 5 minutes either way and the signature valid (401), a signature already accepted is refused
 * (a replay, 401, remembered across restarts), and a body that cannot be decoded gets 400. Every
 * refusal is logged through pino, without the body.
 */
export function createSlackEdgeGuard(signingSecret: string, replay: ReplayGuard, logger: Logger): RequestHandler {
  const readRaw = express.raw({ type: () => true, limit: MAX_BODY_BYTES });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    readRaw(req, res, (error?: unknown) => {
      if (error) return refuse(res, logger, statusOf(error), 'the request body could not be read', { reason: (error as Error).message });
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      check(req, raw, signingSecret, replay).then((problem) => {
        if (problem) return refuse(res, logger, problem.status, problem.message);
        (req as Request & { rawBody?: Buffer }).rawBody = raw;
        next();
      }, next);
    });
  };
}

async function check(req: Request, raw: Buffer, secret: string, replay: ReplayGuard): Promise<{ status: number; message: string } | undefined> {
  const timestamp = Number(req.header('x-slack-request-timestamp'));
  const signature = req.header('x-slack-signature') ?? '';
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() - timestamp * 1000) > SLACK_TIMESTAMP_WINDOW_MS) return { status: 401, message: 'the request timestamp is missing or more than 5 minutes away' };
  const expected = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`;
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return { status: 401, message: 'the request signature is not valid' };
  if (!decodes(raw, req.header('content-type') ?? '')) return { status: 400, message: 'the request body is not valid form data or JSON' };
  // A retry (X-Slack-Retry-Num) may repeat a signature within the same second; its event or trigger id
  // is then what drops it (retry-guard), also across restarts.
  const retry = req.header('x-slack-retry-num') !== undefined;
  const first = await replay.firstSeen(`slack-sig:${signature}`, 2 * SLACK_TIMESTAMP_WINDOW_MS);
  if (!first && !retry) return { status: 401, message: 'this signed request was already received (replay)' };
  return undefined;
}

function decodes(raw: Buffer, contentType: string): boolean {
  const text = raw.toString('utf8');
  try {
    if (contentType.startsWith('application/json')) return isObject(JSON.parse(text));
    const form = text.split('&').filter(Boolean).map((pair) => pair.split('=').map((p) => decodeURIComponent(p.replace(/\+/g, ' '))));
    const payload = form.find(([key]) => key === 'payload')?.[1];
    return payload === undefined || isObject(JSON.parse(payload));
  } catch {
    return false;
  }
}

/** Slack only ever sends an object: `null`, an array or a bare value would reach Bolt and fail there (500). */
const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

function statusOf(error: unknown): number {
  const status = (error as { status?: number }).status;
  return status === 413 ? 413 : 400;
}

function refuse(res: Response, logger: Logger, status: number, message: string, extra: object = {}): void {
  logger.warn({ status, ...extra }, `Slack request refused (${status === 401 ? 'verification failed' : 'bad request'}): ${message}`);
  res.status(status).json({ error: message });
}
