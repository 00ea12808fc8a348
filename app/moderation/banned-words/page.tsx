import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { addBannedWordAction, removeBannedWordAction } from '@/lib/actions/moderation';
import { staffRole } from '@/lib/dal/staff';
import { listBannedWords } from '@/lib/dal/moderation-queue';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Banned words', robots: { index: false } };

export default async function BannedWordsPage() {
  await connection();
  const viewer = await getViewer();
  const words = await listBannedWords(viewer?.id ?? null);
  if (!words) notFound();
  const isAdmin = (await staffRole(viewer?.id)) === 'admin';
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Banned words</h1>
      <p className="max-w-2xl text-zinc-700 dark:text-zinc-300">
        A comment containing one of these words (as a whole word, in any case) is held as pending until a moderator reviews it, and nobody can take a display name containing one.
        {isAdmin ? '' : ' Only admins can change the list.'}
      </p>
      {isAdmin && (
        <ActionForm action={addBannedWordAction} submitLabel="Add word">
          <label htmlFor="new-word" className="text-sm font-medium">
            New banned word
          </label>
          <input id="new-word" name="word" required maxLength={40} className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900" />
        </ActionForm>
      )}
      {words.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">The list is empty.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {words.map((w) => (
            <li key={w} className="flex items-center gap-3">
              <span className="font-mono">{w}</span>
              {isAdmin && (
                <ActionForm action={removeBannedWordAction} submitLabel="Remove" buttonClassName="text-sm underline">
                  <input type="hidden" name="word" value={w} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
