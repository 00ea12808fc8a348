// One query on a fresh connection, for the suite's checks of the database its instances share.
import { Client } from 'pg';

export async function rows<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
