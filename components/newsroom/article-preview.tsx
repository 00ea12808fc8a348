import { ArticleBody } from '@/components/article-body';
import { VideoFacade } from '@/components/video-facade';
import { WatchCtaCard } from '@/components/watch-cta';
import type { ArticleFormFields } from '@/lib/article-validation';
import { parseVideoUrl } from '@/lib/video-providers';

// The article as readers will see it, from the editor's fields (saved or not), drawn by the same
// components as the article page: the same Markdown renderer, video player and Watch now card.
export function ArticlePreview({ fields }: { fields: ArticleFormFields }) {
  const parsed = fields.videoUrl ? parseVideoUrl(fields.videoUrl, fields.videoTitle || fields.title || '') : null;
  const video = parsed && 'video' in parsed ? parsed.video : null;
  const cta = fields.ctaTitle && fields.ctaPlatform && fields.ctaUrl ? { title: fields.ctaTitle, platform: fields.ctaPlatform, url: fields.ctaUrl, image: fields.ctaImage || undefined } : null;
  return (
    <section aria-labelledby="preview-heading" className="rounded-xl border-2 border-dashed border-brand-500/60 p-5">
      <h2 id="preview-heading" className="mb-4 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">
        Preview
      </h2>
      <article className="mx-auto max-w-3xl">
        <h3 className="text-3xl font-extrabold leading-tight">{fields.title || 'Untitled'}</h3>
        {fields.dek && <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{fields.dek}</p>}
        {fields.heroImage && (
          <figure className="my-6">
            {/* eslint-disable-next-line @next/next/no-img-element -- the uploaded copy itself */}
            <img src={fields.heroImage} alt={fields.heroAlt ?? ''} className="aspect-video w-full rounded-lg object-cover" />
            {fields.heroCredit && <figcaption className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{fields.heroCredit}</figcaption>}
          </figure>
        )}
        <ArticleBody markdown={fields.body ?? ''} />
        {video && <VideoFacade video={video} poster={fields.heroImage || null} />}
        {cta && <WatchCtaCard cta={cta} />}
      </article>
    </section>
  );
}
