import 'server-only';
import { and, asc, desc, eq, gte, sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { articles, articleStats, articleTags, authors, categories, tags, type VideoEmbed, type WatchCta } from '@/db/schema';
import { summaryColumns, summaryFromRow, summaryJoins, summaryJoinSql, summarySelectSql, type SummaryRow } from './article-columns';

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  dek: string;
  heroImage: string | null;
  heroAlt: string;
  publishedAt: Date;
  category: { slug: string; name: string };
  author: { slug: string; name: string };
  reactionCount: number;
  commentCount: number;
};

export type ArticleDetail = ArticleSummary & {
  body: string;
  heroCredit: string | null;
  updatedAt: Date;
  video: VideoEmbed | null;
  watchCta: WatchCta | null;
  tags: { slug: string; name: string }[];
  categoryId: number;
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const isValidSlug = (slug: string) => slug.length <= 200 && SLUG_PATTERN.test(slug);

export async function listLatestArticles(limit = 20): Promise<ArticleSummary[]> {
  const db = await getDb();
  return db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, summaryJoins.category)
    .innerJoin(authors, summaryJoins.author)
    .leftJoin(articleStats, summaryJoins.stats)
    .where(eq(articles.status, 'published'))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(Math.min(Math.max(limit, 1), 100));
}

/** A published article by slug with its tags, or null for unknown slugs and drafts. */
export async function getPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  if (!isValidSlug(slug)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      ...summaryColumns,
      body: articles.body,
      heroCredit: articles.heroCredit,
      updatedAt: articles.updatedAt,
      video: articles.video,
      watchCta: articles.watchCta,
      categoryId: articles.categoryId,
    })
    .from(articles)
    .innerJoin(categories, summaryJoins.category)
    .innerJoin(authors, summaryJoins.author)
    .leftJoin(articleStats, summaryJoins.stats)
    .where(and(eq(articles.slug, slug), eq(articles.status, 'published')))
    .limit(1);
  if (!row) return null;
  const tagRows = await db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(asc(tags.name));
  return { ...row, tags: tagRows };
}

// How many recent articles per shared tag are considered. Bounds the work on very popular tags, so the
// query costs the same at 1,000 or 100,000 articles.
const CANDIDATES_PER_TAG = 100;

/**
 * Up to `limit` published articles like this one: ranked by shared tags, then same category, then
 * recency. Topped up with the category's latest when few articles share a tag. Never the article itself.
 */
export async function listRelatedArticles(articleId: number, categoryId: number, limit = 6): Promise<ArticleSummary[]> {
  const db = await getDb();
  const rows = await queryRows<SummaryRow>(db, relatedArticlesQuery(articleId, categoryId, limit));
  return rows.map(summaryFromRow);
}

/** The SQL behind listRelatedArticles, exported so benchmarks can EXPLAIN exactly what runs. */
export function relatedArticlesQuery(articleId: number, categoryId: number, limit = 6) {
  return sql`with candidates as (
          select t.article_id, count(*)::int as shared
          from article_tags mine
          cross join lateral (
            select at.article_id from article_tags at
            where at.tag_id = mine.tag_id and at.article_id <> ${articleId}
            order by at.article_id desc limit ${sql.raw(String(CANDIDATES_PER_TAG))}
          ) t
          where mine.article_id = ${articleId}
          group by t.article_id
        ),
        same_category as (
          select a.id as article_id, 0 as shared from articles a
          where a.category_id = ${categoryId} and a.status = 'published' and a.id <> ${articleId}
          order by a.published_at desc, a.id desc limit ${limit}
        ),
        pool as (
          select article_id, max(shared) as shared from (select * from candidates union all select * from same_category) u
          group by article_id
        ),
        -- Rank on the article rows alone; only the chosen few are joined to their card's details.
        ranked as (
          select a.id, p.shared * 10
                 + case when a.category_id = ${categoryId} then 4 else 0 end
                 - least(extract(epoch from (now() - a.published_at)) / 86400 / 14, 6) as score
          from pool p join articles a on a.id = p.article_id
          where a.status = 'published'
          order by score desc, a.published_at desc, a.id desc
          limit ${limit}
        )
        select ${summarySelectSql}
        from ranked r join articles a on a.id = r.id ${summaryJoinSql}
        order by r.score desc, a.published_at desc, a.id desc`;
}

/** Most reactions and comments in the last 7 days (hidden comments are already taken out of the counts). */
export async function listTrendingArticles(limit = 5): Promise<(ArticleSummary & { activity: number })[]> {
  const db = await getDb();
  // Raw SQL: a CTE sums the week's activity before the card details are joined.
  const rows = await queryRows<SummaryRow & { activity: number }>(
    db,
    sql`with activity as (
          select article_id, sum(reactions + comments)::int as activity from article_activity_daily
          where day > current_date - 7 group by article_id having sum(reactions + comments) > 0
          order by 2 desc limit ${limit * 3}
        )
        select ${summarySelectSql}, t.activity
        from activity t join articles a on a.id = t.article_id ${summaryJoinSql}
        where a.status = 'published'
        order by t.activity desc, a.published_at desc limit ${limit}`,
  );
  return rows.map((row) => ({ ...summaryFromRow(row), activity: row.activity }));
}

/** The latest `perCategory` articles of every category, in navigation order: one indexed query. */
export async function listCategorySections(perCategory = 4) {
  const db = await getDb();
  // Raw SQL: a lateral join takes each category's latest articles from its index.
  const rows = await queryRows<SummaryRow & { section_slug: string; section_name: string }>(
    db,
    sql`select c0.slug as section_slug, c0.name as section_name, ${summarySelectSql}
        from categories c0
        cross join lateral (
          select * from articles x where x.category_id = c0.id and x.status = 'published'
          order by x.published_at desc, x.id desc limit ${perCategory}
        ) a ${summaryJoinSql}
        order by c0.position, a.published_at desc, a.id desc`,
  );
  const sections: { slug: string; name: string; articles: ArticleSummary[] }[] = [];
  for (const row of rows) {
    let section = sections.at(-1);
    if (!section || section.slug !== row.section_slug) sections.push((section = { slug: row.section_slug, name: row.section_name, articles: [] }));
    section.articles.push(summaryFromRow(row));
  }
  return sections;
}

/** Slugs and dates of published articles, newest first, for sitemaps and feeds. */
export async function listPublishedForIndex(options: { since?: Date; limit?: number; categorySlug?: string } = {}) {
  const db = await getDb();
  return db
    .select({
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      heroImage: articles.heroImage,
      publishedAt: sql<Date>`${articles.publishedAt}`.mapWith(articles.publishedAt),
      updatedAt: articles.updatedAt,
      categorySlug: categories.slug,
      categoryName: categories.name,
      authorName: authors.name,
    })
    .from(articles)
    .innerJoin(categories, summaryJoins.category)
    .innerJoin(authors, summaryJoins.author)
    .where(
      and(
        eq(articles.status, 'published'),
        options.since ? gte(articles.publishedAt, options.since) : undefined,
        options.categorySlug ? eq(categories.slug, options.categorySlug) : undefined,
      ),
    )
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(Math.min(options.limit ?? 50_000, 50_000));
}

/** Names a shared cache (CDN, Varnish) can purge the article's page by: the article, its category and tags. */
export async function articleSurrogateKeys(articleId: number): Promise<string[]> {
  const db = await getDb();
  const [[article], tagRows] = await Promise.all([
    db.select({ category: categories.slug }).from(articles).innerJoin(categories, eq(categories.id, articles.categoryId)).where(eq(articles.id, articleId)),
    db.select({ slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, articleId)),
  ]);
  return [`article-${articleId}`, ...(article ? [`category-${article.category}`] : []), ...tagRows.map((t) => `tag-${t.slug}`)];
}
