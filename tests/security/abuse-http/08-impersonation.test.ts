// Item 8: nobody new passes for staff, and sign-up does not say which emails have accounts.
import { describe, expect, it } from 'vitest';
import { callAction, freshAddress, signUp } from './client';

const attempt = (name: string, email = `imp-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`) =>
  callAction('/signup', 'signUpAction', { name, email, password: `moonlit-${Math.random().toString(36).slice(2)}-Aa` }, { from: freshAddress() });

describe('names and sign-up answers', () => {
  it('refuses staff names and their near matches', async () => {
    for (const name of ['Demo Admin', 'demo admin', 'D3mo Adm1n', 'DemoAdmin', 'Ｄｅｍｏ Ａｄｍｉｎ', 'Demo Adm\u200bin', 'Dеmo Moderator', 'Hallyu Official', '관리자', 'Moderator Kim']) {
      const answer = await attempt(name);
      expect(answer.setCookie.some((c) => c.startsWith('authjs.session-token=')), name).toBe(false);
      expect(JSON.stringify(answer.state?.fieldErrors ?? {}), name).toMatch(/reserved|too close to a staff member/);
    }
    const fine = await attempt('Badminton Fan');
    expect(fine.setCookie.some((c) => c.startsWith('authjs.session-token='))).toBe(true);
  });

  it('answers a taken email without saying that it is taken', async () => {
    const existing = await signUp(freshAddress());
    const again = await attempt('Someone Else', existing.email);
    expect(again.state?.status).toBe('error');
    expect(again.state?.message).toBe('We could not create an account with these details. If you have signed up before, sign in instead.');
    expect(JSON.stringify(again.state)).not.toMatch(/exists|taken|registered/i);
  });

  it('refuses a rename to a staff name', async () => {
    const user = await signUp(freshAddress());
    const answer = await callAction('/profile', 'saveProfile', { name: 'Demo Moderator' }, { cookie: user.cookie });
    expect(answer.state?.status).toBe('error');
    expect(JSON.stringify(answer.state?.fieldErrors)).toMatch(/reserved/);
  });
});
