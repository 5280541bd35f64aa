import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailSettings } from '../../config';
import type { Address } from '../../core/address';
import type { Clock, Logger, Messenger, SendResult } from '../../core/ports';
import type { Reply, ReplyButton } from '../../core/reply';
import type { LinkKind, LinkSigner } from './link-tokens';
import { renderEmail, type EmailLink } from './render-email';
import { toSmtpFailure } from './smtp-failure';

export interface EmailMessengerDeps {
  settings: EmailSettings;
  signer: LinkSigner;
  /** SECBOT_PUBLIC_URL: where the links in an email point. Without it an email carries no links. */
  publicUrl?: string;
  clock: Clock;
  logger: Logger;
}

export interface EmailMessenger extends Messenger {
  /** Closes pooled SMTP connections (the command line does, before it exits). */
  close(): void;
}

/** Buttons a person's email turns into signed links; the rest are chat-only. */
const BUTTON_LINKS: Record<string, { kind: LinkKind; label: string }> = {
  'action.close': { kind: 'done', label: 'Done' },
  'action.snooze.1d': { kind: 'snooze', label: 'Snooze 1 Working Day' },
};

/** Email through SMTP (nodemailer): text and HTML parts, Date, Message-ID, and one-click unsubscribe for people. */
export function createEmailMessenger(deps: EmailMessengerDeps): EmailMessenger {
  const transport = createTransport(deps.settings);
  const domain = /@([^>\s]+)>?\s*$/.exec(deps.settings.from)?.[1] ?? 'secbot.invalid';
  return {
    platform: 'email',
    async send(address: Address, reply: Reply): Promise<SendResult> {
      if (address.platform !== 'email') return { ok: false, reason: 'unreachable', error: `not an email address (${address.platform})` };
      const now = deps.clock.now();
      const link = (kind: LinkKind, ref?: string) =>
        deps.publicUrl && address.personId ? `${deps.publicUrl}/email/${deps.signer.sign({ kind, person: address.personId, ...(ref ? { ref } : {}) }, now)}` : undefined;
      const linkFor = (button: ReplyButton): EmailLink | undefined => {
        const known = BUTTON_LINKS[button.actionId];
        const ref = /"([^"]+)"/.exec(button.command)?.[1];
        const url = known && ref ? link(known.kind, ref) : undefined;
        return url ? { label: known!.label, url } : undefined;
      };
      const unsubscribe = link('unsubscribe');
      const calendar = link('calendar');
      const footer = [
        ...(calendar ? [{ label: 'Add your actions to your calendar', url: calendar }] : []),
        ...(unsubscribe ? [{ label: 'Stop email reminders', url: unsubscribe }] : []),
      ];
      const email = renderEmail(reply, linkFor, footer);
      try {
        const info = await transport.sendMail({
          from: deps.settings.from,
          to: address.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          date: now,
          messageId: `<${randomUUID()}@${domain}>`,
          headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {},
        });
        if (info.rejected?.length) return toSmtpFailure({ responseCode: 550, response: String(info.response ?? 'recipient refused') });
        return { ok: true, messageId: info.messageId };
      } catch (error) {
        const failure = toSmtpFailure(error);
        deps.logger.warn({ reason: failure.reason, code: (error as { code?: string }).code }, `email send failed: ${failure.error}`);
        return failure;
      }
    },
    close: () => transport.close(),
  };
}

function createTransport(settings: EmailSettings): Transporter {
  const url = new URL(settings.smtpUrl);
  const secure = url.protocol === 'smtps:';
  const user = settings.user ?? (url.username ? decodeURIComponent(url.username) : undefined);
  const pass = settings.password ?? (url.password ? decodeURIComponent(url.password) : undefined);
  return nodemailer.createTransport({
    pool: true,
    maxConnections: 2,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port) || (secure ? 465 : 587),
    secure,
    ...(user ? { auth: { user, pass: pass ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    logger: false,
  });
}
