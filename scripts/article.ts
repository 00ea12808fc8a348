// Changes a published article from the command line, until the newsroom has its editor: take it down
// at once (a legal request, a mistake), put it back, or correct its title. On PostgreSQL every running
// instance drops its copies within a second (PostgreSQL NOTIFY); the embedded database is locked by a
// running server, so stop it first.
//   npm run article -- unpublish <slug>
//   npm run article -- publish <slug>
//   npm run article -- retitle <slug> "The corrected title"
import { closeDb } from '../db/client';
import { changeArticle, type ArticleChange } from '../lib/dal/article-writes';
import { stripUnsafeChars } from '../lib/validation';

const USAGE = 'Usage: npm run article -- unpublish <slug> | publish <slug> | retitle <slug> "New title"';

function changeFrom(command: string | undefined, rest: string[]): ArticleChange {
  if (command === 'unpublish') return { status: 'unpublished' };
  if (command === 'publish') return { status: 'published' };
  if (command === 'retitle') {
    const title = stripUnsafeChars(rest.join(' ')).replace(/\s+/g, ' ').trim();
    if (title.length < 3 || title.length > 200) throw new Error('A title has 3 to 200 characters.');
    return { title };
  }
  throw new Error(USAGE);
}

async function main() {
  const [command, slug, ...rest] = process.argv.slice(2);
  const change = changeFrom(command, rest);
  if (!slug) throw new Error(USAGE);
  const result = await changeArticle(slug, change);
  if (result.status === 'not_found') throw new Error(`No article has the slug "${slug}".`);
  console.log(`${command}: ${slug} done; every running instance has been told.`);
  await closeDb();
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDb();
  process.exit(1);
});
