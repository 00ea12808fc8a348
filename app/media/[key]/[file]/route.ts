import { MEDIA_NAME, mediaStore } from '@/lib/media/storage';

// Uploaded images, as stored (lib/media/images.ts). A file never changes once written (a new upload
// gets a new key), so browsers and caches keep it for a year.
const TYPES = { avif: 'image/avif', webp: 'image/webp' } as const;

export async function GET(_request: Request, { params }: { params: Promise<{ key: string; file: string }> }) {
  const { key, file } = await params;
  const name = `${key}/${file}`;
  if (!MEDIA_NAME.test(name)) return new Response('Not found', { status: 404 });
  const data = await mediaStore().get(name);
  if (!data) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'public, max-age=60' } });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': TYPES[file.split('.').pop() as keyof typeof TYPES],
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Length': String(data.length),
    },
  });
}
