// Item 6, in the data layer: a session is worth something only while its row exists.
import { describe, expect, it } from 'vitest';
import { restrictUser } from '@/lib/dal/user-moderation';
import { countLiveSessions, endAllSessions, endSession, startSession } from '@/lib/dal/sessions';
import { getViewerBySession } from '@/lib/dal/users';
import { createUser } from '../../support/fixtures';

describe('sessions', () => {
  it('ends one session on sign-out, all on "sign out everywhere", all on a ban', async () => {
    const user = await createUser();
    const [a, b] = [await startSession(user.id), await startSession(user.id)];
    expect(await getViewerBySession(user.id, a)).toMatchObject({ id: user.id });
    expect(await countLiveSessions(user.id)).toBe(2);
    await endSession(a);
    expect(await getViewerBySession(user.id, a)).toBeNull();
    expect(await getViewerBySession(user.id, b)).not.toBeNull();
    expect(await endAllSessions(user.id)).toBe(1);
    expect(await getViewerBySession(user.id, b)).toBeNull();

    const c = await startSession(user.id);
    const moderator = await createUser('moderator');
    expect(await restrictUser(moderator.id, user.id, '7d', 'cooling off')).toMatchObject({ status: 'ok' });
    expect(await getViewerBySession(user.id, c)).not.toBeNull(); // a suspension leaves sessions: they may read
    expect(await restrictUser(moderator.id, user.id, 'ban', 'spam')).toMatchObject({ status: 'ok' });
    expect(await getViewerBySession(user.id, c)).toBeNull();
  });

  it('does not let one user’s session id speak for another', async () => {
    const [owner, other] = [await createUser(), await createUser()];
    const sid = await startSession(owner.id);
    expect(await getViewerBySession(other.id, sid)).toBeNull();
    expect(await getViewerBySession(owner.id, 'made-up-session-id')).toBeNull();
  });
});
