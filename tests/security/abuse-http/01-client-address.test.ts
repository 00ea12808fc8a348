// Item 1: the client's address comes from the socket, not from a header the client writes.
import { describe, expect, it } from 'vitest';
import { callAction, freshAddress, signUp } from './client';

describe('per-address limits see the connecting address', () => {
  it('refuses the 11th sign-up from one address however X-Forwarded-For is forged, and accepts another address', async () => {
    const attacker = freshAddress();
    const accepted: number[] = [];
    for (let i = 0; i < 22; i++) {
      // Before the fix, the first 10 used the address and every forged header after them was a new "client".
      const forged = { 'X-Forwarded-For': `198.51.100.${i}`, 'X-Real-IP': `203.0.113.${i}`, 'X-Hallyu-Client-Address': `192.0.2.${i}` };
      const { answer } = await signUpWithHeaders(attacker, forged);
      if (answer.setCookie.some((c) => c.startsWith('authjs.session-token='))) accepted.push(i);
      else expect(answer.state?.message).toMatch(/Too many new accounts from your network/);
    }
    expect(accepted).toHaveLength(10);
    const neighbour = await signUp(freshAddress());
    expect(neighbour.cookie).toMatch(/authjs\.session-token=/);
  });
});

async function signUpWithHeaders(from: string, headers: Record<string, string>) {
  const user = { name: `Fan ${Math.random().toString(36).slice(2, 8)}`, email: `xff-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`, password: `moonlit-${Math.random().toString(36).slice(2)}-Aa` };
  return { answer: await callAction('/signup', 'signUpAction', user, { from, headers }) };
}
