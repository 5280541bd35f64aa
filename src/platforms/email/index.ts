import type { Express } from 'express';
import type { EmailSettings } from '../../config';
import type { Calendar, Clock, Logger, StorePort } from '../../core/ports';
import { createEmailLinkHandler } from './email-link-handler';
import { createEmailMessenger, type EmailMessenger } from './email-messenger';
import { createLinkSigner } from './link-tokens';

export { loadLinkKey } from './link-key';

export interface EmailPlatformDeps {
  settings: EmailSettings;
  /** Signs and checks the links in emails (see link-key.ts). */
  linkKey: Uint8Array;
  publicUrl?: string;
  store: StorePort;
  calendar: Calendar;
  clock: Clock;
  logger: Logger;
}

export interface EmailPlatform {
  messenger: EmailMessenger;
  /** GET/POST /email/<token>: the Done, Snooze, calendar and unsubscribe links (only with a public URL). */
  mount(app: Express): void;
}

/** Email reminders: an SMTP messenger and the web pages its signed links open. */
export function createEmailPlatform(deps: EmailPlatformDeps): EmailPlatform {
  const logger = deps.logger.child({ platform: 'email' });
  const signer = createLinkSigner(deps.linkKey);
  const messenger = createEmailMessenger({ settings: deps.settings, signer, clock: deps.clock, logger, ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}) });
  return {
    messenger,
    mount(app) {
      if (!deps.publicUrl) {
        logger.warn('SECBOT_PUBLIC_URL is not set: reminder emails go out without Done, Snooze, calendar or unsubscribe links');
        return;
      }
      const handler = createEmailLinkHandler({ store: deps.store, signer, calendar: deps.calendar, clock: deps.clock, logger, publicUrl: deps.publicUrl });
      app.get('/email/:token', handler.get);
      app.post('/email/:token', (req, res, next) => void handler.post(req, res).catch(next));
    },
  };
}
