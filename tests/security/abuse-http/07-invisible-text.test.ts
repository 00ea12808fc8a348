// Item 7 at the server: comments and names that look like nothing are refused with a clear message.
// (Banned words dressed up with invisible or look-alike characters: tests/security/abuse/invisible-text.)
import { describe, expect, it } from 'vitest';
import { callAction, freshAddress, send, signUp } from './client';

const ARTICLE = '/articles/seven-summers-review';

describe('invisible and look-alike text', () => {
  it('refuses blank-looking comments and names', async () => {
    const user = await signUp(freshAddress());
    const articleId = /name="articleId" value="(\d+)"/.exec((await send(ARTICLE)).text)![1];
    for (const body of ['\u200b\u200b\u200b', '\u3164\u3164', '\u00ad \u2060 \ufeff']) {
      const answer = await callAction(ARTICLE, 'postComment', { articleId, body }, { cookie: user.cookie });
      expect(answer.state?.status, JSON.stringify(body)).toBe('error');
      expect(JSON.stringify(answer.state?.fieldErrors)).toMatch(/Write something first/);
    }
    for (const name of ['\u3164\u3164\u3164', '\u200b\u200bA']) {
      const answer = await callAction('/profile', 'saveProfile', { name }, { cookie: user.cookie });
      expect(answer.state?.status, JSON.stringify(name)).toBe('error');
    }
  });
});
