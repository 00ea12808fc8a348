import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ActionForm } from '@/components/forms/action-form';
import { saveModerationSettingsAction } from '@/lib/actions/moderation';
import { readModerationSettings } from '@/lib/dal/moderation-settings';
import { staffRole } from '@/lib/dal/staff';
import { NEW_ACCOUNT_DAYS } from '@/lib/limits';
import { getViewer } from '@/lib/viewer';

// Renders in one pass with its data, like every page (see app/layout.tsx).
export const instant = false;

export const metadata: Metadata = { title: 'Moderation settings', robots: { index: false } };

export default async function SettingsPage() {
  await connection();
  const viewer = await getViewer();
  const role = await staffRole(viewer?.id);
  if (!role) notFound();
  const settings = await readModerationSettings();
  const isAdmin = role === 'admin';
  const fields = (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="hold-count" className="font-medium">
          Hold the first comments of every new account for review
        </label>
        <p id="hold-count-help" className="text-sm text-zinc-600 dark:text-zinc-400">
          How many of an account’s first comments wait for a moderator (0 turns this off).
        </p>
        <input
          id="hold-count"
          name="newAccountHoldCount"
          type="number"
          min={0}
          max={20}
          required
          disabled={!isAdmin}
          defaultValue={settings.newAccountHoldCount}
          aria-describedby="hold-count-help"
          className="w-24 rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name="holdNewAccountLinks" disabled={!isAdmin} defaultChecked={settings.holdNewAccountLinks} className="h-4 w-4" />
        Hold comments containing links from accounts younger than {NEW_ACCOUNT_DAYS} days
      </label>
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" name="requireVerifiedEmail" disabled={!isAdmin} defaultChecked={settings.requireVerifiedEmail} className="h-4 w-4" />
        Only accounts with a confirmed email address may comment
      </label>
    </>
  );
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Moderation settings</h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        Pre-moderation for the whole site. A held comment is seen by its author (marked “awaiting review”) and by moderators in the Pending queue, and by nobody
        else until it is approved. Per-article controls (closing comments, slow mode, reviewing one article) are on each article’s thread.
        {isAdmin ? ' Every change is in the log.' : ' Only admins can change these settings.'}
      </p>
      {isAdmin ? (
        <ActionForm action={saveModerationSettingsAction} submitLabel="Save settings" className="flex flex-col items-start gap-4">
          {fields}
        </ActionForm>
      ) : (
        <div className="flex flex-col items-start gap-4">{fields}</div>
      )}
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        To hold every comment of one person, open their page from Users and choose “Always review this user”.
      </p>
    </div>
  );
}
