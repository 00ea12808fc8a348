import { ROLE_LABELS, USER_ROLES } from '@/db/enums';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { RestrictControls } from '@/components/moderation/restrict-controls';
import { changeRoleAction } from '@/lib/actions/moderation';
import { staffRole } from '@/lib/dal/staff';
import { searchUsers } from '@/lib/dal/user-history';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Users', robots: { index: false } };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const viewer = await getViewer();
  const q = typeof (await searchParams).q === 'string' ? (await searchParams).q!.slice(0, 100) : '';
  const found = await searchUsers(viewer?.id ?? null, q);
  if (!found) notFound();
  const isAdmin = (await staffRole(viewer?.id)) === 'admin';

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Users</h1>
      <form action="/moderation/users" role="search" className="flex gap-2">
        <label htmlFor="user-q" className="sr-only">
          Search by name or email
        </label>
        <input id="user-q" name="q" defaultValue={q} placeholder="Name or email" className="w-72 rounded-full border border-zinc-300 bg-white px-4 py-1.5 dark:border-zinc-700 dark:bg-zinc-900" />
        <button type="submit" className="rounded-full bg-brand-600 px-4 py-1.5 font-semibold text-white">
          Search
        </button>
      </form>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{q ? `${found.length} users match “${q}”.` : 'Staff accounts. Search to find a reader.'}</p>
      <ul className="flex flex-col gap-6">
        {found.map((u) => (
          <li key={u.id} className="flex flex-col gap-2 border-b border-zinc-200 pb-4 dark:border-zinc-800">
            <p>
              <Link href={`/moderation/users/${u.id}`} className="font-semibold underline">
                {u.name}
              </Link> <span className="text-sm text-zinc-600 dark:text-zinc-400">{u.email}</span>{' '}
              <span className="rounded bg-zinc-200 px-1.5 text-xs uppercase dark:bg-zinc-700">{u.role}</span>
              {u.bannedAt && <span className="ml-2 text-sm text-red-700 dark:text-red-400">banned</span>}
              {u.suspendedUntil && <span className="ml-2 text-sm text-amber-800 dark:text-amber-400">suspended until {u.suspendedUntil.slice(0, 16).replace('T', ' ')} UTC</span>}
              {u.shadowBanned && <span className="ml-2 text-sm text-purple-800 dark:text-purple-300">shadow banned</span>}
              {u.alwaysReview && <span className="ml-2 text-sm text-sky-800 dark:text-sky-300">every comment reviewed</span>}
            </p>
            {u.id !== viewer?.id && (isAdmin || u.role === 'reader') && (
              <RestrictControls userId={u.id} name={u.name} restricted={Boolean(u.bannedAt || u.suspendedUntil)} />
            )}
            {isAdmin && u.id !== viewer?.id && (
              <ActionForm action={changeRoleAction} submitLabel="Change role">
                <input type="hidden" name="userId" value={u.id} />
                <label htmlFor={`role-${u.id}`} className="text-sm font-medium">
                  Role of {u.name}
                </label>
                <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900">
                  {USER_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABELS[role]}
                    </option>
                  ))}
                </select>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
