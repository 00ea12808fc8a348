// The newsroom's authorization matrix: every newsroom call, made directly against the data layer as each
// kind of caller. Only the allowed callers change anything; everyone else is refused and nothing is
// written (not an article, a revision, a tag, a byline, an upload or an audit entry).
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb, queryRows } from '@/db/client';
import type { UserRole } from '@/db/enums';
import { tags, users } from '@/db/schema';
import type { ArticleContent } from '@/lib/article-validation';
import { getRevisionPair, listRevisions, restoreRevision } from '@/lib/dal/article-revisions';
import { uploadImage } from '@/lib/dal/media';
import { getArticleForEditing, getNewsroomChoices, listNewsroomArticles } from '@/lib/dal/newsroom-articles';
import { listTaxonomy, renameTag, saveByline, saveCategory } from '@/lib/dal/taxonomy';
import { saveArticle, type SaveIntent } from '@/lib/dal/newsroom-writes';
import { createCategory } from '../support/fixtures';

type Caller = 'anonymous' | 'reader' | 'moderator' | 'suspended editor' | 'owner writer' | 'other writer' | 'editor' | 'admin';
const CALLERS: Caller[] = ['anonymous', 'reader', 'moderator', 'suspended editor', 'owner writer', 'other writer', 'editor', 'admin'];
const EDITORS: Caller[] = ['editor', 'admin'];

async function user(role: UserRole, extra: Partial<typeof users.$inferInsert> = {}) {
  const [row] = await (await getDb()).insert(users).values({ email: `${role}-${crypto.randomUUID()}@example.test`, name: `${role} ${crypto.randomUUID().slice(0, 6)}`, role, ...extra }).returning();
  return row.id;
}

type World = { ids: Record<Caller, string | null>; categoryId: number; draft: { id: number; version: number }; published: { id: number; version: number }; revisionId: number };

let image: Buffer;
beforeAll(async () => {
  image = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#c33' } }).jpeg().toBuffer();
});

const content = (w: World, title = 'Matrix story'): ArticleContent => ({
  title,
  slug: '',
  dek: 'Dek',
  body: 'Body',
  categoryId: w.categoryId,
  authorId: null,
  tags: [`matrix ${title}`],
  heroImage: null,
  heroAlt: null,
  heroCredit: null,
  video: null,
  watchCta: null,
});

async function world(): Promise<World> {
  const ids: Record<Caller, string | null> = {
    anonymous: null,
    reader: await user('reader'),
    moderator: await user('moderator'),
    'suspended editor': await user('editor', { suspendedUntil: new Date(Date.now() + 86_400_000), restrictionReason: 'time out' }),
    'owner writer': await user('writer'),
    'other writer': await user('writer'),
    editor: await user('editor'),
    admin: await user('admin'),
  };
  const categoryId = (await createCategory()).id;
  const w = { ids, categoryId } as World;
  const draft = await saveArticle(ids['owner writer'], { id: null, version: null, intent: 'save', content: content(w, `Owner draft ${crypto.randomUUID()}`), scheduledAt: null });
  const published = await saveArticle(ids.editor, { id: null, version: null, intent: 'publish', content: content(w, `Live story ${crypto.randomUUID()}`), scheduledAt: null });
  if (draft.status !== 'ok' || published.status !== 'ok') throw new Error('setup failed');
  const edited = await saveArticle(ids['owner writer'], { id: draft.id, version: draft.version, intent: 'save', content: { ...content(w, `Owner draft, second take ${crypto.randomUUID()}`), slug: draft.slug }, scheduledAt: null });
  if (edited.status !== 'ok') throw new Error('setup failed');
  const revisions = await listRevisions(ids['owner writer'], draft.id);
  return { ...w, draft: { id: draft.id, version: edited.version }, published: { id: published.id, version: published.version }, revisionId: revisions!.at(-1)!.id };
}

async function snapshot() {
  const [row] = await queryRows<Record<string, string>>(
    await getDb(),
    sql`select (select string_agg(id || ':' || status || ':' || version || ':' || title || ':' || slug, ',' order by id) from articles) as articles,
      (select count(*)::text from article_revisions) as revisions,
      (select count(*)::text from article_slug_redirects) as redirects,
      (select count(*)::text from tags) as tags,
      (select string_agg(id || ':' || name, ',' order by id) from tags) as tag_names,
      (select string_agg(id || ':' || name || ':' || description, ',' order by id) from categories) as categories,
      (select count(*)::text from article_tags) as article_tags,
      (select string_agg(id || ':' || name || ':' || coalesce(user_id, ''), ',' order by id) from authors) as authors,
      (select count(*)::text from media) as media,
      (select count(*)::text from moderation_actions) as log`,
  );
  return row;
}

const save = (intent: SaveIntent, target: 'draft' | 'published' | 'new') => (w: World, actor: string | null) =>
  saveArticle(actor, {
    id: target === 'new' ? null : w[target].id,
    version: target === 'new' ? null : w[target].version,
    intent,
    content: content(w, `Changed by the matrix ${intent} ${crypto.randomUUID()}`),
    scheduledAt: intent === 'schedule' ? new Date(Date.now() + 86_400_000) : null,
  });

const ops: { name: string; allowed: Caller[]; run: (w: World, actor: string | null) => Promise<{ status: string }> }[] = [
  { name: 'write a new article', allowed: ['owner writer', 'other writer', 'editor', 'admin'], run: save('save', 'new') },
  { name: 'edit the writer’s own draft', allowed: ['owner writer', ...EDITORS], run: save('save', 'draft') },
  { name: 'submit the draft for review', allowed: ['owner writer', ...EDITORS], run: save('submit', 'draft') },
  { name: 'publish the draft', allowed: EDITORS, run: save('publish', 'draft') },
  { name: 'schedule the draft', allowed: EDITORS, run: save('schedule', 'draft') },
  { name: 'publish a new article at once', allowed: EDITORS, run: save('publish', 'new') },
  { name: 'edit a published article', allowed: EDITORS, run: save('save', 'published') },
  { name: 'unpublish a published article', allowed: EDITORS, run: save('unpublish', 'published') },
  { name: 'restore an old revision of the draft', allowed: ['owner writer', ...EDITORS], run: (w, a) => restoreRevision(a, w.draft.id, w.revisionId, w.draft.version) },
  { name: 'add a category', allowed: EDITORS, run: (_w, a) => saveCategory(a, { id: null, name: `Matrix ${crypto.randomUUID().slice(0, 8)}`, description: '' }) },
  { name: 'rename a category', allowed: EDITORS, run: (w, a) => saveCategory(a, { id: w.categoryId, name: `Renamed ${crypto.randomUUID().slice(0, 8)}`, description: 'New words' }) },
  { name: 'add a byline linked to a writer', allowed: EDITORS, run: (w, a) => saveByline(a, { id: null, name: `Byline ${crypto.randomUUID().slice(0, 8)}`, bio: '', userId: w.ids['other writer'] }) },
  { name: 'rename a tag', allowed: EDITORS, run: async (_w, a) => renameTag(a, (await (await getDb()).select({ id: tags.id }).from(tags).limit(1))[0].id, `Tag ${crypto.randomUUID().slice(0, 8)}`) },
  { name: 'upload an image', allowed: ['owner writer', 'other writer', 'editor', 'admin'], run: (_w, a) => uploadImage(a, image) },
];

describe('newsroom authorization matrix', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  for (const op of ops) {
    for (const caller of CALLERS) {
      const allowed = op.allowed.includes(caller);
      it(`${op.name} as ${caller}: ${allowed ? 'allowed' : 'refused, nothing written'}`, async () => {
        const before = await snapshot();
        const result = await op.run(w, w.ids[caller]);
        const after = await snapshot();
        if (allowed) {
          expect(result).toMatchObject({ status: 'ok' });
          expect(after).not.toEqual(before);
        } else {
          expect(result).toEqual({ status: 'forbidden' });
          expect(after).toEqual(before);
        }
      });
    }
  }

  it('shows the newsroom’s lists, articles and history only to its members, and a writer only their own', async () => {
    for (const caller of CALLERS) {
      const member = ['owner writer', 'other writer', 'editor', 'admin'].includes(caller);
      const actor = w.ids[caller];
      expect((await listNewsroomArticles(actor, {})) !== null, caller).toBe(member);
      expect((await getNewsroomChoices(actor)) !== null, caller).toBe(member);
      expect((await listTaxonomy(actor)) !== null, caller).toBe(EDITORS.includes(caller));
      const seesDraft = ['owner writer', ...EDITORS].includes(caller);
      const opened = await getArticleForEditing(actor, w.draft.id);
      expect(opened !== 'forbidden' && opened !== null, caller).toBe(seesDraft);
      expect((await listRevisions(actor, w.draft.id)) !== null, caller).toBe(seesDraft);
      expect((await getRevisionPair(actor, w.draft.id, w.revisionId)) !== null, caller).toBe(seesDraft);
    }
    // The owner may open their article once it is published, but no longer change it.
    const published = await saveArticle(w.ids.editor, { id: w.draft.id, version: w.draft.version, intent: 'publish', content: content(w, `Owner draft ${crypto.randomUUID()}`), scheduledAt: null });
    expect(published.status).toBe('ok');
    const opened = await getArticleForEditing(w.ids['owner writer'], w.draft.id);
    expect(opened !== 'forbidden' && opened?.editable).toBe(false);
  });
});
