import type { Express } from 'express';
import type { Dispatch } from '../../core/dispatch';
import type { AttachmentHandler, Calendar, Clock, Logger, Messenger, StorePort } from '../../core/ports';
import type { ReplayGuard } from '../replay-guard';

export interface SlackDeps {
  dispatch: Dispatch;
  store: StorePort;
  clock: Clock;
  calendar: Calendar;
  logger: Logger;
  /** Files shared with the bot (DM or @-mention) go here, e.g. the document importer. */
  onFile?: AttachmentHandler;
  /** Accepted signatures and delivery ids, kept across restarts (default: in memory). */
  replay?: ReplayGuard;
}

export interface SlackConfig {
  /** SLACK_BOT_TOKEN (xoxb-…). */
  botToken: string;
  /** SLACK_SIGNING_SECRET: required in HTTP mode. */
  signingSecret?: string;
  /** SLACK_APP_TOKEN (xapp-…): turns on Socket Mode. */
  appToken?: string;
  /** SLACK_API_URL: Web API base, e.g. http://127.0.0.1:4000/api/ in tests or behind a proxy. */
  apiUrl?: string;
  /** Port for standalone HTTP mode (when `mount` was not called). */
  port?: number;
  /** Web API retries (p-retry options) for 5xx, network errors and 429. Default: 3 retries, 1–10 s apart. */
  retryConfig?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
  /** Answer in the slash-command ack when the command finishes within this budget; default 2000 ms. */
  ackBudgetMs?: number;
}

export type SlackMode = 'http' | 'socket';

export interface SlackPlatform {
  /** HTTP mode: adds POST /slack/events to the shared express app. Call before any body parser. */
  mount(web: Express): void;
  /** Socket Mode: connect. HTTP mode: verify the token (and listen on `port` if not mounted). */
  start(): Promise<void>;
  stop(): Promise<void>;
  messenger: Messenger;
  status(): { ok: boolean; mode: SlackMode };
}

export const SLACK_EVENTS_PATH = '/slack/events';
