import 'server-only';
import { log } from '@/lib/log';
import { publishDueArticles } from '@/lib/dal/scheduled-publishing';

// Publishes scheduled articles on time without a cron job: every instance looks every POLL_MS, and the
// one that wins the advisory lock publishes (lib/dal/scheduled-publishing.ts). An article is live at most
// POLL_MS after its time, and on every instance's pages within a second after that.
const POLL_MS = 5_000;

let timer: NodeJS.Timeout | undefined;

export function startScheduledPublishing(): void {
  if (timer) return;
  const tick = () =>
    publishDueArticles()
      .then((slugs) => slugs.length > 0 && log.info({ articles: slugs }, 'published scheduled articles'))
      .catch((error: unknown) => log.warn({ err: error }, 'publishing scheduled articles failed'));
  void tick();
  timer = setInterval(tick, POLL_MS);
  timer.unref();
}
