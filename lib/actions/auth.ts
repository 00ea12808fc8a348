'use server';

import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { failure, type ActionState } from '@/lib/action-state';
import { signIn, signOut } from '@/lib/auth';
import { clientIp } from '@/lib/client-ip';
import { hitRateLimit } from '@/lib/dal/rate-limits';
import { createPasswordUser } from '@/lib/dal/users';
import { fieldErrorsOf, formFields, safeCallbackUrl, signInSchema, signUpSchema } from '@/lib/validation';

const SIGNUPS_PER_IP_PER_HOUR = Number(process.env.SIGNUP_LIMIT_PER_IP_PER_HOUR ?? 10);

// What the form shows again after a failure, so nothing typed is lost (never the password).
type Typed = { name?: string; email?: string };

function typed(formData: FormData): Typed {
  const pick = (key: string) => {
    const value = formData.get(key);
    return typeof value === 'string' ? value.slice(0, 300) : undefined;
  };
  return { name: pick('name'), email: pick('email') };
}

async function signInWithPassword(email: string, password: string, callbackUrl: string, keep: Typed): Promise<ActionState<Typed>> {
  try {
    // On success this throws Next.js's redirect, which must propagate.
    await signIn('credentials', { email, password, redirectTo: safeCallbackUrl(callbackUrl) });
    return { status: 'success' };
  } catch (error) {
    if (error instanceof AuthError) {
      if (error.type === 'CredentialsSignin' && (error as AuthError & { code?: string }).code === 'throttled') {
        return failure('Too many failed attempts. Wait 15 minutes and try again.', undefined, keep);
      }
      return failure('Email or password is incorrect.', undefined, keep);
    }
    throw error;
  }
}

export async function signInAction(_previous: ActionState<Typed>, formData: FormData): Promise<ActionState<Typed>> {
  const keep = typed(formData);
  const parsed = signInSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Check the highlighted fields.', fieldErrorsOf(parsed.error), keep);
  const { email, password, callbackUrl } = parsed.data;
  return signInWithPassword(email, password, callbackUrl ?? '/', keep);
}

export async function signUpAction(_previous: ActionState<Typed>, formData: FormData): Promise<ActionState<Typed>> {
  const keep = typed(formData);
  const parsed = signUpSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Check the highlighted fields.', fieldErrorsOf(parsed.error), keep);

  // Slows down scripted sign-ups and probing for registered addresses.
  const limit = await hitRateLimit(`signup:ip:${clientIp(await headers())}`, SIGNUPS_PER_IP_PER_HOUR, 3600);
  if (!limit.allowed) return failure('Too many new accounts from your network. Try again later.', undefined, keep);

  const { name, email, password, callbackUrl } = parsed.data;
  const created = await createPasswordUser({ name, email, password });
  if (!created.ok) {
    return failure(
      'Check the highlighted fields.',
      { email: ['An account with this email already exists. Sign in instead.'] },
      keep,
    );
  }
  return signInWithPassword(email, password, callbackUrl ?? '/', keep);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

export async function signInWithProvider(formData: FormData): Promise<void> {
  const provider = formData.get('provider');
  if (provider !== 'github' && provider !== 'google') return;
  await signIn(provider, { redirectTo: safeCallbackUrl(String(formData.get('callbackUrl') ?? '/')) });
}
