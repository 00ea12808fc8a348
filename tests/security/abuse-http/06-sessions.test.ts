// Item 6: a session cookie saved before sign-out, "sign out everywhere" or a ban is worth nothing after.
import { describe, expect, it } from 'vitest';
import { callAction, demoPassword, freshAddress, redirectTarget, send, signIn, signUp } from './client';

const ARTICLE = '/articles/seven-summers-review';

async function sessionOf(cookie: string) {
  return JSON.parse((await send('/api/auth/session', { headers: { Cookie: cookie } })).text) as { user?: { id: string; name: string } } | null;
}

async function articleId(): Promise<string> {
  return /name="articleId" value="(\d+)"/.exec((await send(ARTICLE)).text)![1];
}

/** What a saved cookie can still do: read the profile, read the session, post a comment. */
async function powers(cookie: string) {
  const profile = await send('/profile', { headers: { Cookie: cookie } });
  const comment = await callAction(ARTICLE, 'postComment', { articleId: await articleId(), body: `Still here? ${Date.now()}` }, { cookie });
  return { profile: profile.status === 200 && redirectTarget(profile) === null, session: Boolean((await sessionOf(cookie))?.user), comment: comment.state?.status === 'success' };
}

describe('sessions end when they are ended', () => {
  it('signing out ends that session, not only the cookie in the browser', async () => {
    const user = await signUp(freshAddress());
    expect(await powers(user.cookie)).toEqual({ profile: true, session: true, comment: true });
    const out = await callAction('/', 'signOutAction', {}, { cookie: user.cookie });
    expect(out.status).toBeLessThan(400);
    expect(await powers(user.cookie)).toEqual({ profile: false, session: false, comment: false });
    expect(redirectTarget(await send('/profile', { headers: { Cookie: user.cookie } }))).toContain('/signin');
  });

  it('"sign out everywhere" ends every session of the account', async () => {
    const user = await signUp(freshAddress());
    const laptop = await signIn(user.email, user.password, freshAddress());
    expect(laptop.signedIn).toBe(true);
    const phone = user.cookie;
    expect((await send('/profile', { headers: { Cookie: phone } })).text).toContain('devices or browsers');
    await callAction('/profile', 'signOutEverywhere', {}, { cookie: laptop.cookie });
    expect((await powers(phone)).session).toBe(false);
    expect((await powers(laptop.cookie)).session).toBe(false);
    // Signing in again works.
    expect((await signIn(user.email, user.password, freshAddress())).signedIn).toBe(true);
  });

  it('a ban ends every session of the banned account', async () => {
    const user = await signUp(freshAddress());
    const id = (await sessionOf(user.cookie))!.user!.id;
    const moderator = await signIn('moderator@hallyu.test', demoPassword(), freshAddress());
    const ban = await callAction('/moderation/users', 'restrictUserAction', { userId: id, kind: 'ban', reason: 'Spam after warnings' }, { cookie: moderator.cookie });
    expect(ban.state?.status).toBe('success');
    expect(await sessionOf(user.cookie)).toBeNull();
    expect(redirectTarget(await send('/profile', { headers: { Cookie: user.cookie } }))).toContain('/signin');
  });
});
