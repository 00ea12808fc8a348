// Mail suite: the outbox against a real SMTP server (smtp-server) and a real production server on the
// embedded database. Password resets are asked for while SMTP is down; the server is SIGKILLed before it
// could send them; SMTP comes back and the server restarts: every mail must arrive exactly once. Then
// SMTP goes down under the running server and comes back: the waiting mail arrives once. Prints timings.
//   npm run test:mail            (needs a production build: npm run build)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnOnDataFolder, STANDALONE_SERVER, type SuiteServer } from './lib/production-server';
import { callFormAction } from './lib/server-actions';
import { startSmtpSink, type SmtpSink } from './lib/smtp-sink';

const PORT = Number(process.env.MAIL_SUITE_PORT ?? 3270);
const URL_BASE = `http://127.0.0.1:${PORT}`;
const ACCOUNTS = ['reader@hallyu.test', 'moderator@hallyu.test', 'admin@hallyu.test'];
const RESET = /^Reset your Hallyu password$/;

type Server = SuiteServer;
const start = (dataDir: string, smtpUrl: string) => spawnOnDataFolder(PORT, dataDir, { SMTP_URL: smtpUrl });

async function waitHealthy(server: Server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`server exited during start-up:\n${server.log()}`);
    try {
      if ((await fetch(`${URL_BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not healthy after 60 s:\n${server.log()}`);
}

const resetsTo = (sink: SmtpSink, to: string) => sink.messages.filter((m) => m.to === to && RESET.test(m.subject));

async function askForReset(email: string) {
  const reply = await callFormAction(`${URL_BASE}/forgot-password`, 'requestPasswordResetAction', { email });
  if (reply.status !== 'success') throw new Error(`reset for ${email} not accepted: ${reply.httpStatus} ${reply.message}`);
}

/** Waits until `done` holds (checked every 200 ms), up to `ms`; returns how long it took. */
async function until(done: () => boolean, ms: number, what: string): Promise<number> {
  const t0 = Date.now();
  while (!done()) {
    if (Date.now() - t0 > ms) throw new Error(`not within ${ms / 1000} s: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return Date.now() - t0;
}

let current: Server | undefined; // killed if the suite fails, so no server outlives it

async function main() {
  if (!fs.existsSync(STANDALONE_SERVER)) throw new Error('Build first: npm run build');
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hallyu-mail-')), 'pglite');
  const sink = await startSmtpSink();
  await sink.stop(); // SMTP is down from the start

  // 1. Queued while SMTP is down, then the server dies by SIGKILL before any mail could go out.
  let server = (current = start(dataDir, sink.url));
  await waitHealthy(server);
  for (const email of ACCOUNTS) await askForReset(email);
  await new Promise((r) => setTimeout(r, 1_500)); // the first delivery attempts fail (connection refused)
  server.kill('SIGKILL');
  await server.exited;
  console.log(`queued ${ACCOUNTS.length} password-reset mails with SMTP down; SIGKILLed the server; received so far: ${sink.messages.length}`);
  if (sink.messages.length !== 0) throw new Error('a mail arrived while SMTP was down');

  // 2. SMTP back, server restarted on the same data: each mail arrives once.
  await sink.start();
  server = current = start(dataDir, sink.url);
  const restartedAt = Date.now();
  await waitHealthy(server);
  await until(() => ACCOUNTS.every((a) => resetsTo(sink, a).length >= 1), 45_000, 'every queued mail delivered after the restart').catch((error: Error) => {
    throw new Error(`${error.message}\n${server.log().slice(-3000)}`);
  });
  const deliveredAfter = Date.now() - restartedAt;
  await new Promise((r) => setTimeout(r, 5_000)); // and nothing more comes
  const counts = ACCOUNTS.map((a) => resetsTo(sink, a).length);
  console.log(`after the restart: delivered in ${(deliveredAfter / 1000).toFixed(1)} s (backoff included); per address: ${counts.join(', ')}`);
  if (counts.some((c) => c !== 1)) throw new Error(`each mail must arrive exactly once, got ${counts.join(', ')}`);

  // 3. SMTP down under the running server, then back: the waiting mail arrives once.
  await sink.stop();
  await askForReset(ACCOUNTS[0]);
  await new Promise((r) => setTimeout(r, 3_000));
  const during = resetsTo(sink, ACCOUNTS[0]).length - 1; // the first one came in step 2
  await sink.start();
  const back = await until(() => resetsTo(sink, ACCOUNTS[0]).length === 2, 45_000, 'the mail queued during the outage delivered');
  await new Promise((r) => setTimeout(r, 5_000));
  const ids = new Set(sink.messages.map((m) => m.messageId));
  console.log(`outage under a running server: ${during} arrived while SMTP was down; delivered ${(back / 1000).toFixed(1)} s after SMTP came back; ${sink.messages.length} mails, ${ids.size} distinct Message-IDs`);
  if (resetsTo(sink, ACCOUNTS[0]).length !== 2 || ids.size !== sink.messages.length) throw new Error('a mail arrived twice');

  // The link in the mail works (once).
  const link = /https?:\/\/\S+\/reset-password\?token=\S+/.exec(resetsTo(sink, ACCOUNTS[1])[0].text)![0];
  const page = await (await fetch(link)).text();
  if (!page.includes('Choose a new password')) throw new Error('the reset link does not open the form');

  server.kill('SIGTERM');
  await server.exited;
  await sink.stop();
  fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  console.log('mail suite passed');
}

main().catch((error: unknown) => {
  console.error(error);
  current?.kill('SIGKILL');
  process.exit(1);
});
