'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { refresh } from 'next/cache';
import { failure } from '@/lib/action-state';
import { clientIp } from '@/lib/client-ip';
import { signOut } from '@/lib/auth';
import { requestAccountDeletion } from '@/lib/dal/account-deletion';
import { changePassword, getEmailStatus, requestEmailChange, requestPasswordReset, resetPassword, RESET_MINUTES, sendVerification } from '@/lib/dal/account-email';
import { verifyCredentials } from '@/lib/dal/users';
import { saveEmailPreferences } from '@/lib/dal/email-preferences';
import { hitRateLimits } from '@/lib/dal/rate-limits';
import { passwordProblem } from '@/lib/password-rules';
import { defineAction, typedFields } from '@/lib/safe-action';
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, emailPreferencesSchema, forgotPasswordSchema, resetPasswordSchema, signOutSchema } from '@/lib/validation';
import { requestSessionClaims } from '@/lib/viewer';

// The account's email and password (lib/dal/account-email.ts). Every action that sends mail is limited
// per network and per address or account, so the forms cannot be used to flood someone's inbox.

const HOUR = 3600;
const tooMany = (seconds: number) => `Too many emails asked for. Try again in ${Math.max(1, Math.ceil(seconds / 60))} minutes.`;

async function mailLimit(...keys: { key: string; limit: number }[]) {
  const hits = await hitRateLimits(keys, HOUR);
  const refused = hits.find((h) => !h.allowed);
  return refused ? tooMany(refused.retryAfterSeconds) : null;
}

export const requestPasswordResetAction = defineAction({
  name: 'requestPasswordReset',
  access: 'anyone',
  schema: forgotPasswordSchema,
  keep: (raw) => typedFields(raw, ['email'], 300),
  run: async ({ input, keep }) => {
    const ip = clientIp(await headers());
    const limited = await mailLimit({ key: `mail:reset:ip:${ip}`, limit: 10 }, { key: `mail:reset:to:${input.email}`, limit: 3 });
    if (limited) return failure(limited, undefined, keep);
    await requestPasswordReset(input.email);
    // The same answer whether or not an account uses the address.
    return { status: 'success', message: `If an account uses ${input.email}, we sent it a link to choose a new password. The link works for ${RESET_MINUTES} minutes.` };
  },
});

const LINK_PROBLEM = {
  invalid: 'This link is not valid. Ask for a new one.',
  expired: 'This link has expired. Ask for a new one.',
  used: 'This link was already used. Ask for a new one.',
  email_taken: 'That address is now used by another account.',
} as const;

export const resetPasswordAction = defineAction({
  name: 'resetPassword',
  access: 'anyone',
  schema: resetPasswordSchema,
  run: async ({ input }) => {
    const problem = passwordProblem(input.password, '');
    if (problem) return failure('Check the highlighted fields.', { password: [problem] });
    const result = await resetPassword(input.token, input.password);
    if (result.status !== 'ok') return failure(LINK_PROBLEM[result.status]);
    redirect('/signin?reset=1');
  },
});

export const resendVerificationAction = defineAction({
  name: 'resendVerification',
  access: 'signed-in',
  schema: signOutSchema, // no fields
  run: async ({ viewer }) => {
    const limited = await mailLimit({ key: `mail:verify:${viewer.id}`, limit: 3 });
    if (limited) return failure(limited);
    const result = await sendVerification(viewer.id);
    if (result === 'already_verified') return { status: 'success', message: 'Your address is already confirmed.' };
    return { status: 'success', message: `We sent a new link to ${viewer.email}. It works for 24 hours.` };
  },
});

export const changePasswordAction = defineAction({
  name: 'changePassword',
  access: 'signed-in',
  schema: changePasswordSchema,
  run: async ({ input, viewer }) => {
    const problem = passwordProblem(input.password, viewer.email);
    if (problem) return failure('Check the highlighted fields.', { password: [problem] });
    const limited = await mailLimit({ key: `mail:password:${viewer.id}`, limit: 5 });
    if (limited) return failure(limited);
    const claims = await requestSessionClaims();
    const result = await changePassword(viewer.id, input.currentPassword, input.password, claims?.sessionId ?? null);
    if (result.status === 'wrong_password') return failure('Check the highlighted fields.', { currentPassword: ['That is not your current password.'] });
    if (result.status !== 'ok') return failure('Your account could not be found.');
    return { status: 'success', message: 'Password changed. Every other device was signed out.' };
  },
});

export const changeEmailAction = defineAction({
  name: 'changeEmail',
  access: 'signed-in',
  schema: changeEmailSchema,
  keep: (raw) => typedFields(raw, ['email'], 300),
  run: async ({ input, viewer, keep }) => {
    if (input.email === viewer.email) return failure('Check the highlighted fields.', { email: ['That is already your address.'] }, keep);
    const limited = await mailLimit({ key: `mail:change:${viewer.id}`, limit: 3 });
    if (limited) return failure(limited, undefined, keep);
    const result = await requestEmailChange(viewer.id, input.currentPassword, input.email);
    if (result.status === 'wrong_password') return failure('Check the highlighted fields.', { currentPassword: ['That is not your current password.'] }, keep);
    if (result.status === 'email_taken') return failure('Check the highlighted fields.', { email: ['Another account uses that address.'] }, keep);
    if (result.status !== 'ok') return failure('Your account could not be found.', undefined, keep);
    return { status: 'success', message: `We sent a link to ${input.email}. Your address changes when you open it; until then it stays ${viewer.email}.` };
  },
});

export const deleteAccountAction = defineAction({
  name: 'deleteAccount',
  access: 'signed-in',
  schema: deleteAccountSchema,
  messages: { invalid: 'Your account was not deleted.' },
  run: async ({ input, viewer }) => {
    const status = await getEmailStatus(viewer.id);
    if (status?.hasPassword && !(await verifyCredentials(viewer.email, input.currentPassword ?? ''))) {
      return failure('Your account was not deleted.', { currentPassword: ['That is not your current password.'] });
    }
    const result = await requestAccountDeletion(viewer.id);
    if (result.status !== 'ok') return failure('Your account could not be found.');
    await signOut({ redirectTo: `/account-deleted?at=${encodeURIComponent(result.eraseAt.toISOString())}` });
    return { status: 'success' };
  },
});

export const saveEmailPreferencesAction = defineAction({
  name: 'saveEmailPreferences',
  access: 'signed-in',
  schema: emailPreferencesSchema,
  run: async ({ input, viewer }) => {
    await saveEmailPreferences(viewer.id, input);
    refresh();
    return { status: 'success', message: 'Saved.' };
  },
});
