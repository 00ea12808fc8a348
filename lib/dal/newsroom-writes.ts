import 'server-only';
import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { ARTICLE_STATUS_LABELS, type ArticleStatus, type ModerationActionKind } from '@/db/enums';
import { articleRevisions, articles, articleSlugRedirects, articleStats, articleTags, authors, categories, tags, users, type ArticleSnapshot } from '@/db/schema';
import { slugFromTitle } from '@/lib/article-slug';
import type { ArticleContent, ArticleIntent } from '@/lib/article-validation';
import { recordModerationAction } from './audit-log';
import { markUploadsUsed, missingUploads } from './media';
import { mayEdit, newsroomActor, type NewsroomActor } from './newsroom-access';
import { announceArticleEdit } from './page-changes';
import { FORBIDDEN, NOT_FOUND } from './staff';

// Every change an article goes through in the newsroom, in one transaction each: its content (checked
// against the version the editor started from), its slug (old public addresses keep redirecting), its
// tags, its place in the workflow, a revision, and the audit log. Public pages learn of it after the
// commit, on every instance (announceArticleEdit).

export type SaveIntent = Exclude<ArticleIntent, 'preview'>;
export type SaveRequest = { id: number | null; version: number | null; intent: SaveIntent; content: ArticleContent; scheduledAt: Date | null };
export type FieldProblems = Partial<Record<'slug' | 'categoryId' | 'authorId' | 'tags' | 'scheduledAt' | 'heroImage' | 'ctaImage' | 'body', string[]>>;
export type SaveResult =
  | { status: 'ok'; id: number; version: number; slug: string; articleStatus: ArticleStatus; created: boolean; changed: boolean }
  | { status: 'forbidden' }
  | { status: 'not_found' }
  | { status: 'conflict'; by: string | null; at: Date }
  | { status: 'invalid'; message: string; fieldErrors?: FieldProblems };

type Step = { from: readonly ArticleStatus[] | 'any'; to: ArticleStatus | null; editorOnly: boolean; audit?: ModerationActionKind };

// The workflow: which states each intent moves an article from and to, and who may.
const STEPS: Record<SaveIntent, Step> = {
  save: { from: 'any', to: null, editorOnly: false },
  autosave: { from: ['draft', 'review'], to: null, editorOnly: false },
  submit: { from: ['draft'], to: 'review', editorOnly: false, audit: 'article_submit' },
  withdraw: { from: ['review'], to: 'draft', editorOnly: false, audit: 'article_withdraw' },
  draft: { from: ['review', 'scheduled', 'unpublished'], to: 'draft', editorOnly: true, audit: 'article_withdraw' },
  schedule: { from: ['draft', 'review', 'scheduled', 'unpublished'], to: 'scheduled', editorOnly: true, audit: 'article_schedule' },
  publish: { from: ['draft', 'review', 'scheduled', 'unpublished'], to: 'published', editorOnly: true, audit: 'article_publish' },
  unpublish: { from: ['published'], to: 'unpublished', editorOnly: true, audit: 'article_unpublish' },
};

// An autosave within this long of the same person's previous autosave updates that revision.
const AUTOSAVE_MERGE_MS = 10 * 60_000;
const invalid = (message: string, fieldErrors?: FieldProblems) => ({ status: 'invalid' as const, message, fieldErrors });

/** Saves the editor's form (creating the article when it has no id) and takes the workflow step it asks for. */
export async function saveArticle(actorId: string | null, request: SaveRequest, options: { restoredFrom?: number } = {}): Promise<SaveResult> {
  const actor = await newsroomActor(actorId);
  const step = STEPS[request.intent];
  if (!actor || (step.editorOnly && !actor.editor)) return FORBIDDEN;
  if (request.intent === 'schedule' && (!request.scheduledAt || request.scheduledAt.getTime() <= Date.now())) {
    return invalid('Not scheduled.', { scheduledAt: ['That time has passed. Choose a time in the future.'] });
  }
  const tagProblem = request.content.tags.map((name) => (slugFromTitle(name) ? null : `“${name}” cannot be a tag: use letters or digits.`)).find(Boolean);
  const db = await getDb();
  let announce: string[] = [];
  const result = await db.transaction(async (tx): Promise<SaveResult> => {
    let before: typeof articles.$inferSelect | null = null;
    if (request.id !== null) {
      const [current] = await tx
        .select({ article: articles, bylineUserId: authors.userId })
        .from(articles)
        .innerJoin(authors, eq(authors.id, articles.authorId))
        .where(eq(articles.id, request.id))
        .for('update', { of: articles });
      if (!current) return NOT_FOUND;
      before = current.article;
      if (!mayEdit(actor, { ...before, bylineUserId: current.bylineUserId })) return FORBIDDEN;
      if (request.version !== null && request.version !== before.version) return conflict(tx, before.id, before.updatedAt);
    }
    const fromStatus = before?.status ?? 'draft';
    if (step.from !== 'any' && !step.from.includes(fromStatus)) {
      if (request.intent === 'autosave') return invalid('Published and scheduled articles are not autosaved: save them yourself.');
      return invalid(`A ${ARTICLE_STATUS_LABELS[fromStatus].toLowerCase()} article cannot go there. Reload to see where it is now.`);
    }

    // Every check before the first write: a refused save leaves nothing behind, not even a new article.
    const problems: FieldProblems = {};
    const slug = await resolveSlug(tx, before?.id ?? null, request.content.slug, request.content.title);
    if ('problem' in slug) problems.slug = [slug.problem];
    const [category] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.id, request.content.categoryId));
    if (!category) problems.categoryId = ['Choose a category.'];
    const chosenAuthor = actor.editor && request.content.authorId ? request.content.authorId : null;
    if (chosenAuthor && !(await tx.select({ id: authors.id }).from(authors).where(eq(authors.id, chosenAuthor))).length) problems.authorId = ['Choose a byline.'];
    if (tagProblem) problems.tags = [tagProblem];
    Object.assign(problems, await missingUploads(tx, request.content));
    if ('problem' in slug || Object.keys(problems).length > 0) return invalid('Not saved: check the highlighted fields.', problems);

    const created = before === null;
    const authorId = chosenAuthor ?? before?.authorId ?? (await ownByline(tx, actor));
    before ??= await createArticle(tx, actor, category.id, authorId);
    const id = before.id;
    const tagIds = await resolveTags(tx, request.content.tags);
    const finalSlug = slug.slug;
    const to = step.to ?? before.status;
    const snapshot: ArticleSnapshot = {
      title: request.content.title,
      slug: finalSlug,
      dek: request.content.dek,
      body: request.content.body,
      categoryId: request.content.categoryId,
      authorId,
      tags: tagIds.names,
      heroImage: request.content.heroImage,
      heroAlt: request.content.heroAlt,
      heroCredit: request.content.heroCredit,
      video: request.content.video,
      watchCta: request.content.watchCta,
    };
    // A scheduled article keeps its time through edits; only Schedule sets a new one.
    const scheduledAt = to !== 'scheduled' ? null : request.intent === 'schedule' ? request.scheduledAt : before.scheduledAt;
    const rescheduled = to === 'scheduled' && scheduledAt?.getTime() !== before.scheduledAt?.getTime();
    const [last] = await tx.select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(desc(articleRevisions.id)).limit(1);
    const changed = last ? changedFields(last.snapshot, snapshot) : Object.keys(snapshot);
    if (!created && changed.length === 0 && to === before.status && !rescheduled) {
      return { status: 'ok', id, version: before.version, slug: before.slug, articleStatus: before.status, created, changed: false };
    }

    const version = before.version + 1;
    await tx
      .update(articles)
      .set({
        title: snapshot.title,
        slug: finalSlug,
        dek: snapshot.dek,
        body: snapshot.body,
        categoryId: snapshot.categoryId,
        authorId,
        heroImage: snapshot.heroImage,
        heroAlt: snapshot.heroAlt,
        heroCredit: snapshot.heroCredit,
        video: snapshot.video,
        watchCta: snapshot.watchCta,
        status: to,
        scheduledAt,
        publishedAt: to === 'published' && before.status !== 'published' ? sql`coalesce(${articles.publishedAt}, now())` : undefined,
        version,
        updatedAt: sql`now()`,
      })
      .where(eq(articles.id, id));
    await markUploadsUsed(tx, snapshot);
    await tx.delete(articleTags).where(eq(articleTags.articleId, id));
    if (tagIds.ids.length) await tx.insert(articleTags).values(tagIds.ids.map((tagId) => ({ articleId: id, tagId })));
    if (finalSlug !== before.slug) await moveSlug(tx, actor, id, before, finalSlug);

    const mergeAutosave = request.intent === 'autosave' && last?.autosave && last.actorId === actor.id && Date.now() - last.createdAt.getTime() < AUTOSAVE_MERGE_MS && last.status === to;
    if (mergeAutosave) {
      await tx
        .update(articleRevisions)
        .set({ version, snapshot, changed: [...new Set([...last.changed, ...changed])], createdAt: sql`now()` })
        .where(eq(articleRevisions.id, last.id));
    } else {
      await tx.insert(articleRevisions).values({ articleId: id, version, actorId: actor.id, status: to, changed, autosave: request.intent === 'autosave', snapshot });
    }
    const entry = { actorId: actor.id, articleId: id, from: before.status, to };
    if (created) await recordModerationAction(tx, { ...entry, action: 'article_create', from: null, to: 'draft', note: snapshot.title });
    if (options.restoredFrom) await recordModerationAction(tx, { ...entry, action: 'article_restore', note: `revision ${options.restoredFrom}` });
    if (step.audit && (to !== before.status || rescheduled)) {
      await recordModerationAction(tx, { ...entry, action: step.audit, note: to === 'scheduled' ? scheduledAt!.toISOString() : null });
    }
    if (before.status === 'published' || to === 'published') announce = [before.slug, finalSlug];
    return { status: 'ok', id, version, slug: finalSlug, articleStatus: to, created, changed: true };
  });
  if (announce.length) await announceArticleEdit([...new Set(announce)]);
  return result;
}

async function createArticle(tx: Tx, actor: NewsroomActor, categoryId: number, authorId: number) {
  // A placeholder slug, unique by construction, replaced by the real one in the same transaction.
  const [row] = await tx.insert(articles).values({ slug: `new-${crypto.randomUUID()}`, title: '', dek: '', body: '', categoryId, authorId, createdBy: actor.id, status: 'draft' }).returning();
  await tx.insert(articleStats).values({ articleId: row.id });
  return row;
}

/** The actor's own author profile, made from their display name the first time they write. */
async function ownByline(tx: Tx, actor: NewsroomActor): Promise<number> {
  const [mine] = await tx.select({ id: authors.id }).from(authors).where(eq(authors.userId, actor.id));
  if (mine) return mine.id;
  const base = slugFromTitle(actor.name) || 'writer';
  const taken = new Set((await tx.select({ slug: authors.slug }).from(authors).where(sql`${authors.slug} like ${`${base}%`}`)).map((r) => r.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  const [row] = await tx.insert(authors).values({ slug, name: actor.name || 'Hallyu writer', userId: actor.id }).returning({ id: authors.id });
  return row.id;
}

/** Who holds a slug now: another article, or another article's old address. */
async function slugHolder(tx: Tx, articleId: number | null, slug: string): Promise<string | null> {
  const notThis = articleId === null ? undefined : ne(articles.id, articleId);
  const [live] = await tx.select({ title: articles.title }).from(articles).where(and(eq(articles.slug, slug), notThis));
  if (live) return `Another article already uses this slug (“${live.title}”). Choose another.`;
  const [old] = await tx
    .select({ title: articles.title })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.slug, slug), notThis));
  return old ? `This slug was the address of “${old.title}” and still takes readers there. Choose another.` : null;
}

/** The slug asked for, or (left empty) one made from the title, numbered until it is free. */
async function resolveSlug(tx: Tx, articleId: number | null, requested: string, title: string): Promise<{ slug: string } | { problem: string }> {
  if (requested) {
    const holder = await slugHolder(tx, articleId, requested);
    return holder ? { problem: holder } : { slug: requested };
  }
  const base = slugFromTitle(title) || 'article';
  for (let n = 1; n <= 50; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await slugHolder(tx, articleId, candidate))) return { slug: candidate };
  }
  return { problem: 'Every slug made from this title is taken. Write one yourself.' };
}

/** A new slug: the old public address redirects to the new one (an article never published had none). */
async function moveSlug(tx: Tx, actor: NewsroomActor, id: number, before: typeof articles.$inferSelect, slug: string) {
  await tx.delete(articleSlugRedirects).where(eq(articleSlugRedirects.slug, slug)); // back to an old address of its own
  if (!before.publishedAt || before.slug.startsWith('new-')) return;
  await tx.insert(articleSlugRedirects).values({ slug: before.slug, articleId: id }).onConflictDoUpdate({ target: articleSlugRedirects.slug, set: { articleId: id } });
  await recordModerationAction(tx, { actorId: actor.id, action: 'article_slug_change', articleId: id, from: before.slug, to: slug });
}

/** The tags named (created when new; their names were checked to make slugs), in the order given. */
async function resolveTags(tx: Tx, names: string[]): Promise<{ ids: number[]; names: string[] }> {
  const wanted = names.map((name) => ({ name, slug: slugFromTitle(name) }));
  if (wanted.length === 0) return { ids: [], names: [] };
  await tx.insert(tags).values(wanted).onConflictDoNothing({ target: tags.slug });
  const rows = await tx.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(inArray(tags.slug, wanted.map((t) => t.slug)));
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const found = [...new Set(wanted.map((t) => t.slug))].map((slug) => bySlug.get(slug)).filter((r) => r !== undefined);
  return { ids: found.map((r) => r.id), names: found.map((r) => r.name) };
}

function changedFields(before: ArticleSnapshot, after: ArticleSnapshot): string[] {
  return (Object.keys(after) as (keyof ArticleSnapshot)[]).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

async function conflict(tx: Tx, articleId: number, at: Date): Promise<SaveResult> {
  const [last] = await tx
    .select({ name: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.actorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .limit(1);
  return { status: 'conflict', by: last?.name ?? null, at };
}
