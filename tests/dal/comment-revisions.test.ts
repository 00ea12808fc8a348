// An edit keeps the text it replaces: readers see "edited", staff see every version with its times.
import { describe, expect, it } from 'vitest';
import { createComment, editComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { getCommentHistory } from '@/lib/dal/moderation-queue';
import { createArticle, createUser } from '../support/fixtures';

describe('edit history', () => {
  it('keeps each replaced text for staff, and readers see only the latest, marked edited', async () => {
    const [author, reader, mod] = [await createUser('reader', { ageDays: 30 }), await createUser('reader'), await createUser('moderator')];
    const article = await createArticle();
    const posted = await createComment({ articleId: article.id, authorId: author.id, parentId: null, body: 'First words' });
    if (posted.status !== 'ok') throw new Error('setup');
    expect(await editComment(posted.id, author.id, 'Second words')).toEqual({ status: 'ok', commentStatus: 'published' });
    expect(await editComment(posted.id, author.id, 'Second words')).toEqual({ status: 'ok', commentStatus: 'published' }); // no change, no version
    expect(await editComment(posted.id, author.id, 'Third words')).toEqual({ status: 'ok', commentStatus: 'published' });

    const seen = (await listComments(article.id, { id: reader.id, role: 'reader' })).comments.find((c) => c.id === posted.id)!;
    expect(seen.body).toBe('Third words');
    expect(seen.editedAt).not.toBeNull();

    const history = await getCommentHistory(mod.id, posted.id);
    if (!history || history === 'forbidden') throw new Error('no history');
    expect(history.revisions.map((r) => r.body)).toEqual(['First words', 'Second words']);
    expect(history.revisions[0].writtenAt <= history.revisions[0].replacedAt).toBe(true);
    expect(history.revisions[1].writtenAt >= history.revisions[0].replacedAt.slice(0, 19)).toBe(true);
    expect(await getCommentHistory(reader.id, posted.id)).toBe('forbidden');
  });
});
