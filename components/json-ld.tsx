import { headers } from 'next/headers';

// Structured data for search engines. The JSON is built by us from database fields; '<' is escaped so
// no value can close the script element.
export async function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: json }} />;
}
