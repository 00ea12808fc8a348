// Rules for new passwords (ASVS 5.0 V6.2): at least 10 characters, at most 200 (argon2 reads all of
// them), not the email, and not one of the 10,000 most common passwords, also when dressed up with
// digits or symbols at either end ("Michael1990!" is "michael"). Shared by sign-up and the admin CLI.
import { COMMON_PASSWORD_LIST } from '@/lib/common-password-list';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/limits';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

// The breach list, plus the words every fan of this site would try first.
const SITE_WORDS = ['hallyu', 'kdrama', 'kpop', 'saranghae', 'fighting', 'hwaiting', 'oppa', 'bias', 'lightstick', 'comeback'];
let common: Set<string> | undefined;

function isCommon(lower: string): boolean {
  common ??= new Set([...COMMON_PASSWORD_LIST.split(' '), ...SITE_WORDS]);
  const core = lower.replace(/^[\d\W_]+/, '').replace(/[\d\W_]+$/, '');
  return common.has(lower) || (core.length >= 4 && common.has(core)) || common.has(lower.replace(/[\W_]+/g, ''));
}

/** Returns a message for a password that should not be accepted, or null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0]) {
    return 'Your password cannot be your email address.';
  }
  if (isCommon(lower) || /^(.)\1+$/.test(password)) return 'This password is too common. Choose another.';
  return null;
}
