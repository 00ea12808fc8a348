// Public profiles: what anyone may see of a commenter, and nothing else; the avatar they chose.
import { describe, expect, it } from 'vitest';
import { createComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { setAlwaysReview } from '@/lib/dal/user-standing';
import { getPublicProfile, setAvatar } from '@/lib/dal/profiles';
import { createArticle, createUser } from '../support/fixtures';

describe('public profiles', () => {
  it('show the name, join date, chosen avatar and visible comments (spoilers left out), nothing held or private', async () => {
    const article = await createArticle();
    const [ava, mod] = [await createUser('reader', { ageDays: 30 }), await createUser('moderator')];
    await createComment({ articleId: article.id, authorId: ava.id, parentId: null, body: 'The ending: ||everyone lives||' });
    await setAlwaysReview(mod.id, ava.id, true);
    await createComment({ articleId: article.id, authorId: ava.id, parentId: null, body: 'Held for review' });
    await setAvatar(ava.id, 5);
    const profile = (await getPublicProfile(ava.handle))!;
    expect(profile).toMatchObject({ name: ava.name, handle: ava.handle, avatar: 5, staff: false, commentCount: 1 });
    expect(profile.comments.map((c) => c.text)).toEqual(['The ending: [spoiler]']);
    expect(JSON.stringify(profile)).not.toContain(ava.email);
    expect(JSON.stringify(profile)).not.toContain(ava.id);
    expect((await listComments(article.id, null)).comments[0].author.avatar).toBe(5);
    expect(await getPublicProfile('nobody-here')).toBeNull();
  });
});
