'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { failure, type ActionState } from '@/lib/action-state';
import { signIn, signOut } from '@/lib/auth';
import { clientIp } from '@/lib/client-ip';
import { config } from '@/lib/config';
import { isDeletionPending } from '@/lib/dal/account-deletion';
import { hitRateLimit } from '@/lib/dal/rate-limits';
import { endAllSessions } from '@/lib/dal/sessions';
import { createPasswordUser } from '@/lib/dal/sign-up';
import { displayNameProblem } from '@/lib/dal/users';
import { defineAction, typedFields } from '@/lib/safe-action';
import { providerSignInSchema, safeCallbackUrl, signInSchema, signOutSchema, signUpSchema } from '@/lib/validation';

// What the form shows again after a failure, so nothing typed is lost (never the password).
type Typed = { name?: string; email?: string };
const keep = (raw: unknown): Typed => typedFields(raw, ['name', 'email'], 300);

async function signInWithPassword(email: string, password: string, callbackUrl: string, typed: Typed): Promise<ActionState<Typed>> {
  try {
    // On success this throws Next.js's redirect, which the wrapper lets through.
    // Someone whose account was waiting to be erased lands on their profile, told that it is kept.
    const redirectTo = (await isDeletionPending(email)) ? '/profile?kept=1' : safeCallbackUrl(callbackUrl);
    await signIn('credentials', { email, password, redirectTo });
    return { status: 'success' };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const code = error.type === 'CredentialsSignin' ? (error as AuthError & { code?: string }).code : undefined;
    if (code === 'throttled') return failure('Too many sign-in attempts from your network. Wait 15 minutes and try again.', undefined, typed);
    if (code === 'throttled-account') {
      return failure(
        'This account has had many failed sign-ins, so for now it accepts sign-ins only on devices that signed in to it before. Try again in 15 minutes.',
        undefined,
        typed,
      );
    }
    return failure('Email or password is incorrect.', undefined, typed);
  }
}

export const signInAction = defineAction({
  name: 'signIn',
  access: 'anyone',
  schema: signInSchema,
  keep,
  run: ({ input, keep }) => signInWithPassword(input.email, input.password, input.callbackUrl ?? '/', keep ?? {}),
});

export const signUpAction = defineAction({
  name: 'signUp',
  access: 'anyone',
  schema: signUpSchema,
  keep,
  run: async ({ input, keep }) => {
    // Slows down scripted sign-ups and probing for registered addresses.
    const limit = await hitRateLimit(`signup:ip:${clientIp(await headers())}`, config().limits.signupsPerIpPerHour, 3600);
    if (!limit.allowed) return failure('Too many new accounts from your network. Try again later.', undefined, keep);
    const { name, email, password, callbackUrl } = input;
    const nameProblem = await displayNameProblem(name, null);
    if (nameProblem) return failure('Check the highlighted fields.', { name: [nameProblem] }, keep);
    const created = await createPasswordUser({ name, email, password, replyEmails: input.replyEmails === 'on' });
    if (!created.ok) {
      // Worded so it does not confirm that the address has an account (it costs the same time as a
      // success: the password was hashed either way, and the attempt counted against the address).
      return failure('We could not create an account with these details. If you have signed up before, sign in instead.', undefined, keep);
    }
    return signInWithPassword(email, password, callbackUrl ?? '/', keep ?? {});
  },
});

export const signOutAction = defineAction({
  name: 'signOut',
  access: 'anyone',
  schema: signOutSchema,
  run: async () => {
    await signOut({ redirectTo: '/' });
    return { status: 'success' };
  },
});

// Ends every session of the account, this one included (a lost phone, a shared computer).
export const signOutEverywhere = defineAction({
  name: 'signOutEverywhere',
  access: 'signed-in',
  schema: signOutSchema,
  run: async ({ viewer }) => {
    await endAllSessions(viewer.id);
    await signOut({ redirectTo: '/' });
    return { status: 'success' };
  },
});

export const signInWithProvider = defineAction({
  name: 'signInWithProvider',
  access: 'anyone',
  schema: providerSignInSchema,
  run: async ({ input }) => {
    await signIn(input.provider, { redirectTo: safeCallbackUrl(input.callbackUrl ?? '/') });
    return { status: 'success' };
  },
});
