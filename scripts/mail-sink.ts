// A mail server for the end-to-end tests, as a process of its own beside the app (playwright.config.ts):
// real SMTP on SMTP_SINK_PORT (what the app's SMTP_URL points at), and what it received as JSON on
// SMTP_SINK_HTTP_PORT: GET /messages?to=<address>. Loopback only.
//   tsx scripts/mail-sink.ts
import http from 'node:http';
import { startSmtpSink } from './lib/smtp-sink';

const smtpPort = Number(process.env.SMTP_SINK_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_SINK_HTTP_PORT ?? 2526);

void startSmtpSink(smtpPort).then((sink) =>
  http
  .createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/health') return void response.end('ok');
    if (url.pathname !== '/messages') return void response.writeHead(404).end();
    const to = url.searchParams.get('to');
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(sink.messages.filter((m) => !to || m.to === to.toLowerCase())));
  })
    .listen(httpPort, '127.0.0.1', () => console.log(`mail sink: SMTP on ${smtpPort}, messages on http://127.0.0.1:${httpPort}/messages`)),
);
