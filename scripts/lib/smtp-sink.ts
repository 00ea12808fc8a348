// A real SMTP server for tests (the smtp-server package), keeping every message it accepts, parsed. Used
// in-process by Vitest and the mail suite, and as a process of its own by Playwright (scripts/mail-sink.ts).
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SinkMessage = { to: string; subject: string; text: string; html: string; messageId: string; headers: Record<string, string> };

export type SmtpSink = {
  port: number;
  url: string;
  messages: SinkMessage[];
  /** Stops accepting connections (an outage); start() listens again on the same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

function toMessage(mail: ParsedMail): SinkMessage {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  // As sent (mailparser's own `headers` restructures some of them): lower-case name → unfolded value.
  const headers: Record<string, string> = {};
  for (const { key, line } of mail.headerLines) headers[key] = line.slice(line.indexOf(':') + 1).replace(/\r?\n\s+/g, ' ').trim();
  return { to: to?.value[0]?.address ?? '', subject: mail.subject ?? '', text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : '', messageId: mail.messageId ?? '', headers };
}

export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  let server: SMTPServer;
  let bound = port;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onData(stream, _session, done) {
          simpleParser(stream)
            .then((mail) => {
              messages.push(toMessage(mail));
              done();
            })
            .catch((error: Error) => done(error));
        },
      });
      server.once('error', reject);
      server.listen(bound, '127.0.0.1', () => {
        bound = (server.server.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return bound;
    },
    get url() {
      return `smtp://127.0.0.1:${bound}`;
    },
    messages,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: listen,
  };
}
