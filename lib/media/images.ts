import 'server-only';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { MAX_UPLOAD_BYTES } from '@/lib/limits';
import type { MediaStore } from './storage';
import { IMAGE_WIDTHS } from './variants';

// An uploaded image becomes AVIF and WebP copies at the widths pages ask for (lib/media/variants.ts,
// components/hero-image.tsx), never wider than the original. Re-encoding drops everything but the
// pixels: EXIF (camera, GPS position), XMP and comments are not copied (sharp keeps metadata only when
// asked), and the orientation is applied first so nothing looks rotated.

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'gif', 'tiff']);
const MAX_PIXELS = 50_000_000; // a decompression bomb stops here, not in memory
const MIN_WIDTH = 200;

export type StoredImage = { key: string; width: number; height: number; widths: number[]; bytes: number };
export type ImageProblem = { problem: string };

export const tooLargeMessage = (bytes: number) =>
  `That file is ${(bytes / 1_048_576).toFixed(1)} MB; images can be at most ${MAX_UPLOAD_BYTES / 1_048_576} MB. Export a smaller copy and try again.`;
export const NOT_AN_IMAGE = 'That file is not an image we can use. Upload a JPEG, PNG, WebP, AVIF or GIF picture.';

/** Checks what the bytes are (never the file name or the browser's word), re-encodes and stores them. */
export async function storeImage(store: MediaStore, data: Buffer): Promise<StoredImage | ImageProblem> {
  if (data.length > MAX_UPLOAD_BYTES) return { problem: tooLargeMessage(data.length) };
  const meta = await sharp(data, { limitInputPixels: MAX_PIXELS })
    .metadata()
    .catch(() => null);
  if (!meta || !meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) return { problem: NOT_AN_IMAGE };
  // Orientations 5–8 turn the picture a quarter: its width is the stored height.
  const [width, height] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
  if (width < MIN_WIDTH) return { problem: `That image is only ${width} pixels wide; use one at least ${MIN_WIDTH} pixels wide (1200 or more looks best).` };
  const key = randomBytes(10).toString('hex');
  const widths = [...IMAGE_WIDTHS];
  let bytes = 0;
  try {
    for (const w of widths) {
      const resized = sharp(data, { limitInputPixels: MAX_PIXELS, animated: false }).rotate().resize({ width: w, withoutEnlargement: true });
      const [avif, webp] = await Promise.all([resized.clone().avif({ quality: 55, effort: 2 }).toBuffer(), resized.clone().webp({ quality: 78 }).toBuffer()]);
      await store.put(`${key}/${w}.avif`, avif);
      await store.put(`${key}/${w}.webp`, webp);
      bytes += avif.length + webp.length;
    }
  } catch {
    return { problem: 'That image could not be read to the end (is the file damaged?). Try exporting it again.' };
  }
  return { key, width, height, widths, bytes };
}
