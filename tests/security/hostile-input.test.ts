// Hostile input thrown at every action's validation and at the data layer behind it. Each input must
// get a clear error, or be accepted in a clean, bounded form and stored as exactly that text.
import { afterAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { getDb } from '@/db/client';
import { createComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { searchArticles } from '@/lib/dal/search';
import * as v from '@/lib/validation';
import { createArticle } from '../support/fixtures';

const xss = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', 'javascript:alert(1)',
  '"><script>alert(1)</script>', "'-alert(1)-'", '<iframe src="javascript:alert(1)">', '<a href="javascript:alert(1)">x</a>',
  '<body onload=alert(1)>', '<details open ontoggle=alert(1)>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '<style>@import "//evil"</style>', '<meta http-equiv="refresh" content="0;url=//evil">',
  '<object data="javascript:alert(1)">', '<input autofocus onfocus=alert(1)>', '<video><source onerror=alert(1)>', 'data:text/html,<script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>', '<img src="x" onerror="&#97;lert(1)">', '<svg><animate onbegin=alert(1) attributeName=x>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>', '<form action=javascript:alert(1)><button>x', '<isindex type=image src=1 onerror=alert(1)>',
  '<base href="//evil/">', '<link rel=import href=//evil>', 'vbscript:msgbox(1)', '<x onclick=alert(1)>click', '<!--<img src="--><img src=x onerror=alert(1)>',
];
const sql = [
  "' OR '1'='1", "'; DROP TABLE comments; --", '1; SELECT pg_sleep(10)', "admin'--", "' UNION SELECT password_hash FROM users --",
  '1 OR 1=1', "\\'; truncate users; --", '%', '_', '\\', "$$ ; drop table users; $$", "');COMMIT;DROP TABLE articles;--", '0x27',
  "' AND (SELECT COUNT(*) FROM users) > 0 --", '`rm -rf /`', "1' WAITFOR DELAY '0:0:10'--", '"; DELETE FROM moderation_actions; --',
  "' || (SELECT version()) || '", "E'\\x27'", "';SET ROLE postgres;--",
];
const unicode = [
  '\u202Egnp.exe', '\u2066isolate\u2069', '\u200Bzero\u200Bwidth', '\uFEFFbom', 'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  'Z̴̡̨̛̛̖͇̗̹̠͖̮͈̫̣̝̥̫͖̯̱̳̱̭̹̙̓̂̾̀̑̄̓͐̐̒̾̓̈́̑͌̕͘͜͠a̶l̷g̴o̵', '👩‍👩‍👧‍👦👨🏽‍🚀🏳️‍🌈', '𝕳𝖆𝖑𝖑𝖞𝖚', '한국어 댓글입니다', 'مرحبا بالعالم',
  '\uD800', '\uDFFF lone', 'a\uD83D', '\u0000', 'null\u0000byte', '\u0007bell\u001B[31mred', '\r\n\r\n\r\n', '\t\t\t', ' '.repeat(100), '\u00A0\u2003\u3000', '\u061C\u200E\u200Fmarks', 'ﷺ', 'ᄀᄀᄀ각', '\u{E0001}\u{E0041}tags',
];
const sizes = ['x'.repeat(2_001), 'y'.repeat(10_000), 'z'.repeat(1_000_000), 'ok'.repeat(999), '😀'.repeat(1_001)];
const wrongTypes: unknown[] = [
  null, undefined, 0, -1, 1.5, NaN, Infinity, -Infinity, 1e309, 2 ** 53 + 1, '99999999999999999999', '-0', '0x10', '1e3',
  true, false, [], ['a', 'b'], {}, { toString: 'x' }, Symbol.for('s').toString(), new Date(0).toISOString(),
];
const corpus: unknown[] = [...xss, ...sql, ...unicode, ...sizes, ...wrongTypes];

type Case = { schema: { safeParse: (x: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }; valid: Record<string, unknown> };
const uuid = '00000000-0000-4000-8000-000000000000';
const cases: Record<string, Case> = {
  signUp: { schema: v.signUpSchema, valid: { name: 'Fan', email: 'fan@example.com', password: 'moonlit-pharmacy-2026' } },
  signIn: { schema: v.signInSchema, valid: { email: 'fan@example.com', password: 'whatever-1' } },
  reaction: { schema: v.reactionSchema, valid: { articleId: '1', choice: 'set:love' } },
  postComment: { schema: v.postCommentSchema, valid: { articleId: '1', body: 'Hello' } },
  editComment: { schema: v.editCommentSchema, valid: { commentId: '1', body: 'Hello' } },
  deleteComment: { schema: v.commentIdSchema, valid: { commentId: '1' } },
  like: { schema: v.likeSchema, valid: { commentId: '1', like: 'true' } },
  loadMore: { schema: v.loadMoreSchema, valid: { articleId: 1, sort: 'top', cursor: '3_4' } },
  hide: { schema: v.hideSchema, valid: { commentId: '1', reason: 'spam', note: 'n' } },
  report: { schema: v.reportSchema, valid: { commentId: '1', reason: 'spam' } },
  approve: { schema: v.approveSchema, valid: { commentId: '1' } },
  restrict: { schema: v.restrictSchema, valid: { userId: uuid, kind: '7d', reason: 'Spam links' } },
  role: { schema: v.roleSchema, valid: { userId: uuid, role: 'moderator' } },
  bannedWord: { schema: v.bannedWordSchema, valid: { word: 'spoiler' } },
  bulk: { schema: v.bulkSchema, valid: { op: 'hide', reason: 'spam', commentId: ['1', '2'] } },
  profile: { schema: v.profileSchema, valid: { name: 'Fan' } },
  provider: { schema: v.providerSignInSchema, valid: { provider: 'github' } },
};

const UNKNOWN_FIELDS: Record<string, unknown>[] = [{ isAdmin: true }, { role_: 'admin' }, JSON.parse('{"__proto__": {"isAdmin": true}}')];

// Characters that must never survive validation into stored text.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFEFF]/;
let checks = 0;

// Text that is stored and shown to others; passwords and cursors are never displayed.
const DISPLAYED = new Set(['name', 'body', 'note', 'reason', 'word']);

function assertClean(value: unknown, field = '') {
  if (typeof value === 'string') {
    if (DISPLAYED.has(field)) {
      expect(UNSAFE.test(value), `${field} kept an unsafe character`).toBe(false);
      expect([...value].length, `${field} is over 2,000 characters`).toBeLessThanOrEqual(2_000); // characters = code points, as zod counts
      expect(value, field).toBe(value.toWellFormed());
    }
  } else if (typeof value === 'number') {
    expect(Number.isFinite(value)).toBe(true);
    expect(Math.abs(value)).toBeLessThanOrEqual(2_147_483_647);
  } else if (Array.isArray(value)) {
    value.forEach((item) => assertClean(item, field));
  } else if (value && typeof value === 'object') {
    Object.entries(value).forEach(([key, item]) => assertClean(item, key));
  }
}

describe('hostile input', () => {
  afterAll(() => {
    console.log(`hostile input: ${corpus.length} inputs, ${Object.keys(cases).length} actions, ${checks} checks, no crash, no unsafe value accepted`);
  });

  for (const [name, { schema, valid }] of Object.entries(cases)) {
    it(`${name}: every field refuses or cleans every input`, () => {
      expect(schema.safeParse(valid).success).toBe(true);
      for (const field of Object.keys(valid)) {
        for (const input of corpus) {
          const result = schema.safeParse({ ...valid, [field]: input });
          checks++;
          if (result.success) assertClean(result.data);
          else expect(result.error!.issues.every((i) => typeof i.message === 'string' && i.message.length > 0)).toBe(true);
        }
      }
      // Missing fields and unknown fields are refused.
      for (const field of Object.keys(valid)) {
        const { [field]: _dropped, ...rest } = valid; // eslint-disable-line @typescript-eslint/no-unused-vars
        if (!['note', 'reason', 'callbackUrl'].includes(field)) expect(schema.safeParse(rest).success, `${name} without ${field}`).toBe(false);
        checks++;
      }
      // Unknown fields are refused, including an own "__proto__" key as JSON.parse makes it (a literal
      // `__proto__:` would set the prototype instead, which no schema ever sees).
      for (const extra of UNKNOWN_FIELDS) {
        expect(schema.safeParse({ ...valid, ...extra }).success, `${name} accepted ${JSON.stringify(Object.keys(extra))}`).toBe(false);
        checks++;
      }
    });
  }

  it('stores every accepted comment body as exactly the text it validated to, and refuses the rest', async () => {
    const article = await createArticle();
    const db = await getDb();
    const [author] = await db.insert(users).values({ email: `hostile-${Date.now()}@example.test`, name: 'Hostile' }).returning();
    let stored = 0;
    for (const input of corpus) {
      const parsed = v.postCommentSchema.safeParse({ articleId: String(article.id), body: input });
      checks++;
      if (!parsed.success) continue;
      const result = await createComment({ ...parsed.data, articleId: article.id, authorId: author.id });
      expect(result.status).toBe('ok');
      if (result.status !== 'ok') continue;
      const page = await listComments(article.id, null, { limit: 1 });
      expect(page.comments[0].body).toBe(parsed.data.body);
      stored++;
    }
    expect(stored).toBeGreaterThan(40);
  }, 120_000);

  it('search answers every input with results or an empty list, never an error', async () => {
    await createArticle({ title: 'Searchable ferry story', body: 'A ferry at night.' });
    for (const input of corpus) {
      // The search page only ever receives strings (from the URL).
      const results = await searchArticles(typeof input === 'string' ? input : (JSON.stringify(input) ?? 'undefined'));
      checks++;
      expect(Array.isArray(results.hits)).toBe(true);
      expect(results.query.length).toBeLessThanOrEqual(200);
    }
  });
});
