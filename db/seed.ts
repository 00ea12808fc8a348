// Loads Hallyu's original demo content: categories, authors, tags, articles and demo accounts.
import bcrypt from 'bcryptjs';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';
import { seedDemoConversation } from './seed-conversation';
import type { Flavour } from './seed-data/conversation';
import * as t from './schema';
import { buildSeedArticles } from './seed-data/articles';
import { NEWSROOM_ARTICLES } from './seed-data/newsroom';
import { ACTS, AUTHORS, CATEGORIES, DRAMAS, GENRE_TAGS, TOPIC_TAGS } from './seed-data/universe';

export const DEMO_ACCOUNTS = [
  { email: 'reader@hallyu.test', password: 'read-the-news-2026', name: 'Demo Reader', role: 'reader' },
  { email: 'writer@hallyu.test', password: 'write-the-story-2026', name: 'Demo Writer', role: 'writer' },
  { email: 'editor@hallyu.test', password: 'edit-the-desk-2026', name: 'Demo Editor', role: 'editor' },
  { email: 'moderator@hallyu.test', password: 'keep-it-kind-2026', name: 'Demo Moderator', role: 'moderator' },
  { email: 'admin@hallyu.test', password: 'admin-hallyu-2026', name: 'Demo Admin', role: 'admin' },
] as const;

const HOUR = 3_600_000;

export function heroImageFor(subjectSlug: string): string {
  const known = [...DRAMAS, ...ACTS].some((s) => s.slug === subjectSlug);
  return `/images/heroes/${known ? subjectSlug : 'hallyu'}.jpg`;
}

function flavourOf(slug: string): Flavour {
  return DRAMAS.some((d) => d.slug === slug) ? 'drama' : ACTS.some((a) => a.slug === slug) ? 'music' : 'general';
}

/** A seed article's words and its hero: the studio's illustration of its first tag's subject. */
function textAndArtOf(a: { slug: string; title: string; dek: string; body: string; tags: string[] }) {
  return {
    slug: a.slug,
    title: a.title,
    dek: a.dek,
    body: a.body,
    heroImage: heroImageFor(a.tags[0]),
    heroAlt: `Illustrated key art for ${subjectName(a.tags[0])}`,
    heroCredit: 'Illustration: Hallyu studio',
  };
}

function subjectName(slug: string): string {
  return [...DRAMAS.map((d) => [d.slug, d.title]), ...ACTS.map((a) => [a.slug, a.name])].find(([s]) => s === slug)?.[1] ?? 'Hallyu';
}

/**
 * The password the demo accounts get. The documented ones (DEMO_ACCOUNTS) only in development on the
 * embedded database: anywhere else a known password would be a known admin login, so the operator
 * chooses one (DEMO_PASSWORD) or nothing is seeded.
 */
export function demoPasswordFor(setting: { development: boolean; embedded: boolean; demoPassword: string | undefined }): { password: string | null } | { refused: string } {
  const { development, embedded, demoPassword } = setting;
  if (!demoPassword) {
    return development && embedded
      ? { password: null }
      : { refused: 'Demo content outside development needs DEMO_PASSWORD (at least 12 characters): the demo accounts, an admin among them, get that password instead of the ones printed in the README.' };
  }
  if (demoPassword.length < 12) return { refused: 'DEMO_PASSWORD must be at least 12 characters long.' };
  if (DEMO_ACCOUNTS.some((a) => a.password === demoPassword)) return { refused: 'DEMO_PASSWORD must not be one of the passwords printed in the README.' };
  return { password: demoPassword };
}

/** The demo accounts and their passwords, for the console ("password" null: the documented ones). */
export function describeDemoAccounts(password: string | null = null): string {
  return DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(9)} ${a.email} / ${password ? '(DEMO_PASSWORD)' : a.password}`).join('\n');
}

export type SeedSummary = { articles: number; tags: number; authors: number; categories: number };

// Any number will do, as long as it is the same in every instance: instances that start together on an
// empty database seed it once.
const SEED_LOCK_ID = 72_616_002;

/**
 * Seeds an empty database; returns null, changing nothing, when it already has articles. Runs in one
 * transaction under an advisory lock: all of it lands, or none, and only one process seeds.
 */
export async function seedDemoContent(db: Db, options: { password: string | null; now?: Date }): Promise<SeedSummary | null> {
  const { password, now = new Date() } = options;
  const seedArticles = buildSeedArticles();
  // bcrypt, which the app still verifies: each hash becomes argon2id at the account's first sign-in.
  const hashes = await Promise.all(DEMO_ACCOUNTS.map((a) => bcrypt.hash(password ?? a.password, 10)));

  let tagCount = 0;
  const seeded = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    if (!(await isEmpty(tx))) return false;
    const cats = await tx
      .insert(t.categories)
      .values(CATEGORIES.map((c, position) => ({ ...c, position })))
      .returning({ id: t.categories.id, slug: t.categories.slug });
    const auths = await tx.insert(t.authors).values([...AUTHORS]).returning({ id: t.authors.id, slug: t.authors.slug });
    const tagRows = [
      ...DRAMAS.map((d) => ({ slug: d.slug, name: d.title })),
      ...ACTS.map((a) => ({ slug: a.slug, name: a.name })),
      ...[...TOPIC_TAGS, ...GENRE_TAGS].map(([slug, name]) => ({ slug, name })),
    ];
    const tagIds = await tx.insert(t.tags).values(tagRows).returning({ id: t.tags.id, slug: t.tags.slug, name: t.tags.name });
    tagCount = tagIds.length;
    const idOf = (rows: { id: number; slug: string }[], slug: string) => {
      const row = rows.find((r) => r.slug === slug);
      if (!row) throw new Error(`seed data names an unknown slug: ${slug}`);
      return row.id;
    };

    const publishedAtOf = (slug: string) => new Date(now.getTime() - (seedArticles.findIndex((a) => a.slug === slug) * 19 + 2) * HOUR);
    const inserted = await tx
      .insert(t.articles)
      .values(
        seedArticles.map((a, i) => {
          const publishedAt = publishedAtOf(a.slug);
          return {
            ...textAndArtOf(a),
            video: a.video ?? null,
            watchCta: a.watchCta ?? null,
            categoryId: idOf(cats, a.category),
            authorId: idOf(auths, a.author),
            status: a.draft ? ('draft' as const) : ('published' as const),
            publishedAt: a.draft ? null : publishedAt,
            updatedAt: new Date(publishedAt.getTime() + (i % 3 === 0 ? 3 * HOUR : 0)),
            createdAt: publishedAt,
          };
        }),
      )
      .returning({ id: t.articles.id, slug: t.articles.slug });

    const links = seedArticles.flatMap((a) => {
      const articleId = idOf(inserted, a.slug);
      return [...new Set(a.tags)].map((tag) => ({ articleId, tagId: idOf(tagIds, tag) }));
    });
    await tx.insert(t.articleTags).values(links);
    await tx.insert(t.articleStats).values(inserted.map((a) => ({ articleId: a.id })));

    await seedDemoReactions(tx, inserted.slice(0, 16).map((a) => a.id), now);

    const accounts = await tx
      .insert(t.users)
      .values(DEMO_ACCOUNTS.map((a, i) => ({ email: a.email, name: a.name, role: a.role, passwordHash: hashes[i] })))
      .returning({ id: t.users.id, role: t.users.role });
    const staffId = (role: 'moderator' | 'admin') => accounts.find((a) => a.role === role)!.id;
    const conversation = seedArticles.flatMap((a) =>
      a.draft ? [] : [{ id: idOf(inserted, a.slug), subject: subjectName(a.tags[0]), flavour: flavourOf(a.tags[0]), publishedAt: publishedAtOf(a.slug) }],
    );
    await seedDemoConversation(tx, conversation, { moderatorId: staffId('moderator'), adminId: staffId('admin') }, now);
    await seedNewsroom(tx, { writer: accounts.find((a) => a.role === 'writer')!.id, editor: accounts.find((a) => a.role === 'editor')!.id }, cats, tagIds, now);
    return true;
  });

  return seeded ? { articles: seedArticles.length, tags: tagCount, authors: AUTHORS.length, categories: CATEGORIES.length } : null;
}

/**
 * The newsroom's demo: the writer's and the editor's bylines are linked to their accounts (their comments
 * on their own articles carry the Author badge), and their work in progress is there to pick up, each
 * with its first revision (what a first save in the editor keeps), so its history has a start.
 */
async function seedNewsroom(tx: Tx, people: { writer: string; editor: string }, cats: { id: number; slug: string }[], tagRows: { id: number; slug: string; name: string }[], now: Date) {
  const [writerByline] = await tx.update(t.authors).set({ userId: people.writer }).where(sql`${t.authors.slug} = 'yoon-hana'`).returning({ id: t.authors.id });
  const [editorByline] = await tx.update(t.authors).set({ userId: people.editor }).where(sql`${t.authors.slug} = 'seo-min-ji'`).returning({ id: t.authors.id });
  for (const a of NEWSROOM_ARTICLES) {
    const by = a.by === 'writer' ? { user: people.writer, author: writerByline.id } : { user: people.editor, author: editorByline.id };
    const updatedAt = new Date(now.getTime() - (a.status === 'scheduled' ? 1 : 5) * HOUR);
    const categoryId = cats.find((c) => c.slug === a.category)!.id;
    const tagged = a.tags.flatMap((slug) => tagRows.filter((r) => r.slug === slug));
    const [row] = await tx
      .insert(t.articles)
      .values({
        ...textAndArtOf(a),
        categoryId,
        authorId: by.author,
        createdBy: by.user,
        status: a.status,
        scheduledAt: a.scheduledInHours ? new Date(now.getTime() + a.scheduledInHours * HOUR) : null,
        createdAt: updatedAt,
        updatedAt,
      })
      .returning({ id: t.articles.id });
    await tx.insert(t.articleStats).values({ articleId: row.id });
    if (tagged.length) await tx.insert(t.articleTags).values(tagged.map((r) => ({ articleId: row.id, tagId: r.id })));
    const snapshot: t.ArticleSnapshot = { ...textAndArtOf(a), categoryId, authorId: by.author, tags: tagged.map((r) => r.name), video: null, watchCta: null };
    await tx.insert(t.articleRevisions).values({ articleId: row.id, version: 1, actorId: by.user, status: a.status, changed: Object.keys(snapshot), snapshot, createdAt: updatedAt });
  }
}

/**
 * Demo readers' reactions on the newest articles, spread over the last five days, so the trending list
 * and the reaction bars have something to show. Counters are derived from the rows in SQL.
 */
async function seedDemoReactions(tx: Tx, articleIds: number[], now: Date) {
  const kinds = t.reactionKind.enumValues;
  const rows = articleIds.flatMap((articleId, rank) =>
    Array.from({ length: Math.max(3, 36 - rank * 2) }, (_, i) => ({
      articleId,
      reactorKey: `a:${crypto.randomUUID()}`,
      kind: kinds[(i * (rank + 1) + rank) % (i % 3 === 0 ? 2 : kinds.length)],
      createdAt: new Date(now.getTime() - ((i * 7 + rank * 3) % 120) * HOUR),
    })),
  );
  await tx.insert(t.articleReactions).values(rows.map((r) => ({ ...r, updatedAt: r.createdAt })));
  await tx.execute(sql`insert into article_reaction_counts (article_id, kind, count)
    select article_id, kind, count(*) from article_reactions group by 1, 2`);
  await tx.execute(sql`update article_stats s set reaction_count = x.n
    from (select article_id, count(*)::int as n from article_reactions group by 1) x where x.article_id = s.article_id`);
  await tx.execute(sql`insert into article_activity_daily (article_id, day, reactions)
    select article_id, (created_at at time zone 'UTC')::date, count(*) from article_reactions group by 1, 2`);
}

/** True when the database holds no editorial content yet. */
export async function isEmpty(db: Db | Tx): Promise<boolean> {
  const [any] = await db.select({ id: t.articles.id }).from(t.articles).limit(1);
  return !any;
}

