import 'server-only';
import { and, inArray, isNull, lt, notExists, sql } from 'drizzle-orm';
import { getDb, type Tx } from '@/db/client';
import { editorStash, media } from '@/db/schema';
import type { ArticleContent } from '@/lib/article-validation';
import { log } from '@/lib/log';
import { storeImage } from '@/lib/media/images';
import { DEFAULT_WIDTH, imageUrl, uploadedImageKey, uploadedKeysIn } from '@/lib/media/variants';
import { mediaStore, type MediaStore } from '@/lib/media/storage';
import { newsroomActor } from './newsroom-access';

export type UploadResult = { status: 'ok'; url: string; width: number; height: number } | { status: 'forbidden' } | { status: 'invalid'; message: string };

/** Stores an image a newsroom member uploaded (re-encoded, metadata dropped) and records it. */
export async function uploadImage(actorId: string | null, data: Buffer): Promise<UploadResult> {
  const actor = await newsroomActor(actorId);
  if (!actor) return { status: 'forbidden' };
  const stored = await storeImage(mediaStore(), data);
  if ('problem' in stored) return { status: 'invalid', message: stored.problem };
  const db = await getDb();
  await db.insert(media).values({ key: stored.key, width: stored.width, height: stored.height, widths: stored.widths, bytes: stored.bytes, uploadedBy: actor.id });
  return { status: 'ok', url: imageUrl(stored.key, DEFAULT_WIDTH), width: stored.width, height: stored.height };
}

// An upload that no save ever used (an editor who picked another image, or closed the tab) is removed a
// day later. Once a saved version uses an image it stays, since any revision can be restored.
export const UNUSED_UPLOAD_DAYS = 1;
const SWEEP_BATCH = 100;

export const GONE_UPLOAD = `This image is no longer stored (an upload no article used is removed after ${UNUSED_UPLOAD_DAYS} day). Upload it again.`;

type UploadField = 'heroImage' | 'ctaImage' | 'body';

/** Which of the article's fields use which uploads. */
function uploadsIn(content: Pick<ArticleContent, 'heroImage' | 'watchCta' | 'body'>): Map<string, UploadField> {
  const uses = new Map<string, UploadField>();
  for (const key of uploadedKeysIn(content.body)) uses.set(key, 'body');
  const cta = content.watchCta?.image ? uploadedImageKey(content.watchCta.image) : null;
  if (cta) uses.set(cta, 'ctaImage');
  const hero = content.heroImage ? uploadedImageKey(content.heroImage) : null;
  if (hero) uses.set(hero, 'heroImage');
  return uses;
}

/**
 * Inside a save's transaction, before it writes: the fields whose uploads are not stored (removed, or
 * never made). The rows found are locked until the save ends, so the sweep cannot remove them meanwhile;
 * `markUploadsUsed` then keeps them for good.
 */
export async function missingUploads(tx: Tx, content: Pick<ArticleContent, 'heroImage' | 'watchCta' | 'body'>): Promise<Partial<Record<UploadField, string[]>>> {
  const uses = uploadsIn(content);
  if (uses.size === 0) return {};
  const found = await tx.select({ key: media.key }).from(media).where(inArray(media.key, [...uses.keys()])).for('share');
  const stored = new Set(found.map((r) => r.key));
  const problems: Partial<Record<UploadField, string[]>> = {};
  for (const [key, field] of uses) if (!stored.has(key)) problems[field] = [GONE_UPLOAD];
  return problems;
}

/** Marks the uploads a saved version uses as in use (they are never swept after that). */
export async function markUploadsUsed(tx: Tx, content: Pick<ArticleContent, 'heroImage' | 'watchCta' | 'body'>): Promise<void> {
  const keys = [...uploadsIn(content).keys()];
  if (keys.length) await tx.update(media).set({ usedAt: sql`now()` }).where(and(inArray(media.key, keys), isNull(media.usedAt)));
}

/**
 * Removes uploads that no save used within a day (and no kept no-JavaScript form answer mentions), a
 * batch per housekeeping sweep. The rows go first, in one statement, so of two instances sweeping at
 * once only one gets each; then the files. Returns how many were removed.
 */
export async function deleteUnusedUploads(store: MediaStore = mediaStore()): Promise<number> {
  const db = await getDb();
  const unused = db
    .select({ key: media.key })
    .from(media)
    .where(
      and(
        isNull(media.usedAt),
        lt(media.createdAt, sql`now() - make_interval(days => ${UNUSED_UPLOAD_DAYS})`),
        notExists(db.select({ key: editorStash.key }).from(editorStash).where(sql`strpos(${editorStash.state}::text, ${media.key}) > 0`)),
      ),
    )
    .limit(SWEEP_BATCH);
  // used_at is checked again as each row is deleted: a save that took the image meanwhile keeps it.
  const gone = await db.delete(media).where(and(inArray(media.key, unused), isNull(media.usedAt))).returning({ key: media.key });
  for (const { key } of gone) {
    await store.remove(key).catch((error: unknown) => log.warn({ err: error, key }, 'could not remove an unused upload’s files'));
  }
  return gone.length;
}
