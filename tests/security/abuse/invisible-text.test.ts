// #13, item 7: comments and names that look blank, and banned words dressed up to slip past the list.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { bannedWords, users } from '@/db/schema';
import { createComment } from '@/lib/dal/comment-writes';
import { displayNameSchema, postCommentSchema } from '@/lib/validation';
import { createArticle } from '../../support/fixtures';

const BLANK_LOOKING = ['\u200B', '\u200B\u200B\u200B', '\u3164', '\u3164 \u3164', '\u115F\u1160', '\u2800\u2800', '\u00AD', '\u2060\uFE0F', ' \u200B\n\u3164 '];

describe('text that looks like nothing', () => {
  it.each(BLANK_LOOKING)('refuses a comment made only of %j', (body) => {
    const result = postCommentSchema.safeParse({ articleId: '1', body });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('Write something first.');
  });

  it.each(BLANK_LOOKING)('refuses a display name made only of %j', (name) => {
    expect(displayNameSchema.safeParse(name).success).toBe(false);
    expect(displayNameSchema.safeParse(`A${name}`).success).toBe(false); // one visible letter is not a name
  });

  it('keeps Korean text, emoji sequences and ordinary names exactly as typed', () => {
    for (const body of ['정말 최고예요! ㅠㅠ', 'ㅋㅋㅋ', '👩‍👩‍👧‍👦 family watch night', 'Ｗｉｄｅ letters are allowed']) {
      expect(postCommentSchema.parse({ articleId: '1', body }).body).toBe(body);
    }
    for (const name of ['김다은', 'Jin 💜', 'Chloé Martin']) expect(displayNameSchema.parse(name)).toBe(name);
  });
});

describe('banned words in disguise', () => {
  let articleId: number;
  let authorId: string;
  beforeAll(async () => {
    articleId = (await createArticle()).id;
    const db = await getDb();
    authorId = (await db.insert(users).values({ email: `evader-${process.pid}@example.test`, name: 'Evader' }).returning())[0].id;
    await db.insert(bannedWords).values([{ word: 'grifter' }, { word: '바보' }]);
  });
  const post = (body: string) => createComment({ articleId, authorId, parentId: null, body });

  it.each([
    ['zero-width space', 'what a grif\u200Bter'],
    ['soft hyphen', 'what a grif\u00ADter'],
    ['Cyrillic look-alikes', 'what a grіftеr'],
    ['fullwidth letters', 'what a ｇｒｉｆｔｅｒ'],
    ['capitals and a word joiner', 'What a GRIF\u2060TER'],
    ['Korean', '진짜 바보 같아'],
  ])('holds a comment that hides the word with %s', async (_how, body) => {
    expect(await post(body)).toMatchObject({ status: 'ok', commentStatus: 'pending' });
  });

  it('publishes text that only looks near a banned word', async () => {
    for (const body of ['grifters gonna grift? no: "grifting" is a different word', '바보야 is not on the list as a word of its own']) {
      expect(await post(body)).toMatchObject({ status: 'ok', commentStatus: 'published' });
    }
  });
});
