import 'server-only';
import { and, count, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { comments, users } from '@/db/schema';
import { containsLink } from '@/lib/comment-links';
import { NEW_ACCOUNT_DAYS } from '@/lib/limits';
import { premoderating, readArticleControls, type ArticleControls } from './article-controls';
import { findBannedWords } from './banned-words';
import { readModerationSettings, type ModerationSettings } from './moderation-settings';

// The moderation policy a new comment goes through, as small steps (after Coral's comment pipeline).
// Each phase looks at the comment and its context and may refuse it (the author is told why and
// nothing is written), shadow it (a shadow-banned author: only they and staff see it) or hold it for
// review (the reasons go to the audit log). Phases run in order; the first refusal ends the run.

export type PolicyContext = {
  tx: Tx;
  articleId: number;
  authorId: string;
  body: string;
  now: Date;
  controls: ArticleControls;
  settings: ModerationSettings;
  author: { createdAt: Date; alwaysReview: boolean; shadowBanned: boolean; emailVerified: boolean };
};

export type PolicyVerdict = { refuse: string } | { shadow: true } | { hold: string } | null;

type Phase = (ctx: PolicyContext) => Promise<PolicyVerdict> | PolicyVerdict;

const DAY_MS = 86_400_000;

const commentsClosed: Phase = ({ controls }) => (controls.closed ? { refuse: 'Comments are closed on this article.' } : null);

const slowMode: Phase = async ({ tx, articleId, authorId, controls, now }) => {
  if (controls.slowModeSeconds <= 0) return null;
  const [last] = await tx
    .select({ at: comments.createdAt })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.authorId, authorId)))
    .orderBy(desc(comments.createdAt))
    .limit(1);
  const waitMs = last ? last.at.getTime() + controls.slowModeSeconds * 1000 - now.getTime() : 0;
  if (waitMs <= 0) return null;
  return {
    refuse: `Slow mode is on for this article: one comment every ${controls.slowModeSeconds} seconds. Wait ${Math.ceil(waitMs / 1000)} seconds and post again.`,
  };
};

const confirmedEmail: Phase = ({ settings, author }) =>
  settings.requireVerifiedEmail && !author.emailVerified
    ? { refuse: 'Confirm your email address to comment: open the link we emailed you (your profile can send it again).' }
    : null;

const shadowBan: Phase = ({ author }) => (author.shadowBanned ? { shadow: true } : null);

const alwaysReview: Phase = ({ author }) => (author.alwaysReview ? { hold: 'every comment of this user is reviewed' } : null);

const articleReview: Phase = ({ controls, now }) => (premoderating(controls, now) ? { hold: 'every comment on this article is reviewed for now' } : null);

const firstComments: Phase = async ({ tx, authorId, settings }) => {
  const n = settings.newAccountHoldCount;
  if (n <= 0) return null;
  const [written] = await tx.select({ n: count() }).from(comments).where(eq(comments.authorId, authorId));
  return written.n < n ? { hold: `comment ${written.n + 1} of a new account (the first ${n} are reviewed)` } : null;
};

const linksFromNewAccounts: Phase = ({ settings, author, body, now }) =>
  settings.holdNewAccountLinks && now.getTime() - author.createdAt.getTime() < NEW_ACCOUNT_DAYS * DAY_MS && containsLink(body)
    ? { hold: `a link from an account younger than ${NEW_ACCOUNT_DAYS} days` }
    : null;

const bannedWords: Phase = async ({ tx, body }) => {
  const found = await findBannedWords(tx, body);
  return found.length ? { hold: 'contains a banned word' } : null;
};

const PHASES: Phase[] = [commentsClosed, confirmedEmail, slowMode, shadowBan, alwaysReview, articleReview, firstComments, linksFromNewAccounts, bannedWords];

export type PolicyOutcome = { refuse: string } | { status: 'published' | 'pending' | 'shadowed'; holdReasons: string[] };

/** Runs every phase for a new comment inside its transaction. */
export async function judgeNewComment(tx: Tx, input: { articleId: number; authorId: string; body: string }, now = new Date()): Promise<PolicyOutcome> {
  const [[author], controls, settings] = await Promise.all([
    tx
      .select({ createdAt: users.createdAt, alwaysReview: users.alwaysReview, shadowBannedAt: users.shadowBannedAt, emailVerified: users.emailVerified })
      .from(users)
      .where(eq(users.id, input.authorId)),
    readArticleControls(input.articleId, tx),
    readModerationSettings(tx),
  ]);
  const ctx: PolicyContext = {
    tx,
    ...input,
    now,
    controls,
    settings,
    author: {
      createdAt: author?.createdAt ?? now,
      alwaysReview: author?.alwaysReview ?? false,
      shadowBanned: Boolean(author?.shadowBannedAt),
      emailVerified: Boolean(author?.emailVerified),
    },
  };
  const holdReasons: string[] = [];
  let shadow = false;
  for (const phase of PHASES) {
    const verdict = await phase(ctx);
    if (!verdict) continue;
    if ('refuse' in verdict) return verdict;
    if ('shadow' in verdict) shadow = true;
    else holdReasons.push(verdict.hold);
  }
  // A shadow-banned author's comment is never queued: it is not shown to anyone it could harm.
  if (shadow) return { status: 'shadowed', holdReasons: [] };
  return { status: holdReasons.length ? 'pending' : 'published', holdReasons };
}
