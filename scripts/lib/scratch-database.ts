// Creates a uniquely named PostgreSQL database next to the one in baseUrl, so parallel test files,
// benchmarks and concurrent CI runs never share tables. drop() removes it again.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

async function run(connectionString: string, query: string) {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(baseUrl: string, prefix = 'hallyu_test'): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await run(baseUrl, `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => run(baseUrl, `drop database if exists ${name} with (force)`) };
}
