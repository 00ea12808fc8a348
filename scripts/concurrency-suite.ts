// Concurrency suite: many readers reacting, liking, commenting and reporting at once against the
// production build, through the real server actions, while others read pages. Afterwards, with the
// server stopped, every counter must equal the rows it counts and every write the server confirmed must
// be stored (and every refused one absent). Prints what it tried.
//   npm run test:concurrency                                  PGlite (a fresh folder)
//   npm run test:concurrency -- postgres://postgres@127.0.0.1:5432/test      PostgreSQL (a scratch db)
// Needs a production build (npm run build). Options: --seconds 20 --users 16 --visitors 16
import { callFormAction, mergeCookies, type ActionReply } from './lib/server-actions';
import { counterMismatches, openDatabase } from './lib/integrity';
import { ensureBuild, startServer } from './lib/production-server';

const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number of at least 1`);
  return value;
};
const postgresBase = process.argv.slice(2).find((a) => a.startsWith('postgres')) ?? null;
const SECONDS = flag('seconds', 20);
const USERS = flag('users', 16);
const VISITORS = flag('visitors', 16);
const READERS = 4;
const PORT = Number(process.env.CONCURRENCY_PORT ?? 3270);
const KINDS = ['love', 'haha', 'wow', 'sad', 'angry', 'want_more'];
const REASONS = ['spam', 'harassment', 'spoilers', 'off_topic', 'other'];

const pick = <T,>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const key = (...parts: (string | number)[]) => parts.join('|');

type Tally = { tried: number; confirmed: number; refused: number };
const tally: Record<string, Tally> = {};
const refusals = new Map<string, number>(); // the messages refused writes got, and how often
const count = (op: string, reply: ActionReply | null) => {
  const t = (tally[op] ??= { tried: 0, confirmed: 0, refused: 0 });
  t.tried++;
  if (reply?.status === 'success') t.confirmed++;
  else if (reply?.status === 'error') {
    t.refused++;
    const message = `${op}: ${reply.message.replace(/\d+/g, 'N')}`;
    refusals.set(message, (refusals.get(message) ?? 0) + 1);
  }
};
const problems: string[] = [];

async function main() {
  ensureBuild();
  const server = await startServer(
    PORT,
    {
      COMMENT_INTERVAL_SECONDS: '1',
      NEW_ACCOUNT_COMMENT_INTERVAL_SECONDS: '1',
      SIGNUP_LIMIT_PER_IP_PER_HOUR: '100000',
      REACTION_LIMIT_PER_MINUTE: '100000',
      REACTION_LIMIT_PER_IP_PER_MINUTE: '100000',
      NEW_REACTORS_PER_IP_PER_DAY: '1000000', // every visitor of this run reacts from 127.0.0.1
      REPORTER_MIN_ACCOUNT_AGE_HOURS: '0', // its readers are seconds old, and their reports must race auto-hides
    },
    postgresBase,
  );
  console.log(`Concurrency suite on ${server.database}: ${USERS} signed-in readers and ${VISITORS} anonymous visitors writing, ${READERS} readers reading, for ${SECONDS} s`);
  const url = (path: string) => server.url + path;
  try {
    // Three articles from the home page. Comments go to the first, so likes and reports pile up on the
    // same threads; reactions spread over all three. Their ids come from the pages' reaction forms.
    const home = await (await fetch(url('/'))).text();
    const ARTICLES = [...new Set([...home.matchAll(/href="(\/articles\/[a-z0-9-]+)"/g)].map((m) => m[1]))].slice(0, 3);
    if (ARTICLES.length < 3) throw new Error('the home page links fewer than three articles');
    const articleIds = new Map<string, number>();
    for (const path of ARTICLES) {
      const html = await (await fetch(url(path))).text();
      const id = /name="articleId" value="(\d+)"/.exec(html)?.[1];
      if (!id) throw new Error(`no reaction form on ${path}`);
      articleIds.set(path, Number(id));
    }
    const commentsOn = ARTICLES[0];

    // Accounts, made through the sign-up action at once; each keeps its session cookie.
    const run = Date.now().toString(36);
    const users = await Promise.all(
      Array.from({ length: USERS }, async (_, i) => {
        const email = `concurrency-${run}-${i}@example.test`;
        const reply = await callFormAction(url('/signup'), 'signUpAction', { name: `Reader ${i}`, email, password: `lightstick-${run}-${i}-Aa` });
        const cookie = mergeCookies('', reply.setCookie);
        if (!cookie.includes('session-token')) throw new Error(`sign-up ${i} gave no session (${reply.httpStatus} ${reply.message})`);
        return { email, cookie };
      }),
    );

    // What the server confirmed, in the order each actor saw it (every actor works sequentially).
    const reactions = new Map<string, string | null>(); // reactor (email or visitor cookie) | article → kind
    const likes = new Map<string, boolean>(); // email | comment id → liked
    const reports = new Set<string>(); // email | comment id
    const postedComments = new Set<string>(); // unique token in a confirmed comment's body
    const refusedComments = new Set<string>();
    const commentIds = new Set<number>();
    let unanswered = 0;
    let pageErrors = 0;
    let pagesRead = 0;
    const deadline = Date.now() + SECONDS * 1000;

    const refreshCommentIds = async (cookie: string) => {
      const html = await (await fetch(url(commentsOn), { headers: { Cookie: cookie } })).text();
      for (const m of html.matchAll(/name="commentId" value="(\d+)"/g)) commentIds.add(Number(m[1]));
    };

    const react = async (actor: string, cookie: string, path: string) => {
      const kind = Math.random() < 0.2 ? null : pick(KINDS);
      const fields = { articleId: articleIds.get(path)!, choice: kind ? `set:${kind}` : `clear:${reactions.get(key(actor, path)) ?? pick(KINDS)}` };
      const reply = await callFormAction(url(path), 'reactToArticle', fields, cookie);
      count('reaction', reply);
      if (reply.status === 'success') reactions.set(key(actor, path), kind);
      return reply;
    };

    const signedIn = async (user: (typeof users)[number], n: number) => {
      for (let step = 0; Date.now() < deadline; step++) {
        const roll = Math.random();
        let reply: ActionReply | null = null;
        const ids = [...commentIds];
        if (roll < 0.35 || ids.length === 0) {
          if (ids.length === 0 || roll < 0.2) {
            const token = `cc-${run}-${n}-${step}`;
            const parent = ids.length && Math.random() < 0.4 ? pick(ids) : '';
            reply = await callFormAction(url(commentsOn), 'postComment', { articleId: articleIds.get(commentsOn)!, parentId: parent, body: `Concurrent thoughts ${token} on this scene.` }, user.cookie);
            count(parent ? 'reply' : 'comment', reply);
            if (reply.status === 'success') postedComments.add(token);
            else if (reply.status === 'error') refusedComments.add(token);
            if (reply.status === 'success' && step % 3 === 0) await refreshCommentIds(user.cookie);
          } else {
            reply = await react(user.email, user.cookie, pick(ARTICLES));
          }
        } else if (roll < 0.8) {
          const id = pick(ids);
          const like = !likes.get(key(user.email, id));
          reply = await callFormAction(url(commentsOn), 'likeComment', { commentId: id, like: String(like) }, user.cookie);
          count('like', reply);
          if (reply.status === 'success') likes.set(key(user.email, id), like);
        } else {
          const id = pick(ids);
          reply = await callFormAction(url(commentsOn), 'reportCommentAction', { commentId: id, reason: pick(REASONS), note: '' }, user.cookie);
          count('report', reply);
          if (reply.status === 'success') reports.add(key(user.email, id));
        }
        if (reply && reply.status === 'unknown') {
          unanswered++;
          problems.push(`an action answered ${reply.httpStatus} without a result`);
        }
      }
    };

    const anonymous = async (n: number) => {
      let cookie = '';
      const actor = `visitor-${n}`;
      while (Date.now() < deadline) {
        const reply = await react(actor, cookie, pick(ARTICLES));
        cookie = mergeCookies(cookie, reply.setCookie);
        if (reply.status === 'unknown') {
          unanswered++;
          problems.push(`a reaction answered ${reply.httpStatus} without a result`);
        }
      }
      return { actor, rid: /hallyu_rid=([0-9a-f-]{36})\./.exec(cookie)?.[1] ?? null };
    };

    const reader = async () => {
      while (Date.now() < deadline) {
        const res = await fetch(url(pick([...ARTICLES, '/', commentsOn])));
        await res.text();
        pagesRead++;
        if (res.status !== 200) pageErrors++;
      }
    };

    const [, visitors] = await Promise.all([
      Promise.all(users.map((u, i) => signedIn(u, i))),
      Promise.all(Array.from({ length: VISITORS }, (_, i) => anonymous(i))),
      Promise.all(Array.from({ length: READERS }, reader)),
    ]);
    const rssMb = server.rssMb();
    await server.stop({ keepData: true });

    // ---- checks, on the stored data ----
    const query = await openDatabase(server.database === 'postgres' ? server.databaseUrl! : server.dataDir);
    try {
      const userIds = new Map(
        (await query<{ id: string; email: string }>(`select id, email from users where email like $1`, [`concurrency-${run}-%`])).map((r) => [r.email, r.id]),
      );
      const reactorKey = new Map<string, string>([
        ...users.map((u) => [u.email, `u:${userIds.get(u.email)}`] as [string, string]),
        ...visitors.filter((v) => v.rid).map((v) => [v.actor, `a:${v.rid}`] as [string, string]),
      ]);
      const storedReactions = new Map(
        (await query<{ reactor_key: string; article_id: number; kind: string }>(`select reactor_key, article_id, kind from article_reactions`)).map((r) => [
          key(r.reactor_key, r.article_id),
          r.kind,
        ]),
      );
      let reactionMismatches = 0;
      for (const [k, kind] of reactions) {
        const [actor, path] = k.split('|');
        if ((storedReactions.get(key(reactorKey.get(actor) ?? '?', articleIds.get(path)!)) ?? null) !== kind) reactionMismatches++;
      }
      check(reactionMismatches === 0, `every reactor's last confirmed reaction is the stored one (${reactions.size} reactor × article pairs, ${reactionMismatches} differ)`);

      const bodies = (await query<{ body: string }>(`select body from comments where body like 'Concurrent thoughts cc-%'`)).map((r) => /cc-[\w-]+/.exec(r.body)![0]);
      const stored = new Set(bodies);
      const missing = [...postedComments].filter((t) => !stored.has(t)).length;
      const refusedButStored = [...refusedComments].filter((t) => stored.has(t)).length;
      check(missing === 0 && bodies.length === stored.size, `every confirmed comment is stored once (${postedComments.size} confirmed, ${missing} missing, ${bodies.length - stored.size} duplicated)`);
      check(refusedButStored === 0 && stored.size === postedComments.size, `no refused comment is stored (${refusedComments.size} refused, ${refusedButStored} stored anyway)`);

      const storedLikes = new Set((await query<{ user_id: string; comment_id: number }>(`select user_id, comment_id from comment_likes`)).map((r) => key(r.user_id, r.comment_id)));
      let likeMismatches = 0;
      for (const [k, liked] of likes) {
        const [email, id] = k.split('|');
        if (storedLikes.has(key(userIds.get(email)!, id)) !== liked) likeMismatches++;
      }
      check(likeMismatches === 0, `every reader's last confirmed like or unlike is stored (${likes.size} reader × comment pairs, ${likeMismatches} differ)`);

      const storedReports = new Set((await query<{ reporter_id: string; comment_id: number }>(`select reporter_id, comment_id from comment_reports`)).map((r) => key(r.reporter_id, r.comment_id)));
      const missingReports = [...reports].filter((k) => {
        const [email, id] = k.split('|');
        return !storedReports.has(key(userIds.get(email)!, id));
      }).length;
      check(missingReports === 0, `every confirmed report is stored (${reports.size} confirmed, ${missingReports} missing)`);

      for (const { what, rows } of await counterMismatches(query)) check(rows === 0, `${what}: ${rows} rows disagree`);
      const auto: [string, string][] = [
        ['comments over the report threshold still published', `select count(*)::int as n from comments where status = 'published' and report_count >= 3`],
        // Comments a moderator hid (the demo seed has one) are not the reports' doing.
        ['auto-hides logged other than once per hidden comment', `select count(*)::int as n from comments c where (c.status = 'hidden') <> ((select count(*) from moderation_actions m where m.comment_id = c.id and m.action = 'auto_hide') = 1)
          and not exists (select 1 from moderation_actions m where m.comment_id = c.id and m.action = 'hide')`],
      ];
      for (const [what, sql] of auto) {
        const [{ n }] = await query<{ n: number }>(sql);
        check(n === 0, `${what}: ${n} rows disagree`);
      }
      const [{ hidden }] = await query<{ hidden: number }>(`select count(*)::int as hidden from comments where status = 'hidden'`);

      check(unanswered === 0, `every action answered with a result (${unanswered} did not)`);
      // The database is up throughout: being told it could not be reached is a failure, not a refusal.
      const unreachable = [...refusals].filter(([message]) => message.includes('could not reach the database')).reduce((sum, [, n]) => sum + n, 0);
      check(unreachable === 0, `no write was refused for want of the database (${unreachable} were)`);
      check(pageErrors === 0, `every page read answered 200 (${pagesRead} reads, ${pageErrors} did not)`);
      const tried = Object.values(tally).reduce((s, t) => s + t.tried, 0);
      console.table(tally);
      for (const [message, times] of refusals) console.log(`  refused ${times}× ${message}`);
      console.log(`  ${tried} writes tried, ${pagesRead} pages read, ${hidden} comments auto-hidden by reports, server RSS ${rssMb} MB at the end`);
      // A run too small to collide proves nothing.
      check((tally.comment?.confirmed ?? 0) + (tally.reply?.confirmed ?? 0) >= USERS && (tally.like?.confirmed ?? 0) >= USERS && (tally.report?.confirmed ?? 0) >= USERS / 2, 'the run was large enough to collide (comments, likes and reports confirmed)');
    } finally {
      await query.close();
    }
  } finally {
    await server.stop().catch(() => undefined);
    if (problems.length) {
      // What the server said about it: the lines that report errors, each once.
      const errors = [...new Set(server.log().split('\n').filter((line) => /error|⨯|warn|unavailable/i.test(line)))];
      console.error(`\nServer log, ${errors.length} distinct error lines:\n${errors.slice(0, 30).join('\n')}`);
    }
  }
  if (problems.length) {
    console.error(`\n${problems.length} problems:\n  ${[...new Set(problems)].join('\n  ')}`);
    process.exit(1);
  }
  console.log('Concurrency suite passed: counters equal their rows, no confirmed write is missing.');
}

function check(ok: boolean, what: string) {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
