// Item 5: a script that drops its cookie cannot move a reaction count by more than a handful per
// address per day; a browser that keeps its cookie (with or without JavaScript) reacts as before.
import { describe, expect, it } from 'vitest';
import { callAction, freshAddress, mergeCookies, send } from './client';

const ARTICLE = '/articles/signal-lost-episode-2-recap';

type Summary = { counts: Record<string, number>; mine: string | null };

describe('anonymous reactions', () => {
  it('50 cookie-less posts from one address count 5 times', async () => {
    const page = await send(ARTICLE);
    const articleId = /name="articleId" value="(\d+)"/.exec(page.text)![1];
    const from = freshAddress();
    const answers = [];
    for (let i = 0; i < 50; i++) answers.push(await callAction(ARTICLE, 'reactToArticle', { articleId, choice: 'set:love' }, { from }));
    const counted = answers.filter((a) => a.state?.status === 'success');
    const refused = answers.filter((a) => /Sign in to add your reaction/.test(a.state?.message ?? ''));
    const loves = counted.map((a) => (a.state as unknown as { data: Summary }).data.counts.love);
    console.log(`50 cookie-less reaction posts from one address: ${counted.length} counted (love ${loves[0]} → ${loves.at(-1)}), ${refused.length} refused`);
    expect(counted).toHaveLength(5);
    expect(refused).toHaveLength(45);
    expect(loves.at(-1)! - loves[0]).toBe(4);

    // A browser that keeps its cookie goes on reacting from the same address: a change, not a new vote.
    const cookie = mergeCookies('', counted[0].setCookie);
    const changed = await callAction(ARTICLE, 'reactToArticle', { articleId, choice: 'set:wow' }, { from, cookie });
    expect(changed.state?.status).toBe('success');
    expect((changed.state as unknown as { data: Summary }).data.mine).toBe('wow');
    // Someone else, elsewhere, is not affected.
    expect((await callAction(ARTICLE, 'reactToArticle', { articleId, choice: 'set:love' }, { from: freshAddress() })).state?.status).toBe('success');
  });
});
