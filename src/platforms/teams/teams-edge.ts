import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../core/ports';
import { MAX_BODY_BYTES } from '../http-limits';

/**
 * In front of the Teams SDK on /api/messages: the JSON body is parsed here with a size cap, so an
 * oversized body gets 413 and a malformed one 400, logged through pino without the body (the SDK
 * would otherwise print a stack trace and the raw body to stderr).
 */
export function createTeamsBodyGuard(logger: Logger): RequestHandler {
  const parse = express.json({ limit: MAX_BODY_BYTES, type: () => true });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next();
    parse(req, res, (error?: unknown) => {
      if (!error && isActivity(req.body)) return next();
      const status = (error as { status?: number } | undefined)?.status === 413 ? 413 : 400;
      const message = status === 413 ? `the body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB` : 'the body is not a JSON activity';
      logger.warn({ status }, `Teams request refused: ${message}`);
      res.status(status).json({ error: message });
    });
  };
}

function isActivity(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as { type?: unknown }).type === 'string';
}
