'use server';

import { failure, type ActionState } from '@/lib/action-state';
import { clientIp } from '@/lib/client-ip';
import { hitRateLimits } from '@/lib/dal/rate-limits';
import { setReaction, type ReactionSummary } from '@/lib/dal/reactions';
import { ensureAnonymousReactorKey, userReactorKey } from '@/lib/reactor';
import { formFields, reactionSchema } from '@/lib/validation';
import { getViewer, restrictionMessage } from '@/lib/viewer';
import { headers } from 'next/headers';
import { orFallback, UNAVAILABLE } from '@/lib/unavailable';

// Far above what a person clicks, well below what a script sends.
const PER_REACTOR = Number(process.env.REACTION_LIMIT_PER_MINUTE ?? 30);
const PER_IP = Number(process.env.REACTION_LIMIT_PER_IP_PER_MINUTE ?? 300);

export async function reactToArticle(
  previous: ActionState<ReactionSummary>,
  formData: FormData,
): Promise<ActionState<ReactionSummary>> {
  // Failures return the last confirmed summary (only used for display) so the bar rolls back to it.
  // Anyone may react; a restricted account may not.
  const viewer = await orFallback(() => getViewer(), 'unavailable' as const, 'reactions');
  if (viewer === 'unavailable') return failure(UNAVAILABLE, undefined, previous.data);
  if (viewer?.restriction) return failure(restrictionMessage(viewer)!, undefined, previous.data);

  const parsed = reactionSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('That reaction could not be understood. Reload the page and try again.', undefined, previous.data);
  const { articleId, choice } = parsed.data;
  const [intent, kind] = choice;

  const reactorKey = viewer ? userReactorKey(viewer.id) : await ensureAnonymousReactorKey();
  const ip = clientIp(await headers());
  const outcome = await orFallback(
    async () => {
      const [perReactor, perIp] = await hitRateLimits(
        [
          { key: `react:r:${reactorKey}`, limit: PER_REACTOR },
          { key: `react:ip:${ip}`, limit: PER_IP },
        ],
        60,
      );
      if (!perReactor.allowed || !perIp.allowed) return { limited: Math.max(perReactor.retryAfterSeconds, perIp.retryAfterSeconds) } as const;
      return { result: await setReaction(articleId, reactorKey, intent === 'set' ? kind : null) } as const;
    },
    null,
    'reactions',
  );
  if (!outcome) return failure(UNAVAILABLE, undefined, previous.data);
  if ('limited' in outcome) return failure(`You are reacting very fast. Try again in ${outcome.limited} seconds.`, undefined, previous.data);
  const { result } = outcome;
  if (result.status === 'restricted') return failure(restrictionMessage({ ...viewer!, restriction: result.restriction })!, undefined, previous.data);
  if (result.status === 'not_found') return failure('This article is not available for reactions.', undefined, previous.data);
  return { status: 'success', data: result.summary };
}
