// "@name" mentions: resolved when a comment is written, stored as references, shown under the name typed.
import { describe, expect, it } from 'vitest';
import { createComment, editComment } from '@/lib/dal/comment-writes';
import { listComments } from '@/lib/dal/comments';
import { previewMentions, suggestMentions } from '@/lib/dal/mentions';
import { updateDisplayName } from '@/lib/dal/users';
import { createArticle, createUser } from '../support/fixtures';

let n = 0;
const unique = (name: string) => `${name} ${String.fromCharCode(65 + (n++ % 26))}${n}x`; // names are global: keep each test's own
const person = async (name: string) => ({ ...(await createUser('reader', { ageDays: 30, name })), name });
const post = async (articleId: number, authorId: string, body: string, pickedHandles?: string[]) => {
  const result = await createComment({ articleId, authorId, parentId: null, body, pickedHandles });
  if (result.status !== 'ok') throw new Error(`setup: ${result.status}`);
  return result.id;
};
const mentionsOf = async (articleId: number, id: number) => (await listComments(articleId, null)).comments.find((c) => c.id === id)!.mentions;

describe('mentions', () => {
  it('links the longest name typed after "@", keeps the text as typed, and still links after a rename', async () => {
    const article = await createArticle();
    const mina = await person(unique('Mina'));
    const minaPark = await person(`${mina.name} Park`); // "Mina X1x Park": a longer name that starts with Mina's
    const writer = await person(unique('Writer'));
    const id = await post(article.id, writer.id, `@${minaPark.name.toUpperCase()}, and @${mina.name}! Not an email: me@${mina.name}`);
    expect(await mentionsOf(article.id, id)).toEqual(
      expect.arrayContaining([
        { name: minaPark.name.toUpperCase(), handle: minaPark.handle },
        { name: mina.name, handle: mina.handle },
      ]),
    );
    expect(await mentionsOf(article.id, id)).toHaveLength(2);
    await updateDisplayName(mina.id, unique('Renamed'));
    expect(await mentionsOf(article.id, id)).toContainEqual({ name: mina.name, handle: mina.handle });
  });

  it('leaves a name shared by two people plain, unless one was picked or only one is in the thread', async () => {
    const article = await createArticle();
    const name = unique('Jin');
    const [first, second] = [await person(name), await person(name)];
    const writer = await person(unique('Writer'));
    const plain = await post(article.id, writer.id, `@${name} hello`);
    expect(await mentionsOf(article.id, plain)).toEqual([]);
    const picked = await post(article.id, writer.id, `@${name} hello`, [second.handle]);
    expect(await mentionsOf(article.id, picked)).toEqual([{ name, handle: second.handle }]);
    await post(article.id, first.id, 'I am in this thread');
    const inThread = await post(article.id, writer.id, `@${name} hello again`);
    expect(await mentionsOf(article.id, inThread)).toEqual([{ name, handle: first.handle }]);
  });

  it('ignores "@" inside code and web addresses, and follows edits', async () => {
    const article = await createArticle();
    const bo = await person(unique('Bo'));
    const writer = await person(unique('Writer'));
    const id = await post(article.id, writer.id, `\`@${bo.name}\` https://example.test/@${bo.name}`);
    expect(await mentionsOf(article.id, id)).toEqual([]);
    expect((await editComment(id, writer.id, `Now @${bo.name}`)).status).toBe('ok');
    expect(await mentionsOf(article.id, id)).toEqual([{ name: bo.name, handle: bo.handle }]);
    expect((await editComment(id, writer.id, 'Nobody now')).status).toBe('ok');
    expect(await mentionsOf(article.id, id)).toEqual([]);
  });

  it('previews the same links it will store, writing nothing', async () => {
    const article = await createArticle();
    const bo = await person(unique('Bo'));
    expect(await previewMentions(article.id, `hi @${bo.name}`, [])).toEqual([{ name: bo.name, handle: bo.handle }]);
    expect((await listComments(article.id, null)).comments).toEqual([]);
  });

  it('suggests people from the thread first, then others who have commented, never the viewer', async () => {
    const article = await createArticle();
    const elsewhere = await createArticle();
    const prefix = unique('Sol');
    const [inThread, outside, silent, viewer] = [await person(`${prefix} A`), await person(`${prefix} B`), await person(`${prefix} C`), await person(`${prefix} D`)];
    await post(article.id, inThread.id, 'here');
    await post(elsewhere.id, outside.id, 'elsewhere');
    await post(article.id, viewer.id, 'me too');
    const found = await suggestMentions(article.id, prefix.toLowerCase(), viewer.id);
    expect(found).toEqual([
      { name: inThread.name, handle: inThread.handle, inThread: true },
      { name: outside.name, handle: outside.handle, inThread: false },
    ]);
    expect(found.map((p) => p.handle)).not.toContain(silent.handle); // never commented: not offered
    expect(await suggestMentions(article.id, '%', viewer.id)).toEqual([]); // LIKE wildcards are text
  });
});
