import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, ne } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { NEWSROOM_ROLES } from '@/db/enums';
import { articleTags, authors, categories, tags, users } from '@/db/schema';
import { slugFromTitle } from '@/lib/article-slug';
import { recordModerationAction } from './audit-log';
import { escapeLike } from './like-pattern';
import { newsroomActor } from './newsroom-access';
import { announceTaxonomyChange } from './page-changes';
import { FORBIDDEN, NOT_FOUND } from './staff';

// Editors keep the categories, tags and bylines in order: new categories, better names and descriptions,
// tags renamed, bylines added and linked to the accounts that write under them. Addresses never change (a category's or tag's slug is its public URL), so no link breaks.

export type TaxonomyResult = { status: 'ok' } | { status: 'forbidden' } | { status: 'not_found' } | { status: 'invalid'; field: 'name' | 'userId'; message: string };

async function editorOnly(actorId: string | null) {
  const actor = await newsroomActor(actorId);
  return actor?.editor ? actor : null;
}

/** Every category with its article count, and the most used tags (or those matching q), for editors; null otherwise. */
export async function listTaxonomy(actorId: string | null, q = '') {
  if (!(await editorOnly(actorId))) return null;
  const db = await getDb();
  const [categoryRows, tagRows, bylineRows, memberRows] = await Promise.all([
    db.select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description }).from(categories).orderBy(asc(categories.position), asc(categories.id)),
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name, articles: count(articleTags.articleId) })
      .from(tags)
      .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
      .where(q ? ilike(tags.name, `%${escapeLike(q)}%`) : undefined)
      .groupBy(tags.id)
      .orderBy(desc(count(articleTags.articleId)), asc(tags.name))
      .limit(60),
    db.select({ id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio, userId: authors.userId }).from(authors).orderBy(asc(authors.name)),
    db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.role, [...NEWSROOM_ROLES])).orderBy(asc(users.name)).limit(500),
  ]);
  return { categories: categoryRows, tags: tagRows, bylines: bylineRows, members: memberRows.map((m) => ({ id: m.id, name: m.name ?? '' })) };
}

/** Creates a category (id null; its slug made from the name) or renames and describes one; logged in the audit log. */
export async function saveCategory(actorId: string | null, input: { id: number | null; name: string; description: string }): Promise<TaxonomyResult> {
  const actor = await editorOnly(actorId);
  if (!actor) return FORBIDDEN;
  const db = await getDb();
  const clash = await db
    .select({ id: categories.id })
    .from(categories)
    .where(and(ilike(categories.name, escapeLike(input.name)), input.id ? ne(categories.id, input.id) : undefined));
  if (clash.length) return { status: 'invalid', field: 'name', message: 'Another category has this name.' };
  return taxonomyChange(async (tx) => {
    if (input.id) {
      const [before] = await tx.select({ name: categories.name, slug: categories.slug, description: categories.description }).from(categories).where(eq(categories.id, input.id)).for('update');
      if (!before) return NOT_FOUND;
      if (before.name === input.name && before.description === input.description) return 'unchanged';
      await tx.update(categories).set({ name: input.name, description: input.description }).where(eq(categories.id, input.id));
      const note = changeNote(`/category/${before.slug}`, before.description !== input.description && 'description changed');
      await recordModerationAction(tx, { actorId: actor.id, action: 'category_change', from: before.name, to: input.name, note });
      return { status: 'ok' };
    }
    const slug = slugFromTitle(input.name);
    if (!slug) return { status: 'invalid', field: 'name', message: 'Use letters or digits in the name: it makes the address.' };
    const [last] = await tx.select({ position: categories.position }).from(categories).orderBy(desc(categories.position)).limit(1);
    const added = await tx
      .insert(categories)
      .values({ slug, name: input.name, description: input.description, position: (last?.position ?? 0) + 1 })
      .onConflictDoNothing({ target: categories.slug })
      .returning({ id: categories.id });
    if (!added.length) return { status: 'invalid', field: 'name', message: `A category already has the address /category/${slug}.` };
    await recordModerationAction(tx, { actorId: actor.id, action: 'category_create', to: input.name, note: `/category/${slug}` });
    return { status: 'ok' };
  });
}

/** Renames a tag (its address stays); logged in the audit log. */
export async function renameTag(actorId: string | null, id: number, name: string): Promise<TaxonomyResult> {
  const actor = await editorOnly(actorId);
  if (!actor) return FORBIDDEN;
  return taxonomyChange(async (tx) => {
    const [before] = await tx.select({ name: tags.name, slug: tags.slug }).from(tags).where(eq(tags.id, id)).for('update');
    if (!before) return NOT_FOUND;
    if (before.name === name) return 'unchanged';
    await tx.update(tags).set({ name }).where(eq(tags.id, id));
    await recordModerationAction(tx, { actorId: actor.id, action: 'tag_rename', from: before.name, to: name, note: `/tag/${before.slug}` });
    return { status: 'ok' };
  });
}

/**
 * Creates a byline (id null; its address made from the name) or changes one: its name, its bio and the
 * account behind it (a writer, editor or admin; null for none). An account has at most one byline.
 * Logged in the audit log, with the account it now speaks for.
 */
export async function saveByline(actorId: string | null, input: { id: number | null; name: string; bio: string; userId: string | null }): Promise<TaxonomyResult> {
  const actor = await editorOnly(actorId);
  if (!actor) return FORBIDDEN;
  const db = await getDb();
  if (input.userId) {
    const [member] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, input.userId), inArray(users.role, [...NEWSROOM_ROLES])));
    if (!member) return { status: 'invalid', field: 'userId', message: 'Choose a writer, editor or admin.' };
    const [other] = await db
      .select({ name: authors.name })
      .from(authors)
      .where(and(eq(authors.userId, input.userId), input.id ? ne(authors.id, input.id) : undefined));
    if (other) return { status: 'invalid', field: 'userId', message: `That account already writes as “${other.name}”.` };
  }
  return taxonomyChange(async (tx) => {
    if (input.id) {
      const [before] = await tx.select({ name: authors.name, slug: authors.slug, bio: authors.bio, userId: authors.userId }).from(authors).where(eq(authors.id, input.id)).for('update');
      if (!before) return NOT_FOUND;
      if (before.name === input.name && before.bio === input.bio && before.userId === input.userId) return 'unchanged';
      await tx.update(authors).set({ name: input.name, bio: input.bio, userId: input.userId }).where(eq(authors.id, input.id));
      const note = changeNote(`/author/${before.slug}`, before.bio !== input.bio && 'bio changed', before.userId !== input.userId && 'account changed');
      await recordModerationAction(tx, { actorId: actor.id, action: 'byline_change', targetUserId: input.userId ?? before.userId, from: before.name, to: input.name, note });
      return { status: 'ok' };
    }
    const slug = slugFromTitle(input.name);
    if (!slug) return { status: 'invalid', field: 'name', message: 'Use letters or digits in the name: it makes the address.' };
    const added = await tx.insert(authors).values({ slug, name: input.name, bio: input.bio, userId: input.userId }).onConflictDoNothing({ target: authors.slug }).returning({ id: authors.id });
    if (!added.length) return { status: 'invalid', field: 'name', message: `A byline already has the address /author/${slug}.` };
    await recordModerationAction(tx, { actorId: actor.id, action: 'byline_create', targetUserId: input.userId, to: input.name, note: `/author/${slug}` });
    return { status: 'ok' };
  });
}

/**
 * Runs one taxonomy change in a transaction (the change and its audit entry together); public pages
 * hear of it once committed. A save that changes nothing ('unchanged') writes and announces nothing,
 * and is still "ok" to the caller.
 */
async function taxonomyChange(change: (tx: Tx) => Promise<TaxonomyResult | 'unchanged'>): Promise<TaxonomyResult> {
  const result = await (await getDb()).transaction(change);
  if (result === 'unchanged') return { status: 'ok' };
  if (result.status === 'ok') await announceTaxonomyChange();
  return result;
}

/** "/category/k-pop; description changed": the address, then whatever else changed. */
const changeNote = (address: string, ...changes: (string | false)[]) => [address, ...changes.filter(Boolean)].join('; ');
