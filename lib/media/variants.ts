// The copies every uploaded image is stored in (lib/media/images.ts makes them) and their addresses.
// Every width exists for every image (a narrower original is stored at its own size under the wider
// names), so a page can always ask for any of them.
export const IMAGE_WIDTHS = [640, 828, 1200, 1920] as const;
export const IMAGE_FORMATS = ['avif', 'webp'] as const;
/** The copy used where one address is wanted: cards, feeds, link previews, the editor. */
export const DEFAULT_WIDTH = 1200;

const UPLOADED = /^\/media\/([a-z0-9]{20})\/\d{2,4}\.webp$/;

/** The address of one stored copy. */
export const imageUrl = (key: string, width: number, format: (typeof IMAGE_FORMATS)[number] = 'webp') => `/media/${key}/${width}.${format}`;

/** The key of an uploaded image's address, or null for any other image. */
export const uploadedImageKey = (src: string): string | null => UPLOADED.exec(src)?.[1] ?? null;

/** The keys of every uploaded image a text mentions (an article body's inline images), each once. */
export const uploadedKeysIn = (text: string): string[] => [...new Set(Array.from(text.matchAll(/\/media\/([a-z0-9]{20})\//g), (m) => m[1]))];
