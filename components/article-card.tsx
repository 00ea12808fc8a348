import Image from 'next/image';
import Link from 'next/link';
import { PublishedTime } from '@/components/ui/published-time';
import type { ArticleSummary } from '@/lib/dal/articles';

type Props = { article: ArticleSummary; priority?: boolean; compact?: boolean };

export function ArticleCard({ article, priority = false, compact = false }: Props) {
  return (
    <article className="group flex flex-col gap-2">
      {article.heroImage && (
        <Link href={`/articles/${article.slug}`} tabIndex={-1} aria-hidden="true">
          <Image
            src={article.heroImage}
            alt=""
            width={600}
            height={338}
            sizes={compact ? '(min-width: 1024px) 25vw, (min-width: 640px) 50vw, 100vw' : '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw'}
            priority={priority}
            className="aspect-video w-full rounded-lg object-cover"
          />
        </Link>
      )}
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">{article.category.name}</p>
      <h3 className={`${compact ? 'text-base' : 'text-lg'} font-bold leading-snug`}>
        <Link href={`/articles/${article.slug}`} className="group-hover:underline">
          {article.title}
        </Link>
      </h3>
      {!compact && <p className="text-sm text-zinc-700 dark:text-zinc-300">{article.dek}</p>}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {article.author.name} · <PublishedTime date={article.publishedAt} />
        {article.reactionCount > 0 && <> · {article.reactionCount} reactions</>}
        {article.commentCount > 0 && <> · {article.commentCount} comments</>}
      </p>
    </article>
  );
}
