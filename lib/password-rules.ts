// Sanity rules for new passwords, shared by the sign-up action and its tests.
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// The most common passwords of public breach lists (and their obvious site-specific cousins).
const COMMON = new Set([
  '123456', '123456789', '12345678', 'password', 'qwerty123', 'qwerty', '1234567890', '1234567', '111111',
  '123123', 'abc123', 'password1', 'iloveyou', '000000', 'qwertyuiop', 'monkey', 'dragon', 'sunshine',
  'princess', 'letmein', 'football', 'baseball', 'welcome', 'admin', 'login', 'master', 'starwars', 'shadow',
  'superman', 'trustno1', 'passw0rd', 'password123', 'welcome123', 'qwerty12345', 'aaaaaaaaaa', '1q2w3e4r5t',
  '1qaz2wsx3edc', 'zaq12wsx', 'asdfghjkl', 'zxcvbnm123', 'iloveyou123', 'changeme', 'secret123',
  'hallyu', 'hallyu123', 'kdrama', 'kdrama123', 'kpop', 'kpop12345', 'saranghae', 'saranghae123', 'fighting',
  'password12', 'password1234', 'qwerty1234', 'letmein123', 'abcdefghij', '0987654321', '1111111111',
]);

/** Returns a message for a password that should not be accepted, or null when it is fine. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower === email.toLowerCase().split('@')[0]) {
    return 'Your password cannot be your email address.';
  }
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return 'This password is too common. Choose another.';
  return null;
}
