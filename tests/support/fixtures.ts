// Small builders for test data, so each test states only what it cares about.
import type { UserRole } from '@/db/enums';
import { getDb } from '@/db/client';
import * as t from '@/db/schema';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

export async function createCategory(name = 'News') {
  const db = await getDb();
  const [row] = await db.insert(t.categories).values({ slug: unique('cat'), name }).returning();
  return row;
}

export async function createAuthor(name = 'Test Author') {
  const db = await getDb();
  const [row] = await db.insert(t.authors).values({ slug: unique('author'), name }).returning();
  return row;
}

export async function createArticle(overrides: Partial<typeof t.articles.$inferInsert> = {}) {
  const db = await getDb();
  const categoryId = overrides.categoryId ?? (await createCategory()).id;
  const authorId = overrides.authorId ?? (await createAuthor()).id;
  const [row] = await db
    .insert(t.articles)
    .values({
      slug: unique('article'),
      title: 'A test article',
      dek: 'What it is about',
      body: '# Heading\n\nBody text.',
      status: 'published',
      publishedAt: new Date(),
      ...overrides,
      categoryId,
      authorId,
    })
    .returning();
  return row;
}

/** A user; `ageDays` sets how long ago the account was made (reports of young accounts count less). */
export async function createUser(role: UserRole = 'reader', options: { ageDays?: number; name?: string; passwordHash?: string } = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(t.users)
    .values({
      email: `${unique(role)}@example.test`,
      name: options.name ?? unique(role),
      role,
      passwordHash: options.passwordHash ?? null,
      createdAt: new Date(Date.now() - (options.ageDays ?? 0) * 86_400_000),
    })
    .returning();
  return row;
}
