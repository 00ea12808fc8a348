import type { ArticleDetail } from '@/lib/dal/articles';
import { SITE_NAME, siteUrl } from '@/lib/site';

export function articleJsonLd(article: ArticleDetail) {
  const base = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    image: article.heroImage ? [`${base}${article.heroImage}`] : [],
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    author: [{ '@type': 'Person', name: article.author.name, url: `${base}/author/${article.author.slug}` }],
    publisher: { '@type': 'Organization', name: SITE_NAME, url: base },
    mainEntityOfPage: `${base}/articles/${article.slug}`,
    articleSection: article.category.name,
    keywords: article.tags.map((t) => t.name),
  };
}

export function breadcrumbJsonLd(article: ArticleDetail) {
  const base = siteUrl();
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${base}/` },
      { '@type': 'ListItem', position: 2, name: article.category.name, item: `${base}/category/${article.category.slug}` },
      { '@type': 'ListItem', position: 3, name: article.title, item: `${base}/articles/${article.slug}` },
    ],
  };
}
