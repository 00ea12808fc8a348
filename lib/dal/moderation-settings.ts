import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { moderationSettings } from '@/db/schema';
import { recordModerationAction } from './audit-log';
import { changed, FORBIDDEN, staffRole, unchanged, type ModResult } from './staff';

// Site-wide pre-moderation settings: one row, read by every new comment, changed by admins (audited).

export type ModerationSettings = { newAccountHoldCount: number; holdNewAccountLinks: boolean; requireVerifiedEmail: boolean };

export const DEFAULT_SETTINGS: ModerationSettings = { newAccountHoldCount: 0, holdNewAccountLinks: false, requireVerifiedEmail: false };

/** The settings in force (the defaults until an admin first saves them). */
export async function readModerationSettings(db?: Db | Tx): Promise<ModerationSettings> {
  const handle = db ?? (await getDb());
  const [row] = await handle
    .select({
      newAccountHoldCount: moderationSettings.newAccountHoldCount,
      holdNewAccountLinks: moderationSettings.holdNewAccountLinks,
      requireVerifiedEmail: moderationSettings.requireVerifiedEmail,
    })
    .from(moderationSettings)
    .where(eq(moderationSettings.id, 1));
  return row ?? DEFAULT_SETTINGS;
}

const describe = (s: ModerationSettings) =>
  `${s.newAccountHoldCount === 0 ? 'no first comments held' : `first ${s.newAccountHoldCount === 1 ? 'comment' : `${s.newAccountHoldCount} comments`} of new accounts held`}; links from new accounts ${s.holdNewAccountLinks ? 'held' : 'allowed'}; ${s.requireVerifiedEmail ? 'a confirmed email needed to comment' : 'no confirmed email needed'}`;

/** Admins only. One audit entry per change, naming the settings before and after. */
export async function saveModerationSettings(actorId: string | null, settings: Omit<ModerationSettings, 'requireVerifiedEmail'> & { requireVerifiedEmail?: boolean }): Promise<ModResult> {
  const next: ModerationSettings = { ...settings, requireVerifiedEmail: settings.requireVerifiedEmail ?? false };
  if ((await staffRole(actorId)) !== 'admin') return FORBIDDEN;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // The row is created locked, or locked as it is, so two admins saving at once are logged in order.
    await tx.insert(moderationSettings).values({ id: 1 }).onConflictDoNothing();
    const [before] = await tx.select().from(moderationSettings).where(eq(moderationSettings.id, 1)).for('update');
    if (
      before.newAccountHoldCount === next.newAccountHoldCount &&
      before.holdNewAccountLinks === next.holdNewAccountLinks &&
      before.requireVerifiedEmail === next.requireVerifiedEmail
    ) {
      return unchanged;
    }
    await tx.update(moderationSettings).set({ ...next, updatedAt: new Date() }).where(eq(moderationSettings.id, 1));
    await recordModerationAction(tx, { actorId, action: 'change_settings', from: describe(before), to: describe(next) });
    return changed;
  });
}
