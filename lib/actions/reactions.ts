'use server';

import { headers } from 'next/headers';
import { failure } from '@/lib/action-state';
import { clientIp } from '@/lib/client-ip';
import { config } from '@/lib/config';
import { hitRateLimit, hitRateLimits, LONGEST_WINDOW_SECONDS } from '@/lib/dal/rate-limits';
import { setReaction, type ReactionSummary } from '@/lib/dal/reactions';
import { readAnonymousReactorKey, startAnonymousReactor, userReactorKey } from '@/lib/reactor';
import { defineAction } from '@/lib/safe-action';
import { reactionSchema } from '@/lib/validation';
import { restrictionMessage } from '@/lib/viewer';

// Anyone may react, signed in or not; a banned or suspended account may not.
export const reactToArticle = defineAction<'visitor', typeof reactionSchema, ReactionSummary>({
  name: 'reactToArticle',
  access: 'visitor',
  schema: reactionSchema,
  // Failures hand back the last confirmed summary (only used for display) so the bar rolls back to it.
  keep: (_raw, previous) => previous.data,
  messages: { invalid: 'That reaction could not be understood. Reload the page and try again.' },
  run: async ({ input, viewer, keep }) => {
    const [intent, kind] = input.choice;
    const ip = clientIp(await headers());
    const { reactionsPerMinute, reactionsPerIpPerMinute, newReactorsPerIpPerDay } = config().limits;
    // A browser reacting for the first time without an account gets a reactor cookie, and its reaction
    // counts once per article for as long as it keeps it. A script that drops the cookie would be a new
    // reactor on every request: only a few new reactors per address per day, so it moves a count by a
    // handful at most; a real browser, with or without JavaScript, keeps its cookie and never meets this.
    let reactorKey = viewer ? userReactorKey(viewer.id) : await readAnonymousReactorKey();
    if (!reactorKey) {
      const fresh = await hitRateLimit(`reactor-new:ip:${ip}`, newReactorsPerIpPerDay, LONGEST_WINDOW_SECONDS);
      if (!fresh.allowed) return failure('Many people reacted from your network today. Sign in to add your reaction.', undefined, keep);
      reactorKey = await startAnonymousReactor();
    }
    // Far above what a person clicks, well below what a script sends.
    const [perReactor, perIp] = await hitRateLimits(
      [
        { key: `react:r:${reactorKey}`, limit: reactionsPerMinute },
        { key: `react:ip:${ip}`, limit: reactionsPerIpPerMinute },
      ],
      60,
    );
    if (!perReactor.allowed || !perIp.allowed) {
      const wait = Math.max(perReactor.retryAfterSeconds, perIp.retryAfterSeconds);
      return failure(`You are reacting very fast. Try again in ${wait} seconds.`, undefined, keep);
    }
    const result = await setReaction(input.articleId, reactorKey, intent === 'set' ? kind : null);
    if (result.status === 'restricted') return failure(restrictionMessage({ ...viewer!, restriction: result.restriction })!, undefined, keep);
    if (result.status === 'not_found') return failure('This article is not available for reactions.', undefined, keep);
    return { status: 'success', data: result.summary };
  },
});
