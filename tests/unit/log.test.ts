// The log: JSON records, secrets redacted wherever they sit, request ids on request-scoped lines.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@/lib/log';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, logger: createLogger(stream) };
}

describe('the log', () => {
  it('writes one JSON record per line and never a password, cookie or secret', () => {
    const { lines, logger } = capture();
    logger.child({ requestId: 'req-12345678' }).error(
      { password: 'hunter2-hunter2', user: { password: 'moonlit-2026', passwordHash: '$argon2id$x' }, headers: { cookie: 'authjs.session-token=abc', authorization: 'Bearer t' }, secret: 's3cr3t', err: new Error('boom') },
      'something failed',
    );
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(record).toMatchObject({ level: 50, msg: 'something failed', app: 'hallyu', requestId: 'req-12345678', err: { message: 'boom' } });
    for (const secret of ['hunter2-hunter2', 'moonlit-2026', '$argon2id$x', 'authjs.session-token=abc', 'Bearer t', 's3cr3t']) expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain('[redacted]');
  });
});
