// Replies stay one level deep, but a reply to a reply remembers whom it answered ("in reply to @name").
import { describe, expect, it } from 'vitest';
import { createComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { updateDisplayName } from '@/lib/dal/users';
import { createArticle, createUser } from '../support/fixtures';

describe('reply context', () => {
  it('places a reply to a reply in its thread and names the reply it answered, under the current name', async () => {
    const article = await createArticle();
    const [a, b, c] = [await createUser('reader', { ageDays: 30, name: 'Ava' }), await createUser('reader', { ageDays: 30, name: 'Bo' }), await createUser('reader', { ageDays: 30, name: 'Cy' })];
    const top = await createComment({ articleId: article.id, authorId: a.id, parentId: null, body: 'Top' });
    if (top.status !== 'ok') throw new Error('setup');
    const first = await createComment({ articleId: article.id, authorId: b.id, parentId: top.id, body: 'First reply' });
    if (first.status !== 'ok') throw new Error('setup');
    const second = await createComment({ articleId: article.id, authorId: c.id, parentId: first.id, body: 'Answering Bo' });
    if (second.status !== 'ok') throw new Error('setup');

    const [thread] = (await listComments(article.id, null)).comments;
    expect(thread.replies.map((r) => [r.body, r.parentId, r.replyTo])).toEqual([
      ['First reply', top.id, null],
      ['Answering Bo', top.id, { id: first.id, name: 'Bo' }],
    ]);
    await updateDisplayName(b.id, 'Bo Renamed');
    const [again] = (await listComments(article.id, null)).comments;
    expect(again.replies[1].replyTo).toEqual({ id: first.id, name: 'Bo Renamed' }); // a renamed author still links
  });
});
