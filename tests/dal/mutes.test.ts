// Mute (issue #17): a reader's mutes collapse the muted person's comments for them only, everywhere,
// through both the server-rendered thread and the personal view over the shared copy.
import { describe, expect, it } from 'vitest';
import { createComment } from '@/lib/dal/comment-writes';
import { listComments, listOwnThreadState } from '@/lib/dal/comments';
import { listMutedPeople, muteAuthorOf, unmuteUser } from '@/lib/dal/mutes';
import { readSignedInView } from '@/lib/dal/personal-view';
import { startSession } from '@/lib/dal/sessions';
import { createArticle, createUser } from '../support/fixtures';

describe('mute', () => {
  it('collapses a muted person’s comments for the muter only, on every article, until unmuted', async () => {
    const [muter, loud, other] = [await createUser('reader', { ageDays: 30 }), await createUser('reader', { ageDays: 30, name: 'Loud Fan' }), await createUser('reader', { ageDays: 30 })];
    const [a, b] = [await createArticle(), await createArticle()];
    const onA = await createComment({ articleId: a.id, authorId: loud.id, parentId: null, body: 'LOUD ON A' });
    const onB = await createComment({ articleId: b.id, authorId: loud.id, parentId: null, body: 'LOUD ON B' });
    const calm = await createComment({ articleId: a.id, authorId: other.id, parentId: null, body: 'calm' });
    if (onA.status !== 'ok' || onB.status !== 'ok' || calm.status !== 'ok') throw new Error('setup');

    expect(await muteAuthorOf(muter.id, onA.id)).toEqual({ status: 'ok', changed: true, name: 'Loud Fan' });
    expect(await muteAuthorOf(muter.id, onB.id)).toEqual({ status: 'ok', changed: false, name: 'Loud Fan' });
    expect(await muteAuthorOf(loud.id, onA.id)).toEqual({ status: 'forbidden', message: 'You cannot mute yourself.' });

    const muted = async (articleId: number, viewerId: string) =>
      (await listComments(articleId, { id: viewerId, role: 'reader' })).comments.filter((c) => c.mutedByViewer).map((c) => c.body);
    expect(await muted(a.id, muter.id)).toEqual(['LOUD ON A']);
    expect(await muted(b.id, muter.id)).toEqual(['LOUD ON B']);
    expect(await muted(a.id, other.id)).toEqual([]);
    expect((await listOwnThreadState(a.id, { id: muter.id, role: 'reader' })).muted).toEqual([onA.id]);
    const session = await startSession(muter.id);
    expect((await readSignedInView({ userId: muter.id, sessionId: session }, b.id, `u:${muter.id}`))?.additions?.muted).toEqual([onB.id]);
    expect((await listMutedPeople(muter.id)).map((p) => p.name)).toEqual(['Loud Fan']);

    expect(await unmuteUser(muter.id, loud.id)).toEqual({ status: 'ok', changed: true, name: 'Loud Fan' });
    expect(await muted(a.id, muter.id)).toEqual([]);
    expect(await listMutedPeople(muter.id)).toEqual([]);
  });
});
