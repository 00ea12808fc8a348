import { ROLE_LABELS } from '@/db/enums';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { ChangeEmailForm, ChangePasswordForm, EmailPreferencesForm } from '@/components/account-email-forms';
import { AvatarPicker } from '@/components/avatar-picker';
import { DeleteAccountForm } from '@/components/delete-account-form';
import { getAvatarChoice } from '@/lib/dal/profiles';
import { ProfileForm } from '@/components/profile-form';
import { config } from '@/lib/config';
import { PublishedTime } from '@/components/ui/published-time';
import { resendVerificationAction } from '@/lib/actions/account';
import { signOutEverywhere } from '@/lib/actions/auth';
import { getEmailStatus } from '@/lib/dal/account-email';
import { getEmailPreferences } from '@/lib/dal/email-preferences';
import { listRecentCommentsByUser } from '@/lib/dal/comments';
import { countLiveSessions } from '@/lib/dal/sessions';
import { listMutedPeople } from '@/lib/dal/mutes';
import { unmuteAction } from '@/lib/actions/mutes';
import { getViewer, restrictionMessage } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Your profile', robots: { index: false } };

const STATUS_NOTE = { pending: 'Awaiting review', hidden: 'Hidden by a moderator', deleted: 'Deleted', published: null, shadowed: null } as const;

type Props = { searchParams: Promise<{ kept?: string }> };

export default async function ProfilePage({ searchParams }: Props) {
  await connection();
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=%2Fprofile');
  const [comments, sessionCount, muted, email, preferences, avatar] = await Promise.all([
    listRecentCommentsByUser(viewer.id),
    countLiveSessions(viewer.id),
    listMutedPeople(viewer.id),
    getEmailStatus(viewer.id),
    getEmailPreferences(viewer.id),
    getAvatarChoice(viewer.id),
  ]);
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-8">
      <header>
        <h1 className="text-3xl font-extrabold">{viewer.name}</h1>
        <p className="text-zinc-600 dark:text-zinc-400">
          Joined <PublishedTime date={viewer.createdAt} /> · {ROLE_LABELS[viewer.role]} ·{' '}
          <Link href={`/people/${viewer.handle}`} className="underline">
            Your public profile
          </Link>
        </p>
        {(await searchParams).kept === '1' && (
          <p role="status" className="mt-2 rounded-lg bg-green-50 p-3 text-green-900 dark:bg-green-950 dark:text-green-200">
            Welcome back: your account will not be deleted.
          </p>
        )}
        {viewer.restriction && <p className="mt-2 rounded-lg bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-200">{restrictionMessage(viewer)}</p>}
      </header>
      <section aria-labelledby="name-heading">
        <h2 id="name-heading" className="mb-3 text-xl font-bold">
          Your name
        </h2>
        <ProfileForm name={viewer.name} />
        <div className="mt-6">
          <AvatarPicker name={viewer.name} handle={viewer.handle} current={avatar} />
        </div>
      </section>
      <section aria-labelledby="email-heading" className="flex flex-col gap-4">
        <h2 id="email-heading" className="text-xl font-bold">
          Email and password
        </h2>
        <p>
          Your address: <strong>{email?.email}</strong>{' '}
          {email?.verified ? <span className="text-green-800 dark:text-green-400">(confirmed)</span> : <span className="text-amber-800 dark:text-amber-400">(not confirmed yet)</span>}
        </p>
        {!email?.verified && <ActionForm action={resendVerificationAction} submitLabel="Send the confirmation link again" pendingLabel="Sending…" />}
        {email?.hasPassword ? (
          <div className="grid gap-6 sm:grid-cols-2">
            <ChangeEmailForm />
            <ChangePasswordForm />
          </div>
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">You sign in with GitHub or Google: your address and password are managed there.</p>
        )}
      </section>
      <section aria-labelledby="emails-heading">
        <h2 id="emails-heading" className="mb-3 text-xl font-bold">
          Emails we send you
        </h2>
        <EmailPreferencesForm preferences={preferences} verified={email?.verified ?? false} />
      </section>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-3 text-xl font-bold">
          Where you are signed in
        </h2>
        <p className="mb-3 text-zinc-700 dark:text-zinc-300">
          {sessionCount === 1 ? 'You are signed in on this device only.' : `You are signed in on ${sessionCount} devices or browsers, this one included.`} Signing out
          everywhere ends every one of them, this one too.
        </p>
        <ActionForm action={signOutEverywhere} submitLabel="Sign out everywhere" pendingLabel="Signing out…" />
      </section>
      <section aria-labelledby="muted-heading">
        <h2 id="muted-heading" className="mb-3 text-xl font-bold">
          People you muted
        </h2>
        {muted.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">Nobody. Mute someone from one of their comments: theirs then show collapsed for you, everywhere.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {muted.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-3">
                <span className="font-semibold">{m.name}</span>
                <span className="text-sm text-zinc-600 dark:text-zinc-400">
                  since <PublishedTime date={new Date(m.since)} />
                </span>
                <ActionForm action={unmuteAction} submitLabel={`Unmute ${m.name}`} buttonClassName="text-sm font-medium underline">
                  <input type="hidden" name="userId" value={m.id} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-heading" className="flex flex-col gap-4">
        <h2 id="data-heading" className="text-xl font-bold">
          Your data
        </h2>
        <p>
          <a href="/api/account/export" download className="font-semibold underline">
            Export my data
          </a>{' '}
          <span className="text-zinc-600 dark:text-zinc-400">(a JSON file: your profile, comments, reactions, likes, reports, mutes and notifications)</span>
        </p>
        <details className="rounded-lg border border-zinc-300 p-3 dark:border-zinc-700">
          <summary className="cursor-pointer font-semibold">Delete my account</summary>
          <div className="mt-3">
            <DeleteAccountForm hasPassword={email?.hasPassword ?? false} graceDays={Math.round((config().accountDeletionGraceSeconds / 86_400) * 10) / 10} />
          </div>
        </details>
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-xl font-bold">
          Your recent comments
        </h2>
        {comments.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">You have not commented yet.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {comments.map((c) => (
              <li key={c.id} className="border-b border-zinc-200 pb-3 dark:border-zinc-800">
                <p className="text-sm">
                  On{' '}
                  <Link href={`/articles/${c.article.slug}#comments`} className="font-semibold hover:underline">
                    {c.article.title}
                  </Link>{' '}
                  · <PublishedTime date={new Date(c.createdAt)} />
                  {STATUS_NOTE[c.status] && <span className="ml-2 rounded bg-zinc-200 px-1.5 text-xs dark:bg-zinc-700">{STATUS_NOTE[c.status]}</span>}
                </p>
                {c.body !== null && <p className="mt-1 line-clamp-3 whitespace-pre-wrap text-zinc-800 dark:text-zinc-200">{c.body}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
