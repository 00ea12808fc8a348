import type { VideoEmbed } from '@/db/schema';

// Each provider: the addresses editors paste (host and how the video's id sits in them) and how to build
// its privacy-respecting player address. Add a provider here, and in the VideoEmbed type; nothing else needs to
// change (the CSP's frame-src lists every provider's origin).
type Provider = {
  name: string;
  origin: string;
  playerUrl: (id: string) => string;
  idPattern: RegExp;
  /** The video's id in a pasted address of this provider, or null when the address is not one of its videos. */
  idFrom: (url: URL) => string | null;
  hosts: string[];
};

const firstSegment = (url: URL) => url.pathname.split('/').filter(Boolean);

export const VIDEO_PROVIDERS: Record<VideoEmbed['provider'], Provider> = {
  youtube: {
    name: 'YouTube',
    origin: 'https://www.youtube-nocookie.com',
    playerUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
    idPattern: /^[A-Za-z0-9_-]{11}$/,
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'],
    idFrom: (url) => {
      const parts = firstSegment(url);
      if (url.hostname === 'youtu.be') return parts[0] ?? null;
      if (parts[0] === 'watch') return url.searchParams.get('v');
      if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) return parts[1] ?? null;
      return null;
    },
  },
  vimeo: {
    name: 'Vimeo',
    origin: 'https://player.vimeo.com',
    playerUrl: (id) => `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`,
    idPattern: /^\d{6,12}$/,
    hosts: ['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'],
    idFrom: (url) => {
      const parts = firstSegment(url);
      return (url.hostname === 'player.vimeo.com' ? (parts[0] === 'video' ? parts[1] : null) : parts[0]) ?? null;
    },
  },
};

export const SUPPORTED_VIDEO_SITES = Object.values(VIDEO_PROVIDERS)
  .map((p) => p.name)
  .join(' or ');

/** The embed a pasted video address stands for, or why it cannot be embedded. */
export function parseVideoUrl(raw: string, title: string): { video: VideoEmbed } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: `That is not a web address. Paste the video's address from ${SUPPORTED_VIDEO_SITES}, like https://www.youtube.com/watch?v=…` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'Use the video’s https:// address.' };
  const host = url.hostname.toLowerCase();
  const entry = (Object.entries(VIDEO_PROVIDERS) as [VideoEmbed['provider'], Provider][]).find(([, p]) => p.hosts.includes(host));
  if (!entry) return { problem: `Videos from ${host} cannot be embedded. Use a video from ${SUPPORTED_VIDEO_SITES}.` };
  const [provider, spec] = entry;
  const id = spec.idFrom(url);
  if (!id || !spec.idPattern.test(id)) return { problem: `That ${spec.name} address does not point to a video. Open the video and copy the address from the browser or its Share button.` };
  return { video: { provider, id, title } };
}

/** The address an editor would paste for an embed (to show it again in the editor). */
export function videoPageUrl(video: VideoEmbed): string {
  return video.provider === 'youtube' ? `https://www.youtube.com/watch?v=${video.id}` : `https://vimeo.com/${video.id}`;
}
