import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { ANY_LINK_SQL } from '@/lib/comment-links';
import { NEW_ACCOUNT_DAYS } from '@/lib/limits';

// A simple, explainable risk score for a queued comment, from local signals only: how new the account
// is, how often its comments were hidden before, links, the same text posted again, a burst of comments,
// and reports. Each signal adds a few points and one plain reason; the queue sorts by the sum. It is a
// hint for the moderator's order of work, never a decision.

export type RiskSignals = {
  account_age_hours: number;
  prior_hides: number;
  has_link: boolean;
  repeats: number;
  burst: number;
  report_count: number;
};

/** The signals as columns of a query whose comment is aliased `c` and its author `u`. */
export const riskSignalColumns = sql`
  (extract(epoch from (now() - u.created_at)) / 3600)::int as account_age_hours,
  (select count(*)::int from comments h where h.author_id = c.author_id and h.id <> c.id and h.status = 'hidden') as prior_hides,
  (c.body ~* ${ANY_LINK_SQL}) as has_link,
  (select count(*)::int from comments d where d.author_id = c.author_id and d.id <> c.id and d.body = c.body) as repeats,
  (select count(*)::int from comments b where b.author_id = c.author_id and b.id <> c.id
     and b.created_at between c.created_at - interval '10 minutes' and c.created_at) as burst,
  c.report_count`;

const DAY_HOURS = 24;
const NEW_HOURS = NEW_ACCOUNT_DAYS * DAY_HOURS;
const BURST = 3;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One rule per signal: its points as SQL over the signal columns (the queue sorts by their sum in the
 * database) beside the reason shown to the moderator, so the two never drift apart.
 */
const RULES: { points: SQL; reason: (s: RiskSignals) => string | null }[] = [
  {
    points: sql`case when s.account_age_hours < ${DAY_HOURS} then 3 when s.account_age_hours < ${NEW_HOURS} then 2 else 0 end`,
    reason: (s) =>
      s.account_age_hours < DAY_HOURS ? 'account less than a day old' : s.account_age_hours < NEW_HOURS ? `account ${plural(Math.floor(s.account_age_hours / DAY_HOURS), 'day')} old` : null,
  },
  { points: sql`least(s.prior_hides, 3) * 2`, reason: (s) => (s.prior_hides > 0 ? `${plural(s.prior_hides, 'earlier comment')} hidden` : null) },
  { points: sql`case when s.has_link then 2 else 0 end`, reason: (s) => (s.has_link ? 'contains a link' : null) },
  { points: sql`case when s.repeats > 0 then 3 else 0 end`, reason: (s) => (s.repeats > 0 ? `same text posted ${s.repeats + 1} times` : null) },
  { points: sql`case when s.burst >= ${BURST} then 2 else 0 end`, reason: (s) => (s.burst >= BURST ? `${s.burst + 1} comments within 10 minutes` : null) },
  { points: sql`least(s.report_count, 5)`, reason: (s) => (s.report_count > 0 ? plural(s.report_count, 'reporter') : null) },
];

/** The score of a row `s` that has the signal columns. */
export const riskScoreSql = sql.join(
  RULES.map((r) => sql`(${r.points})`),
  sql` + `,
);

export function riskReasons(signals: RiskSignals): string[] {
  return RULES.map((r) => r.reason(signals)).filter((r): r is string => r !== null);
}
