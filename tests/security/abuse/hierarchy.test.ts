// Item 10: an admin's decision stands against a moderator.
import { describe, expect, it } from 'vitest';
import { createComment } from '@/lib/dal/comment-writes';
import { approveComment, hideComment, moderateComments, unhideComment } from '@/lib/dal/moderation';
import { liftRestriction, restrictUser } from '@/lib/dal/user-moderation';
import { createArticle, createUser } from '../../support/fixtures';

async function comment() {
  const article = await createArticle();
  const c = await createComment({ articleId: article.id, authorId: (await createUser()).id, parentId: null, body: `Say what ${Math.random()}` });
  if (c.status !== 'ok') throw new Error('setup');
  return c.id;
}

describe('moderator and admin', () => {
  it('a moderator cannot publish again what an admin hid; another admin can', async () => {
    const [admin, otherAdmin, moderator] = [await createUser('admin'), await createUser('admin'), await createUser('moderator')];
    const id = await comment();
    expect(await hideComment(admin.id, id, 'harassment', null)).toMatchObject({ status: 'ok', changed: true });
    expect(await unhideComment(moderator.id, id, null)).toMatchObject({ status: 'invalid', message: expect.stringMatching(/only an admin/) });
    expect(await approveComment(moderator.id, id, null)).toMatchObject({ status: 'invalid' });
    expect(await moderateComments(moderator.id, { op: 'unhide' }, [id])).toEqual({ status: 'ok', changed: 0 });
    expect(await unhideComment(otherAdmin.id, id, null)).toMatchObject({ status: 'ok', changed: true });

    // What a moderator hid, another moderator may unhide.
    const mine = await comment();
    await hideComment(moderator.id, mine, 'spam', null);
    expect(await unhideComment((await createUser('moderator')).id, mine, null)).toMatchObject({ status: 'ok', changed: true });
  });

  it('a moderator cannot lift a restriction an admin imposed, nor restrict staff', async () => {
    const [admin, moderator, reader] = [await createUser('admin'), await createUser('moderator'), await createUser()];
    expect(await restrictUser(admin.id, reader.id, 'ban', 'serious abuse')).toMatchObject({ status: 'ok' });
    expect(await liftRestriction(moderator.id, reader.id)).toMatchObject({ status: 'invalid', message: expect.stringMatching(/only an admin/) });
    expect(await liftRestriction(admin.id, reader.id)).toMatchObject({ status: 'ok', changed: true });
    expect(await restrictUser(moderator.id, admin.id, 'ban', 'coup')).toEqual({ status: 'forbidden' });
    expect(await restrictUser(moderator.id, (await createUser('moderator')).id, '1d', 'rival')).toEqual({ status: 'forbidden' });
  });
});
