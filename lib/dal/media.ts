import 'server-only';
import { getDb } from '@/db/client';
import { media } from '@/db/schema';
import { storeImage } from '@/lib/media/images';
import { DEFAULT_WIDTH, imageUrl } from '@/lib/media/variants';
import { mediaStore } from '@/lib/media/storage';
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
