import 'server-only';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from '@/lib/config';

// Where uploaded images live. The newsroom writes through this interface, /media/<key>/<file> reads
// through it and the housekeeping sweep removes unused uploads through it, so another store can replace
// the local folder without touching any of them: an S3-compatible store would implement put with
// PutObject, get with GetObject and remove with DeleteObjects (or the site would point /media at the
// bucket's public address), chosen here by a setting. The local store is the default and the one tested.
export interface MediaStore {
  /** Stores a file under `name` (like "k3f…/1200.webp"); files are never changed once written. */
  put(name: string, data: Buffer): Promise<void>;
  /** The file's bytes, or null when there is none. */
  get(name: string): Promise<Buffer | null>;
  /** Removes every file stored under an image's key (an S3 store: DeleteObjects on the key's prefix). */
  remove(key: string): Promise<void>;
}

// Names are made by lib/media/images.ts: a random key and a file name; nothing else is accepted.
export const MEDIA_NAME = /^[a-z0-9]{20}\/[a-z0-9-]+\.(avif|webp)$/;
const MEDIA_KEY = /^[a-z0-9]{20}$/;

export function localMediaStore(root: string): MediaStore {
  const fileOf = (name: string) => {
    if (!MEDIA_NAME.test(name)) throw new Error(`not a media file name: ${name}`);
    return path.join(root, name);
  };
  return {
    async put(name, data) {
      const file = fileOf(name);
      await mkdir(path.dirname(file), { recursive: true });
      // Written aside, then renamed: a reader never sees half a file.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, data);
      await rename(partial, file);
    },
    async get(name) {
      if (!MEDIA_NAME.test(name)) return null;
      try {
        return await readFile(fileOf(name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(key) {
      if (!MEDIA_KEY.test(key)) throw new Error(`not a media key: ${key}`);
      await rm(path.join(root, key), { recursive: true, force: true });
    },
  };
}

let store: MediaStore | undefined;

export function mediaStore(): MediaStore {
  return (store ??= localMediaStore(config().uploadsDir));
}
