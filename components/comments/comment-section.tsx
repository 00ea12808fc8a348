import Link from 'next/link';
import { COMMENT_SORTS, type CommentSort } from '@/lib/comment-sorts';
import { readArticleControls } from '@/lib/dal/article-controls';
import { countVisibleComments, listComments } from '@/lib/dal/comments';
import { orFallback } from '@/lib/unavailable';
import { getViewer, restrictionMessage } from '@/lib/viewer';
import { CommentThread } from './comment-thread';
import { ThreadNotices } from './thread-notices';
import type { ThreadViewer } from './types';

type Props = { articleId: number; slug: string; sort: CommentSort; cursor?: string };

export async function CommentSection({ articleId, slug, sort, cursor }: Props) {
  const loaded = await orFallback(
    async () => {
      const viewer = await getViewer();
      const [page, count, controls] = await Promise.all([
        listComments(articleId, viewer && { id: viewer.id, role: viewer.role }, { sort, cursor }),
        countVisibleComments(articleId),
        readArticleControls(articleId),
      ]);
      return { viewer, page, count, controls };
    },
    null,
    'comments',
  );
  if (!loaded) {
    return (
      <section id="comments" aria-labelledby="comments-heading" className="mt-12 border-t border-zinc-200 pt-6 dark:border-zinc-800">
        <h2 id="comments-heading" className="mb-4 text-xl font-bold">
          Comments
        </h2>
        <p role="status" data-unavailable="" className="text-zinc-600 dark:text-zinc-400">
          Comments are unavailable right now. Please try again in a moment.
        </p>
      </section>
    );
  }
  const { viewer, page, count, controls } = loaded;
  const threadViewer: ThreadViewer = viewer && { id: viewer.id, name: viewer.name, role: viewer.role, restricted: Boolean(viewer.restriction) };
  const path = `/articles/${slug}`;
  const back = encodeURIComponent(`${path}#comments`);
  const now = new Date().toISOString();
  const threadControls = { ...controls, premoderateUntil: controls.premoderateUntil?.toISOString() ?? null };

  return (
    <section id="comments" aria-labelledby="comments-heading" className="mt-12 scroll-mt-6 border-t border-zinc-200 pt-6 dark:border-zinc-800">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
        <h2 id="comments-heading" className="text-xl font-bold">
          Comments <span className="text-zinc-600 dark:text-zinc-400">({count})</span>
        </h2>
        <nav aria-label="Sort comments" className="flex gap-3 text-sm">
          {COMMENT_SORTS.map((s) => (
            <Link
              key={s.value}
              href={`${path}?sort=${s.value}#comments`}
              aria-current={s.value === sort ? 'true' : undefined}
              scroll={false}
              className={s.value === sort ? 'font-bold text-brand-700 underline dark:text-brand-500' : 'hover:underline'}
            >
              {s.label}
            </Link>
          ))}
        </nav>
      </div>
      {cursor && (
        <p className="mb-4 text-sm">
          <Link href={`${path}?sort=${sort}#comments`} className="underline">
            Back to the first comments
          </Link>
        </p>
      )}
      {/* Rendered here, on the server: the same for everyone, so none of it is shipped to the browser. */}
      <ThreadNotices controls={threadControls} now={now} />
      <CommentThread
        articleId={articleId}
        sort={sort}
        firstPage={page}
        viewer={threadViewer}
        personalized={viewer !== null}
        restrictionNote={viewer && restrictionMessage(viewer)}
        signInHref={`/signin?callbackUrl=${back}`}
        signUpHref={`/signup?callbackUrl=${back}`}
        now={now}
        controls={threadControls}
        loadMoreHref={`${path}?sort=${sort}&after=__CURSOR__#comments`}
      />
    </section>
  );
}
