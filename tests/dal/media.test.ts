// Uploaded images: checked by what they are, re-encoded to AVIF and WebP at every width, stripped of
// their metadata, and refused with a clear message when too large or not images.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, editorStash, media } from '@/db/schema';
import type { ArticleContent } from '@/lib/article-validation';
import { deleteUnusedUploads, GONE_UPLOAD, uploadImage } from '@/lib/dal/media';
import { saveArticle } from '@/lib/dal/newsroom-writes';
import { NOT_AN_IMAGE, storeImage } from '@/lib/media/images';
import { localMediaStore, mediaStore, type MediaStore } from '@/lib/media/storage';
import { IMAGE_WIDTHS } from '@/lib/media/variants';
import { MAX_UPLOAD_BYTES } from '@/lib/limits';
import { createCategory, createUser } from '../support/fixtures';

let store: MediaStore;
let photo: Buffer;

beforeAll(async () => {
  store = localMediaStore(await mkdtemp(path.join(os.tmpdir(), 'hallyu-media-')));
  // A camera's JPEG: where it was taken and with what, turned a quarter (EXIF orientation 6).
  photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#4a9' } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: 'SecretCam', Model: 'X100' }, IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E' } } }) // IFD3: the GPS directory
    .toBuffer();
});

describe('image uploads', () => {
  it('stores AVIF and WebP copies at every width, upright and without the camera’s metadata', async () => {
    expect((await sharp(photo).metadata()).exif).toBeDefined(); // the original carries it
    const stored = await storeImage(store, photo);
    if ('problem' in stored) throw new Error(stored.problem);
    expect(stored).toMatchObject({ width: 900, height: 1600, widths: [...IMAGE_WIDTHS] }); // turned upright
    for (const width of IMAGE_WIDTHS) {
      for (const format of ['avif', 'webp'] as const) {
        const copy = await store.get(`${stored.key}/${width}.${format}`);
        expect(copy, `${width}.${format}`).not.toBeNull();
        const meta = await sharp(copy!).metadata();
        expect(meta.format === format || (format === 'avif' && meta.format === 'heif')).toBe(true);
        expect(meta.width).toBe(Math.min(width, 900));
        expect(meta.exif).toBeUndefined();
        expect(meta.xmp).toBeUndefined();
        expect(meta.orientation ?? 1).toBe(1);
      }
    }
  });

  it('judges the bytes, not the name: text, truncated and oversized files are refused', async () => {
    expect(await storeImage(store, Buffer.from('<svg onload="alert(1)"></svg>'))).toEqual({ problem: NOT_AN_IMAGE });
    expect(await storeImage(store, Buffer.from('GIF89a but not really'))).toEqual({ problem: NOT_AN_IMAGE });
    const truncated = await storeImage(store, photo.subarray(0, 2000));
    expect('problem' in truncated).toBe(true);
    const huge = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    expect(await storeImage(store, huge)).toEqual({ problem: expect.stringMatching(/at most 10 MB/) });
    const tiny = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#000' } }).png().toBuffer();
    expect(await storeImage(store, tiny)).toEqual({ problem: expect.stringMatching(/200 pixels/) });
  });

  it('records an upload by a newsroom member and serves it from the configured folder', async () => {
    const writer = await createUser('writer');
    const result = await uploadImage(writer.id, photo);
    if (result.status !== 'ok') throw new Error(result.status);
    expect(result.url).toMatch(/^\/media\/[a-z0-9]{20}\/1200\.webp$/);
    expect(await mediaStore().get(result.url.replace('/media/', ''))).not.toBeNull();
    expect(await mediaStore().get('../../etc/passwd')).toBeNull();
  });
});

describe('unused uploads', () => {
  it('are removed a day after upload unless a save used them; a save naming a removed one is refused and writes nothing', async () => {
    const writer = await createUser('writer');
    const small = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#a49' } }).png().toBuffer();
    const upload = async () => {
      const result = await uploadImage(writer.id, small);
      if (result.status !== 'ok') throw new Error(result.status);
      return { url: result.url, key: result.url.split('/')[2] };
    };
    const [hero, inline, card, stashed, abandoned, fresh] = [await upload(), await upload(), await upload(), await upload(), await upload(), await upload()];
    const categoryId = (await createCategory()).id;
    const content = (overrides: Partial<ArticleContent>): ArticleContent => ({
      title: `Uploads ${crypto.randomUUID().slice(0, 8)}`, slug: '', dek: '', body: 'Text.', categoryId, authorId: null, tags: [],
      heroImage: null, heroAlt: null, heroCredit: null, video: null, watchCta: null, ...overrides,
    });
    const save = (c: ArticleContent) => saveArticle(writer.id, { id: null, version: null, intent: 'save', content: c, scheduledAt: null });
    // Used by a save: as the hero; inline in the body of a draft whose next save drops it again; on a Watch now card.
    expect(await save(content({ heroImage: hero.url, heroAlt: 'A stage' }))).toMatchObject({ status: 'ok' });
    const draft = await save(content({ body: `Look: ![The set](${inline.url})` }));
    if (draft.status !== 'ok') throw new Error(draft.status);
    expect(await saveArticle(writer.id, { id: draft.id, version: draft.version, intent: 'save', content: content({ body: 'No image now.' }), scheduledAt: null })).toMatchObject({ status: 'ok' });
    expect(await save(content({ watchCta: { title: 'Watch', platform: 'Stream', url: 'https://watch.example/x', image: card.url } }))).toMatchObject({ status: 'ok' });
    const db = await getDb();
    await db.insert(editorStash).values({ key: crypto.randomUUID().replaceAll('-', ''), userId: writer.id, state: { data: { fields: { heroImage: stashed.url } } } });
    const aged = [hero, inline, card, stashed, abandoned].map((u) => u.key);
    await db.update(media).set({ createdAt: sql`now() - interval '2 days'` }).where(inArray(media.key, aged));

    expect(await deleteUnusedUploads()).toBeGreaterThanOrEqual(1);
    const left = new Set((await db.select({ key: media.key }).from(media).where(inArray(media.key, [...aged, fresh.key]))).map((r) => r.key));
    expect([...left].sort()).toEqual([hero.key, inline.key, card.key, stashed.key, fresh.key].sort());
    expect(await mediaStore().get(`${abandoned.key}/1200.webp`)).toBeNull(); // its files are gone too
    expect(await mediaStore().get(`${hero.key}/1200.webp`)).not.toBeNull();

    const before = (await db.select({ id: articles.id }).from(articles)).length;
    expect(await save(content({ heroImage: abandoned.url, heroAlt: 'Gone' }))).toMatchObject({ status: 'invalid', fieldErrors: { heroImage: [GONE_UPLOAD] } });
    expect(await save(content({ body: `![Gone](${abandoned.url})` }))).toMatchObject({ status: 'invalid', fieldErrors: { body: [GONE_UPLOAD] } });
    expect((await db.select({ id: articles.id }).from(articles)).length).toBe(before);
    expect(await db.select({ key: media.key }).from(media).where(eq(media.key, abandoned.key))).toEqual([]);
  });
});
