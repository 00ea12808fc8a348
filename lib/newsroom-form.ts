import type { EditableArticle, NewsroomChoices } from '@/lib/dal/newsroom-articles';
import type { ArticleFormFields } from '@/lib/article-validation';
import { videoPageUrl } from '@/lib/video-providers';

/** A saved article as the editor's form fields (the same strings the form sends). */
export function formFieldsOf(article: EditableArticle): ArticleFormFields {
  return {
    id: String(article.id),
    version: String(article.version),
    title: article.title,
    slug: article.slug,
    dek: article.dek,
    body: article.body,
    categoryId: String(article.categoryId),
    authorId: String(article.authorId),
    tags: article.tags.join(', '),
    heroImage: article.heroImage ?? '',
    heroAlt: article.heroAlt ?? '',
    heroCredit: article.heroCredit ?? '',
    videoUrl: article.video ? videoPageUrl(article.video) : '',
    videoTitle: article.video && article.video.title !== article.title ? article.video.title : '',
    ctaTitle: article.watchCta?.title ?? '',
    ctaPlatform: article.watchCta?.platform ?? '',
    ctaUrl: article.watchCta?.url ?? '',
    ctaImage: article.watchCta?.image ?? '',
    scheduledAt: '',
  };
}

/** What the editor's form offers, without anything private (the accounts behind bylines stay here). */
export function editorChoices(choices: NewsroomChoices) {
  return { categories: choices.categories, authors: choices.authors.map(({ id, name }) => ({ id, name })), tags: choices.tags };
}
