import { uploadImage } from '@/lib/dal/media';
import { MAX_UPLOAD_BYTES } from '@/lib/limits';
import { NOT_AN_IMAGE, tooLargeMessage } from '@/lib/media/images';
import { readLimited } from '@/lib/read-limited';
import { getViewer } from '@/lib/viewer';

// The newsroom editor's image upload (components/newsroom/image-upload.tsx): one image in a multipart
// form, answered with its address or a message to show next to the field.
const answer = (status: number, body: object) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
/** Whether an Origin header names this host ("null", from a sandboxed frame, does not). */
function sameHost(origin: string, host: string | null): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
// The multipart envelope around the file: boundaries and a few headers.
const ENVELOPE_BYTES = 16 * 1024;

export async function POST(request: Request) {
  // Only from our own pages: a cross-site form could not post here with the editor's cookies anyway
  // (SameSite), and this says so outright.
  const origin = request.headers.get('origin');
  if (origin && !sameHost(origin, request.headers.get('host'))) return answer(403, { error: 'Uploads come from the newsroom’s own pages.' });
  const viewer = await getViewer();
  if (!viewer) return answer(401, { error: 'Sign in first.' });
  const declared = Number(request.headers.get('content-length') ?? 0);
  const body = await readLimited(request, MAX_UPLOAD_BYTES + ENVELOPE_BYTES);
  if (!body) return answer(413, { error: tooLargeMessage(Math.max(declared - ENVELOPE_BYTES, MAX_UPLOAD_BYTES + 1)) });
  let file: FormDataEntryValue | null;
  try {
    file = (await new Response(new Uint8Array(body), { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData()).get('file');
  } catch {
    return answer(400, { error: 'Choose an image file to upload.' });
  }
  if (!(file instanceof File) || file.size === 0) return answer(400, { error: file instanceof File ? NOT_AN_IMAGE : 'Choose an image file to upload.' });
  const result = await uploadImage(viewer.id, Buffer.from(await file.arrayBuffer()));
  if (result.status === 'forbidden') return answer(403, { error: 'Only writers and editors can upload images.' });
  if (result.status === 'invalid') return answer(400, { error: result.message });
  return answer(201, { url: result.url, width: result.width, height: result.height });
}
