import type { VideoEmbed } from '@/db/schema';

// Each provider: how to build its privacy-respecting player address. Add a provider here and in the
// VideoEmbed type; nothing else needs to change.
export const VIDEO_PROVIDERS: Record<VideoEmbed['provider'], { name: string; origin: string; playerUrl: (id: string) => string; idPattern: RegExp }> = {
  youtube: {
    name: 'YouTube',
    origin: 'https://www.youtube-nocookie.com',
    playerUrl: (id) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
    idPattern: /^[A-Za-z0-9_-]{11}$/,
  },
};
