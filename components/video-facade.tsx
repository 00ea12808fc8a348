'use client';

import Image from 'next/image';
import { useState } from 'react';
import type { VideoEmbed } from '@/db/schema';
import { VIDEO_PROVIDERS } from '@/lib/video-providers';

// A poster and a play button; the provider's player (and every request to it) only after a click.
export function VideoFacade({ video, poster }: { video: VideoEmbed; poster: string | null }) {
  const [playing, setPlaying] = useState(false);
  const provider = VIDEO_PROVIDERS[video.provider];
  if (!provider || !provider.idPattern.test(video.id)) return null;
  return (
    <figure className="my-8">
      <div className="relative aspect-video overflow-hidden rounded-lg bg-zinc-900">
        {playing ? (
          <iframe
            src={provider.playerUrl(video.id)}
            title={video.title}
            allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            className="absolute inset-0 h-full w-full"
          />
        ) : (
          <button
            type="button"
            onClick={() => setPlaying(true)}
            className="group absolute inset-0 flex h-full w-full items-center justify-center"
          >
            {poster && <Image src={poster} alt="" fill sizes="(min-width: 768px) 768px, 100vw" className="object-cover opacity-80" />}
            <span className="relative flex h-16 w-16 items-center justify-center rounded-full bg-brand-600 text-white shadow-lg group-hover:bg-brand-700">
              <svg aria-hidden="true" viewBox="0 0 24 24" className="ml-1 h-8 w-8 fill-current">
                <path d="M8 5v14l11-7z" />
              </svg>
            </span>
            <span className="sr-only">
              Play video: {video.title} (loads the {provider.name} player)
            </span>
          </button>
        )}
      </div>
      <figcaption className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{video.title}</figcaption>
    </figure>
  );
}
