// Similar articles: ranked by shared tags, then same category, then recency; never the article itself
// or an unpublished one; topped up with the category's latest when few articles share a tag.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articleTags, tags } from '@/db/schema';
import { listRelatedArticles } from '@/lib/dal/articles';
import { createArticle, createCategory } from '../support/fixtures';

async function tagged(articleId: number, tagIds: number[]) {
  if (tagIds.length) await (await getDb()).insert(articleTags).values(tagIds.map((tagId) => ({ articleId, tagId })));
}

describe('similar articles', () => {
  it('ranks by shared tags, then category, then recency, and leaves out the article itself and drafts', async () => {
    const db = await getDb();
    const [home, other] = [await createCategory('Dramas'), await createCategory('Music')];
    const [t1, t2, t3] = await db
      .insert(tags)
      .values([1, 2, 3].map((i) => ({ slug: `rel-${crypto.randomUUID()}`, name: `Tag ${i}` })))
      .returning();
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    const subject = await createArticle({ categoryId: home.id, publishedAt: day(0) });
    await tagged(subject.id, [t1.id, t2.id, t3.id]);

    const threeTagsOtherCategory = await createArticle({ categoryId: other.id, title: 'three shared', publishedAt: day(20) });
    await tagged(threeTagsOtherCategory.id, [t1.id, t2.id, t3.id]);
    const oneTagSameCategory = await createArticle({ categoryId: home.id, title: 'one shared, same category', publishedAt: day(3) });
    await tagged(oneTagSameCategory.id, [t1.id]);
    const oneTagOtherCategory = await createArticle({ categoryId: other.id, title: 'one shared, other category', publishedAt: day(1) });
    await tagged(oneTagOtherCategory.id, [t2.id]);
    const draft = await createArticle({ categoryId: home.id, status: 'draft', title: 'draft' });
    await tagged(draft.id, [t1.id, t2.id, t3.id]);
    const sameCategoryOnly = await createArticle({ categoryId: home.id, title: 'same category, no tag', publishedAt: day(2) });
    const unrelated = await createArticle({ categoryId: other.id, title: 'nothing in common', publishedAt: day(0) });

    const related = await listRelatedArticles(subject.id, home.id);
    expect(related.map((a) => a.id)).toEqual([threeTagsOtherCategory.id, oneTagSameCategory.id, oneTagOtherCategory.id, sameCategoryOnly.id]);
    expect(related.map((a) => a.id)).not.toContain(unrelated.id);
    // Each card carries what the card shows.
    expect(related[0]).toMatchObject({ title: 'three shared', category: { name: 'Music' } });
  });

  it('returns at most the limit, topped up from the category when nothing shares a tag', async () => {
    const category = await createCategory('Recaps');
    const subject = await createArticle({ categoryId: category.id });
    for (let i = 0; i < 8; i++) await createArticle({ categoryId: category.id });
    const related = await listRelatedArticles(subject.id, category.id);
    expect(related).toHaveLength(6);
    expect(related.map((a) => a.id)).not.toContain(subject.id);
  });
});
