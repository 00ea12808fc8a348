// Item 4: accounts made seconds ago cannot hide a comment by reporting it, one account cannot flood
// the queue, and the queue says when reporters are new accounts.
import { describe, expect, it } from 'vitest';
import { callAction, demoPassword, freshAddress, send, signIn, signUp } from './client';

const ARTICLE = '/articles/moonlit-pharmacy-review';

/** Ids of comments others wrote, from the article as a signed-in reader without JavaScript sees it (with report forms). */
async function commentIds(cookie: string): Promise<number[]> {
  const page = await send(ARTICLE, { headers: { Cookie: cookie } });
  return [...new Set([...page.text.matchAll(/name="commentId" value="(\d+)"/g)].map((m) => Number(m[1])))];
}

describe('reports', () => {
  it('three brand-new accounts do not hide a comment, and the queue marks them as new', async () => {
    const puppets = [await signUp(freshAddress()), await signUp(freshAddress()), await signUp(freshAddress())];
    const [target] = await commentIds(puppets[0].cookie);
    expect(target).toBeGreaterThan(0);
    for (const p of puppets) {
      const answer = await callAction(ARTICLE, 'reportCommentAction', { commentId: target, reason: 'spam', note: '' }, { cookie: p.cookie });
      expect(answer.state?.status).toBe('success');
    }
    const moderator = await signIn('moderator@hallyu.test', demoPassword(), freshAddress());
    expect(moderator.signedIn).toBe(true);
    const history = await send(`/moderation/comments/${target}`, { headers: { Cookie: moderator.cookie } });
    expect(history.status).toBe(200);
    expect(history.text).toContain('Hide comment'); // still published: there is no "Unhide"
    expect(history.text).not.toContain('>Unhide<');
    expect(history.text.match(/>new account</g)?.length).toBe(3);
  });

  it('takes at most 20 reports an hour from one account, however fast they come', async () => {
    const flooder = await signUp(freshAddress());
    const ids = await commentIds(flooder.cookie);
    const targets = Array.from({ length: 50 }, (_, i) => ids[i % ids.length]);
    const answers = await Promise.all(targets.map((commentId) => callAction(ARTICLE, 'reportCommentAction', { commentId, reason: 'spam', note: '' }, { cookie: flooder.cookie })));
    const refused = answers.filter((a) => /the most we take from one account/.test(a.state?.message ?? '')).length;
    console.log(`50 parallel reports from one account: ${50 - refused} taken, ${refused} refused`);
    expect(refused).toBe(30);
  });
});
