import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { Avatar } from '@/components/ui/avatar';
import { PublishedTime } from '@/components/ui/published-time';
import { getPublicProfile } from '@/lib/dal/profiles';
import { HANDLE_PATTERN } from '@/lib/validation';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

type Props = { params: Promise<{ handle: string }> };

async function profileOf(props: Props) {
  const { handle } = await props.params;
  return HANDLE_PATTERN.test(handle) ? getPublicProfile(handle) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  const profile = await profileOf(props);
  // Commenters' pages are for readers, not for search engines (and not a place to park links).
  return { title: profile ? `${profile.name} on Hallyu` : 'Nobody here', robots: { index: false } };
}

export default async function PersonPage(props: Props) {
  await connection();
  const profile = await profileOf(props);
  if (!profile) notFound();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <header className="flex items-center gap-4">
        <Avatar name={profile.name} handle={profile.handle} choice={profile.avatar} size={64} />
        <div>
          <h1 className="text-3xl font-extrabold">
            {profile.name}
            {profile.staff && <span className="ml-2 rounded border border-zinc-400 px-1.5 align-middle text-sm font-semibold dark:border-zinc-500">Staff</span>}
          </h1>
          <p className="text-zinc-600 dark:text-zinc-400">
            Joined <PublishedTime date={profile.joinedAt} /> · {profile.commentCount.toLocaleString('en')} {profile.commentCount === 1 ? 'comment' : 'comments'}
          </p>
        </div>
      </header>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-xl font-bold">
          Recent comments
        </h2>
        {profile.comments.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">No comments yet.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {profile.comments.map((c) => (
              <li key={c.id} className="border-b border-zinc-200 pb-3 dark:border-zinc-800">
                <p className="text-sm text-zinc-600 dark:text-zinc-400">
                  On{' '}
                  <Link href={`/articles/${c.article.slug}#comment-${c.id}`} className="font-medium text-zinc-900 underline dark:text-zinc-100">
                    {c.article.title}
                  </Link>{' '}
                  · <PublishedTime date={c.createdAt} />
                </p>
                <p className="mt-1 line-clamp-4 whitespace-pre-line break-words">{c.text}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
