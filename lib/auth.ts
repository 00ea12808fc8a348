import 'server-only';
import { DrizzleAdapter } from '@auth/drizzle-adapter';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';
import { getDb } from '@/db/client';
import { accounts, sessions, users, verificationTokens } from '@/db/schema';
import { authSecret } from '@/lib/auth-secret';
import { config } from '@/lib/config';
import { clientIp } from '@/lib/client-ip';
import { adoptAnonymousReactions } from '@/lib/reactor';
import { checkLoginThrottle, recordLoginFailure, recordLoginSuccess } from '@/lib/login-throttle';
import { verifyCredentials } from '@/lib/dal/users';
import { credentialsSchema } from '@/lib/validation';

export class TooManyAttempts extends CredentialsSignin {
  code = 'throttled';
}

// OAuth providers switch on when both of their variables are set.
const OAUTH = [
  { id: 'github', name: 'GitHub', provider: GitHub, keys: config().auth.github },
  { id: 'google', name: 'Google', provider: Google, keys: config().auth.google },
].filter((p) => p.keys);

export function enabledOAuthProviders(): { id: string; name: string }[] {
  return OAUTH.map(({ id, name }) => ({ id, name }));
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => ({
  adapter: DrizzleAdapter(await getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // Credentials sign-in needs JWT sessions. The token carries only the user id: role and bans are read
  // from the database whenever they matter.
  session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
  secret: authSecret(),
  trustHost: config().auth.trustHost,
  pages: { signIn: '/signin' },
  // A session cookie that does not decode (forged, or signed with an old secret) is the visitor's doing,
  // not a fault here: one line, not a stack trace per request that anyone can send.
  logger: {
    error(error) {
      if ((error as Error & { type?: string }).type === 'JWTSessionError') console.warn('[auth] ignored a session cookie that does not decode');
      else console.error('[auth]', error);
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
        const throttle = await checkLoginThrottle(email, ip);
        if (throttle.blocked) throw new TooManyAttempts();
        if (throttle.delayMs) await new Promise((resolve) => setTimeout(resolve, throttle.delayMs));
        const user = await verifyCredentials(email, password);
        if (!user) {
          await recordLoginFailure(email, ip);
          return null;
        }
        await recordLoginSuccess(email);
        return user;
      },
    }),
    ...OAUTH.map((p) => p.provider({ clientId: p.keys!.id, clientSecret: p.keys!.secret })),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Reactions made anonymously on this browser become the account's, without double counting.
    async signIn({ user }) {
      if (user.id) await adoptAnonymousReactions(user.id);
    },
  },
}));
