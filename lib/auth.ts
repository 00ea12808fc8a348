import 'server-only';
import { log } from '@/lib/log';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { CredentialsSignin } from 'next-auth';
import { decode } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { authSecret } from '@/lib/auth-secret';
import { config } from '@/lib/config';
import { clientIp } from '@/lib/client-ip';
import { endSession, SESSION_SECONDS, startSession } from '@/lib/dal/sessions';
import { verifyCredentials } from '@/lib/dal/users';
import { cancelAccountDeletion } from '@/lib/dal/account-deletion';
import { adoptAnonymousReactions } from '@/lib/reactor';
import { admitLoginAttempt, DEVICE_COOKIE, deviceCookieFor, knownDevice, loginSucceeded } from '@/lib/login-throttle';
import { requestIsHttps } from '@/lib/signed-ids';
import { credentialsSchema } from '@/lib/validation';

/** Refused before the password was checked: too many attempts from this client, or on this account. */
export class TooManyAttempts extends CredentialsSignin {
  constructor(reason: 'address' | 'account') {
    super();
    this.code = reason === 'account' ? 'throttled-account' : 'throttled';
  }
}

// OAuth providers switch on when both of their variables are set.
const OAUTH = [
  { id: 'github', name: 'GitHub', provider: GitHub, keys: config().auth.github },
  { id: 'google', name: 'Google', provider: Google, keys: config().auth.google },
].filter((p) => p.keys);

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return OAUTH.map(({ id, name }) => ({ id, name }));
}

async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(DEVICE_COOKIE, deviceCookieFor(email), { httpOnly: true, sameSite: 'lax', secure: await requestIsHttps(), maxAge: 365 * 24 * 3600, path: '/' });
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  adapter: DrizzleAdapter(await getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Credentials sign-in needs JWT sessions. The token carries the user id and a session id whose row
  // (lib/dal/sessions.ts) must still exist: role, bans and sign-outs are read from the database.
  session: { strategy: 'jwt', maxAge: SESSION_SECONDS },
  secret: authSecret(),
  trustHost: config().auth.trustHost,
  pages: { signIn: '/signin' },
  // A session cookie that does not decode (forged, or signed with an old secret) is the visitor's doing,
  // not a fault here: one line, not a stack trace per request that anyone can send.
  logger: {
    error(error) {
      if ((error as Error & { type?: string }).type === 'JWTSessionError') log.warn('ignored a session cookie that does not decode');
      else log.error({ err: error }, 'Auth.js error');
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(request.headers);
        const device = knownDevice(email, (await cookies()).get(DEVICE_COOKIE)?.value);
        // Counted before the password is checked, so parallel guesses are all counted.
        const admission = await admitLoginAttempt(email, ip, device);
        if (!admission.allowed) throw new TooManyAttempts(admission.reason);
        const user = await verifyCredentials(email, password);
        if (!user) return null;
        await loginSucceeded(email, ip, device);
        await rememberDevice(email);
        return user;
      },
    }),
    ...OAUTH.map((p) => p.provider({ clientId: p.keys!.id, clientSecret: p.keys!.secret })),
  ],
  callbacks: {
    async jwt({ token, user, trigger }) {
      if ((trigger === 'signIn' || trigger === 'signUp') && user?.id) token.sid = await startSession(user.id);
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Reactions made anonymously on this browser become the account's, without double counting.
    // Signing in during a deletion's grace period keeps the account (lib/dal/account-deletion.ts).
    async signIn({ user }) {
      if (!user.id) return;
      await adoptAnonymousReactions(user.id);
      await cancelAccountDeletion(user.id);
    },
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await endSession(sid);
    },
  },
}));

// Auth.js's session cookie (prefixed with __Secure- over HTTPS); a large one is split into .0, .1….
const SESSION_COOKIE_NAMES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** The session token a request carries under `name`, joining a split cookie's chunks in order. */
function sessionToken(name: string, cookie: (name: string) => string | undefined): string | undefined {
  const whole = cookie(name);
  if (whole || !cookie(`${name}.0`)) return whole;
  let joined = '';
  for (let i = 0, chunk = cookie(`${name}.0`); chunk; chunk = cookie(`${name}.${++i}`)) joined += chunk;
  return joined;
}

type SessionClaims = { userId: string; sessionId: string };

/**
 * The user id and session id in this request's session token, if it carries one that decrypts and has
 * not expired (not yet checked against the database: lib/viewer.ts does that); null without a token,
 * at no cost. `cookie` reads the request's cookies (the
 * proxy's request, or next/headers). Decoded with Auth.js's own `decode` rather than `auth()`: that runs
 * Auth.js's whole session endpoint (its configuration, a Request, a fresh token encrypted for a cookie
 * that a page cannot even set), about 10 ms a call on this machine against under 1 ms, on every signed-in
 * page load.
 */
export async function sessionClaims(cookie: (name: string) => string | undefined): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = sessionToken(name, cookie);
    if (!token) continue;
    const known = decodedTokens.get(token);
    if (known && known.expires > Date.now()) return { userId: known.userId, sessionId: known.sessionId };
    const payload = await decode({ token, secret: authSecret(), salt: name }).catch(() => null);
    if (typeof payload?.sub === 'string' && typeof payload.sid === 'string' && typeof payload.exp === 'number') {
      const claims = { userId: payload.sub, sessionId: payload.sid };
      remember(token, { ...claims, expires: payload.exp * 1000 });
      return claims;
    }
    // Forged, or made with an old secret: the visitor's doing, not a fault here (one line, no stack).
    log.warn('ignored a session cookie that does not decode');
    return null;
  }
  return null;
}

// Tokens this process decrypted, by their exact text, until they expire: a signed-in reader's every
// page load carries the same token, and decrypting it costs more than the database check that follows
// (which still runs every time: the cache only skips the cryptography, never the session's row).
const decodedTokens = new Map<string, SessionClaims & { expires: number }>();
const DECODED_TOKENS_KEPT = 10_000;

function remember(token: string, claims: SessionClaims & { expires: number }) {
  if (decodedTokens.size >= DECODED_TOKENS_KEPT) decodedTokens.delete(decodedTokens.keys().next().value!);
  decodedTokens.set(token, claims);
}
