// The newsroom's workflow against a real database: writing, review, scheduling, publishing, slugs,
// revisions and the version check.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import { articles, articleRevisions, categories, moderationActions, tags } from '@/db/schema';
import type { ArticleContent } from '@/lib/article-validation';
import { getRevisionPair, listRevisions, restoreRevision } from '@/lib/dal/article-revisions';
import { getPublishedArticle } from '@/lib/dal/articles';
import { getArticleForEditing, listNewsroomArticles } from '@/lib/dal/newsroom-articles';
import { saveArticle, type SaveResult } from '@/lib/dal/newsroom-writes';
import { publishDueArticles } from '@/lib/dal/scheduled-publishing';
import { movedArticleSlug } from '@/lib/dal/slugs';
import { renameTag, saveByline, saveCategory } from '@/lib/dal/taxonomy';
import { createCategory, createUser } from '../support/fixtures';

async function content(overrides: Partial<ArticleContent> = {}): Promise<ArticleContent> {
  return {
    title: `A newsroom story ${crypto.randomUUID().slice(0, 8)}`,
    slug: '',
    dek: 'What it is about',
    body: '## Heading\n\nBody text.',
    categoryId: overrides.categoryId ?? (await createCategory()).id,
    authorId: null,
    tags: ['Newsroom test'],
    heroImage: null,
    heroAlt: null,
    heroCredit: null,
    video: null,
    watchCta: null,
    ...overrides,
  };
}

function ok(result: SaveResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

const auditOf = async (articleId: number) =>
  (await (await getDb()).select({ action: moderationActions.action }).from(moderationActions).where(eq(moderationActions.articleId, articleId)).orderBy(moderationActions.id)).map((r) => r.action);

describe('the newsroom workflow', () => {
  it('takes a writer’s draft through review, an editor’s schedule and the scheduler to the public site', async () => {
    const writer = await createUser('writer');
    const editor = await createUser('editor');
    const draft = ok(await saveArticle(writer.id, { id: null, version: null, intent: 'save', content: await content({ title: '눈물의 여왕 리뷰' }), scheduledAt: null }));
    expect(draft).toMatchObject({ created: true, articleStatus: 'draft', slug: 'nunmurui-yeowang-ribyu' });
    expect(await getPublishedArticle(draft.slug)).toBeNull();

    const submitted = ok(await saveArticle(writer.id, { id: draft.id, version: draft.version, intent: 'submit', content: await content({ title: '눈물의 여왕 리뷰', slug: draft.slug }), scheduledAt: null }));
    expect(submitted.articleStatus).toBe('review');
    expect(await saveArticle(writer.id, { id: draft.id, version: submitted.version, intent: 'publish', content: await content({ slug: draft.slug }), scheduledAt: null })).toEqual({ status: 'forbidden' });

    const editable = await getArticleForEditing(editor.id, draft.id);
    if (!editable || editable === 'forbidden') throw new Error('editor cannot open it');
    const past = await saveArticle(editor.id, { id: draft.id, version: submitted.version, intent: 'schedule', content: { ...editable, authorId: editable.authorId }, scheduledAt: new Date(Date.now() - 60_000) });
    expect(past).toMatchObject({ status: 'invalid', fieldErrors: { scheduledAt: [expect.stringMatching(/passed/)] } });
    const scheduled = ok(await saveArticle(editor.id, { id: draft.id, version: submitted.version, intent: 'schedule', content: { ...editable }, scheduledAt: new Date(Date.now() + 3_600_000) }));
    expect(scheduled.articleStatus).toBe('scheduled');
    expect(await publishDueArticles()).not.toContain(draft.slug); // not due yet

    const db = await getDb();
    await db.update(articles).set({ scheduledAt: new Date(Date.now() - 1_000) }).where(eq(articles.id, draft.id));
    expect(await publishDueArticles()).toContain(draft.slug);
    const live = await getPublishedArticle(draft.slug);
    expect(live?.title).toBe('눈물의 여왕 리뷰');
    expect(live?.tags.map((t) => t.name)).toEqual(['Newsroom test']);
    expect(await auditOf(draft.id)).toEqual(['article_create', 'article_submit', 'article_schedule', 'article_publish']);
    expect(await publishDueArticles()).not.toContain(draft.slug); // published once
  });

  it('refuses a save made from an older version, keeping the newer text', async () => {
    const editor = await createUser('editor');
    const other = await createUser('editor', { name: 'Second Editor' });
    const created = ok(await saveArticle(editor.id, { id: null, version: null, intent: 'save', content: await content(), scheduledAt: null }));
    const base = await content({ title: 'First editor’s title', slug: created.slug });
    const first = ok(await saveArticle(editor.id, { id: created.id, version: created.version, intent: 'save', content: base, scheduledAt: null }));
    const stale = await saveArticle(other.id, { id: created.id, version: created.version, intent: 'save', content: { ...base, title: 'Second editor’s title' }, scheduledAt: null });
    expect(stale).toMatchObject({ status: 'conflict', by: expect.any(String) });
    const [row] = await (await getDb()).select({ title: articles.title, version: articles.version }).from(articles).where(eq(articles.id, created.id));
    expect(row).toEqual({ title: 'First editor’s title', version: first.version });
  });

  it('keeps a published article’s old address as a redirect, refuses taken slugs, and leads nowhere once unpublished', async () => {
    const editor = await createUser('editor');
    const a = ok(await saveArticle(editor.id, { id: null, version: null, intent: 'publish', content: await content({ slug: `old-address-${Date.now()}` }), scheduledAt: null }));
    const b = ok(await saveArticle(editor.id, { id: null, version: null, intent: 'save', content: await content(), scheduledAt: null }));
    const moved = ok(await saveArticle(editor.id, { id: a.id, version: a.version, intent: 'save', content: await content({ slug: `new-address-${Date.now()}` }), scheduledAt: null }));
    expect(await movedArticleSlug(a.slug)).toBe(moved.slug);
    expect(await getPublishedArticle(moved.slug)).not.toBeNull();

    const taken = await saveArticle(editor.id, { id: b.id, version: b.version, intent: 'save', content: await content({ slug: moved.slug }), scheduledAt: null });
    expect(taken).toMatchObject({ status: 'invalid', fieldErrors: { slug: [expect.stringMatching(/already uses this slug/)] } });
    const oldOne = await saveArticle(editor.id, { id: b.id, version: b.version, intent: 'save', content: await content({ slug: a.slug }), scheduledAt: null });
    expect(oldOne).toMatchObject({ status: 'invalid', fieldErrors: { slug: [expect.stringMatching(/still takes readers there/)] } });

    const gone = ok(await saveArticle(editor.id, { id: a.id, version: moved.version, intent: 'unpublish', content: await content({ slug: moved.slug }), scheduledAt: null }));
    expect(gone.articleStatus).toBe('unpublished');
    expect(await getPublishedArticle(moved.slug)).toBeNull();
    expect(await movedArticleSlug(a.slug)).toBeNull(); // an unpublished article's old address leads nowhere
    expect(await auditOf(a.id)).toEqual(['article_create', 'article_publish', 'article_slug_change', 'article_unpublish']);
  });

  it('keeps every save as a revision, compares two and restores an old one', async () => {
    const writer = await createUser('writer');
    const category = await createCategory();
    const v1 = ok(await saveArticle(writer.id, { id: null, version: null, intent: 'save', content: await content({ title: 'Original headline', categoryId: category.id }), scheduledAt: null }));
    const v2 = ok(await saveArticle(writer.id, { id: v1.id, version: v1.version, intent: 'save', content: await content({ title: 'Rewritten headline', slug: v1.slug, categoryId: category.id }), scheduledAt: null }));
    const revisions = await listRevisions(writer.id, v1.id);
    expect(revisions?.map((r) => r.changed)).toEqual([['title'], expect.arrayContaining(['title', 'body'])]);
    const pair = await getRevisionPair(writer.id, v1.id, revisions![0].id);
    expect(pair?.previous?.title).toBe('Original headline');
    expect(pair?.revision.snapshot.title).toBe('Rewritten headline');

    const restored = ok(await restoreRevision(writer.id, v1.id, revisions![1].id, v2.version));
    const [row] = await (await getDb()).select({ title: articles.title }).from(articles).where(eq(articles.id, v1.id));
    expect(row.title).toBe('Original headline');
    expect(restored.version).toBe(v2.version + 1);
    expect(await auditOf(v1.id)).toEqual(['article_create', 'article_restore']);
    expect(await restoreRevision(writer.id, v1.id, revisions![1].id, v2.version)).toMatchObject({ status: 'conflict' }); // from a stale page
  });

  it('merges a run of autosaves into one revision', async () => {
    const writer = await createUser('writer');
    const category = await createCategory();
    const a = ok(await saveArticle(writer.id, { id: null, version: null, intent: 'autosave', content: await content({ title: 'Typing', categoryId: category.id }), scheduledAt: null }));
    const b = ok(await saveArticle(writer.id, { id: a.id, version: a.version, intent: 'autosave', content: await content({ title: 'Typing more', slug: a.slug, categoryId: category.id }), scheduledAt: null }));
    ok(await saveArticle(writer.id, { id: a.id, version: b.version, intent: 'autosave', content: await content({ title: 'Typing even more', slug: a.slug, categoryId: category.id }), scheduledAt: null }));
    const rows = await (await getDb()).select().from(articleRevisions).where(and(eq(articleRevisions.articleId, a.id), eq(articleRevisions.autosave, true)));
    expect(rows).toHaveLength(1);
    expect(rows[0].snapshot.title).toBe('Typing even more');
  });

  it('lists a writer’s own articles only, and an editor’s everyone’s, by status and title', async () => {
    const writer = await createUser('writer');
    const otherWriter = await createUser('writer');
    const editor = await createUser('editor');
    const mark = crypto.randomUUID().slice(0, 8);
    const mine = ok(await saveArticle(writer.id, { id: null, version: null, intent: 'save', content: await content({ title: `Mine ${mark}` }), scheduledAt: null }));
    ok(await saveArticle(otherWriter.id, { id: null, version: null, intent: 'submit', content: await content({ title: `Theirs ${mark}` }), scheduledAt: null }));
    const writersView = await listNewsroomArticles(writer.id, { q: mark });
    expect(writersView?.rows.map((r) => r.id)).toEqual([mine.id]);
    const editorsView = await listNewsroomArticles(editor.id, { q: mark });
    expect(editorsView?.rows.map((r) => r.title).sort()).toEqual([`Mine ${mark}`, `Theirs ${mark}`]);
    expect((await listNewsroomArticles(editor.id, { q: mark, status: 'review' }))?.rows.map((r) => r.title)).toEqual([`Theirs ${mark}`]);
    expect(await listNewsroomArticles((await createUser('moderator')).id, {})).toBeNull();
    // The writer's byline is their own profile, made from their name on their first article.
    const [byline] = await queryRows<{ user_id: string }>(await getDb(), sql`select au.user_id from articles a join authors au on au.id = a.author_id where a.id = ${mine.id}`);
    expect(byline.user_id).toBe(writer.id);
  });

  it('links a byline to one newsroom account at most', async () => {
    const editor = await createUser('editor');
    const writer = await createUser('writer');
    const reader = await createUser('reader');
    const name = `Guest ${crypto.randomUUID().slice(0, 6)}`;
    expect(await saveByline(editor.id, { id: null, name, bio: 'A guest critic.', userId: writer.id })).toEqual({ status: 'ok' });
    expect(await saveByline(editor.id, { id: null, name: `${name} two`, bio: '', userId: writer.id })).toMatchObject({ status: 'invalid', field: 'userId', message: expect.stringContaining(name) });
    expect(await saveByline(editor.id, { id: null, name: `${name} three`, bio: '', userId: reader.id })).toMatchObject({ status: 'invalid', field: 'userId' });
    // The writer's next article is written under the byline they were given.
    const article = ok(await saveArticle(writer.id, { id: null, version: null, intent: 'save', content: await content(), scheduledAt: null }));
    const [row] = await queryRows<{ name: string }>(await getDb(), sql`select au.name from articles a join authors au on au.id = a.author_id where a.id = ${article.id}`);
    expect(row.name).toBe(name);
  });

  it('logs an editor’s care of categories, tags and bylines in the audit log, and nothing for a refused change', async () => {
    const editor = await createUser('editor');
    const writer = await createUser('writer');
    const db = await getDb();
    const mine = () => db.select({ action: moderationActions.action, from: moderationActions.fromStatus, to: moderationActions.toStatus, note: moderationActions.note, target: moderationActions.targetUserId }).from(moderationActions).where(eq(moderationActions.actorId, editor.id)).orderBy(moderationActions.id);
    const name = `Audited ${crypto.randomUUID().slice(0, 6)}`;
    expect(await saveCategory(editor.id, { id: null, name, description: 'First words' })).toEqual({ status: 'ok' });
    const [category] = await db.select({ id: categories.id, slug: categories.slug }).from(categories).where(eq(categories.name, name));
    expect(await saveCategory(editor.id, { id: category.id, name: `${name} renamed`, description: 'Better words' })).toEqual({ status: 'ok' });
    expect(await saveCategory(editor.id, { id: null, name: `${name} renamed`, description: '' })).toMatchObject({ status: 'invalid' }); // taken: nothing logged
    const [tag] = await db.insert(tags).values({ slug: `audited-${crypto.randomUUID().slice(0, 6)}`, name: 'Old tag name' }).returning();
    expect(await renameTag(editor.id, tag.id, 'New tag name')).toEqual({ status: 'ok' });
    expect(await saveByline(editor.id, { id: null, name: `${name} byline`, bio: '', userId: writer.id })).toEqual({ status: 'ok' });
    expect(await mine()).toEqual([
      { action: 'category_create', from: null, to: name, note: `/category/${category.slug}`, target: null },
      { action: 'category_change', from: name, to: `${name} renamed`, note: `/category/${category.slug}; description changed`, target: null },
      { action: 'tag_rename', from: 'Old tag name', to: 'New tag name', note: `/tag/${tag.slug}`, target: null },
      { action: 'byline_create', from: null, to: `${name} byline`, note: expect.stringMatching(/^\/author\//), target: writer.id },
    ]);
    // Saving what is already there changes nothing and logs nothing.
    const entries = (await mine()).length;
    expect(await saveCategory(editor.id, { id: category.id, name: `${name} renamed`, description: 'Better words' })).toEqual({ status: 'ok' });
    expect(await renameTag(editor.id, tag.id, 'New tag name')).toEqual({ status: 'ok' });
    expect(await mine()).toHaveLength(entries);
  });

  it('keeps a scheduled article’s time through edits, and moves it only when rescheduled', async () => {
    const editor = await createUser('editor');
    const at = new Date(Date.now() + 86_400_000);
    const later = new Date(Date.now() + 2 * 86_400_000);
    const base = await content();
    const scheduled = ok(await saveArticle(editor.id, { id: null, version: null, intent: 'schedule', content: base, scheduledAt: at }));
    const edited = ok(await saveArticle(editor.id, { id: scheduled.id, version: scheduled.version, intent: 'save', content: { ...base, slug: scheduled.slug, dek: 'A better dek' }, scheduledAt: null }));
    const timeOf = async () => (await (await getDb()).select({ at: articles.scheduledAt, status: articles.status }).from(articles).where(eq(articles.id, scheduled.id)))[0];
    expect(await timeOf()).toEqual({ at, status: 'scheduled' });
    const moved = ok(await saveArticle(editor.id, { id: scheduled.id, version: edited.version, intent: 'schedule', content: { ...base, slug: scheduled.slug, dek: 'A better dek' }, scheduledAt: later }));
    expect(moved.changed).toBe(true);
    expect(await timeOf()).toEqual({ at: later, status: 'scheduled' });
    expect(await auditOf(scheduled.id)).toEqual(['article_create', 'article_schedule', 'article_schedule']);
  });
});
