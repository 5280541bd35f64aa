import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The whole message as sent: headers, then the MIME body. */
  raw: string;
}

/** What the sink answers to each message: accept, or an SMTP error with this code (451, 550…). */
export type SinkVerdict = 'accept' | { code: number; message: string };

export interface SmtpSink {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Attempts seen, accepted or not. */
  attempts: number;
  /** Decides each message (default: accept all). */
  verdict: (attempt: number, to: string[]) => SinkVerdict;
  close(): Promise<void>;
}

const MAX_MESSAGE = 1024 * 1024;

/** A real SMTP server on loopback (smtp-server) that keeps every message it accepts. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = { url: '', port: 0, received: [], attempts: 0, verdict: () => 'accept', close: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE,
    logger: false,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        const verdict = sink.verdict(++sink.attempts, to);
        if (verdict !== 'accept') return callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        sink.received.push({ from, to, raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  sink.port = (server.server.address() as AddressInfo).port;
  sink.url = `smtp://127.0.0.1:${sink.port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}

/** A header's value (unfolded), or undefined. */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
