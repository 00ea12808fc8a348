// Live threads: a write announced on this instance reaches every open stream of its article once, as
// an anonymous reader sees it (no held text, no hidden text), and streams of other articles hear nothing.
import { describe, expect, it } from 'vitest';
import { setPinnedComment, setStaffPick } from '@/lib/dal/article-controls';
import { createComment } from '@/lib/dal/comment-writes';
import { hideComment } from '@/lib/dal/moderation';
import { joinLiveThread, liveStreamCount, type LiveMessage } from '@/lib/live-threads';
import { createArticle, createUser } from '../support/fixtures';

function listen(articleId: number) {
  const heard: LiveMessage[] = [];
  const leave = joinLiveThread(articleId, (m) => heard.push(m))!;
  const next = async () => {
    for (let i = 0; i < 100 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    return heard.shift();
  };
  return { heard, leave, next };
}

describe('live threads', () => {
  it('sends each change to the article’s streams, public view only, once', async () => {
    const [article, elsewhere] = [await createArticle(), await createArticle()];
    const [fan, mod] = [await createUser('reader', { ageDays: 30 }), await createUser('moderator')];
    const streams = [listen(article.id), listen(article.id)];
    const other = listen(elsewhere.id);
    const before = liveStreamCount();
    try {
      const c = await createComment({ articleId: article.id, authorId: fan.id, parentId: null, body: 'Live words' });
      if (c.status !== 'ok') throw new Error('setup');
      for (const s of streams) {
        const message = await s.next();
        expect(message).toMatchObject({ type: 'comments', comments: [{ id: c.id, body: 'Live words', status: 'published', author: { id: null } }] });
      }
      await hideComment(mod.id, c.id, 'spam', null);
      const hidden = await streams[0].next();
      expect(hidden).toMatchObject({ type: 'comments', comments: [{ id: c.id, body: null, status: 'hidden', statusReason: null }] });
      await new Promise((r) => setTimeout(r, 300));
      expect(other.heard).toEqual([]);
      expect(streams[1].heard.length).toBe(1); // the hide, once
      streams[1].heard.length = 0;

      // A pin or a staff pick names its comment: streams get that comment, not a resync of everything.
      const d = await createComment({ articleId: article.id, authorId: fan.id, parentId: null, body: 'Pick me' });
      if (d.status !== 'ok') throw new Error('setup');
      await streams[0].next();
      await setPinnedComment(mod.id, d.id, true);
      expect(await streams[0].next()).toMatchObject({ type: 'comments', comments: [{ id: d.id, pinned: true }] });
      await setStaffPick(mod.id, d.id, true);
      expect(await streams[0].next()).toMatchObject({ type: 'comments', comments: [{ id: d.id, staffPick: true }] });
    } finally {
      for (const s of [...streams, other]) s.leave();
    }
    expect(liveStreamCount()).toBe(before - 3);
  });
});
