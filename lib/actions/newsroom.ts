'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ARTICLE_STATUS_LABELS } from '@/db/enums';
import { z } from 'zod';
import { failure, type ActionState } from '@/lib/action-state';
import { ARTICLE_FORM_FIELDS, ARTICLE_INTENTS, articleFormSchema, type ArticleFormFields } from '@/lib/article-validation';
import { fieldErrorsOf, rowIdFrom } from '@/lib/validation';
import { restoreRevision } from '@/lib/dal/article-revisions';
import { stashEditorState } from '@/lib/dal/editor-stash';
import { saveArticle, type SaveResult } from '@/lib/dal/newsroom-writes';
import { MAX_ARTICLE_BODY_LENGTH } from '@/lib/limits';
import { defineAction, NOT_ALLOWED, typedFields } from '@/lib/safe-action';

/** What the editor's form gets back: the fields as typed (or as saved), and how the save went. */
export type EditorData = {
  fields: ArticleFormFields;
  /** The Preview button: show the fields as the article page would, save nothing. */
  preview?: boolean;
  /** Someone else saved first: nothing was saved, the fields are the user's own. */
  conflict?: boolean;
  saved?: { id: number; version: number; status: string; at: string };
};

const keepFields = (raw: unknown): EditorData => ({ fields: typedFields(raw, ARTICLE_FORM_FIELDS, MAX_ARTICLE_BODY_LENGTH + 1_000) });

const DONE: Record<string, string> = {
  save: 'Saved.',
  autosave: 'Draft saved automatically.',
  submit: 'Submitted for review: an editor will take it from here.',
  withdraw: 'Moved back to drafts.',
  draft: 'Moved back to drafts.',
  publish: 'Published: it is on the site now.',
  unpublish: 'Unpublished: readers can no longer open it.',
};

/**
 * The answer as the form gets it. A browser without JavaScript posts the form itself, and Next.js would
 * show the page without the answer (vercel/next.js#97784): the answer is kept (lib/dal/editor-stash.ts)
 * and the browser sent back to the editor, which shows it, with everything typed.
 */
async function answer(viewerId: string, state: ActionState<EditorData>): Promise<ActionState<EditorData>> {
  if ((await headers()).has('next-action')) return state; // JavaScript's request: React shows the answer
  const key = await stashEditorState(viewerId, state);
  const id = state.data?.fields.id;
  redirect(`${id && rowIdFrom(id) ? `/newsroom/articles/${id}` : '/newsroom/articles/new'}?stash=${key}`);
}

const when = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The answer to a refused save, with everything the user typed. */
function refused(result: Exclude<SaveResult, { status: 'ok' }>, keep: EditorData): ActionState<EditorData> {
  switch (result.status) {
    case 'forbidden':
      return failure(NOT_ALLOWED, undefined, keep);
    case 'not_found':
      return failure('This article no longer exists. Your text is kept below: copy it into a new article.', undefined, keep);
    case 'conflict':
      return failure(
        `Not saved: ${result.by ?? 'someone'} saved this article at ${when(result.at)}, after you opened it. Your text is kept below; copy what you need, then reload the page to see their version.`,
        undefined,
        { ...keep, conflict: true },
      );
    case 'invalid':
      return failure(result.message, result.fieldErrors, keep);
  }
}

// Only the intent is read before the action runs: a preview shows whatever was typed, complete or not;
// everything else is checked field by field (articleFormSchema) before anything is saved.
const requestSchema = z.object({ intent: z.enum(ARTICLE_INTENTS).optional().default('save') }).loose();

export const saveArticleAction = defineAction<'newsroom', typeof requestSchema, EditorData>({
  name: 'saveArticle',
  access: 'newsroom',
  schema: requestSchema,
  keep: keepFields,
  messages: { signedOut: 'Sign in to save: your text is kept below.', invalid: 'Not saved: that is not something the editor can do.' },
  run: async ({ input: request, viewer, keep }) => {
    const fields = keep?.fields ?? {};
    if (request.intent === 'preview') return answer(viewer.id, { status: 'success', message: 'Preview below. Nothing was saved.', data: { fields, preview: true } });
    const parsed = articleFormSchema.safeParse(request);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      // An autosave has no highlighted fields to point at: it says what stopped it.
      const message = request.intent === 'autosave' ? Object.values(fieldErrors).flat().join(' ') : 'Not saved: check the highlighted fields.';
      return answer(viewer.id, failure(message, fieldErrors, { fields }));
    }
    const input = { ...parsed.data, intent: request.intent };
    const result = await saveArticle(viewer.id, { id: input.id, version: input.version, intent: input.intent, content: input.content, scheduledAt: input.scheduledAt });
    if (result.status !== 'ok') return answer(viewer.id, refused(result, { fields }));
    // A new article gets its own address (and the editor its id), except while autosaving: the page
    // stays, and the form learns the id from the answer.
    if (result.created && input.intent !== 'autosave') redirect(`/newsroom/articles/${result.id}?created=1`);
    if (input.intent !== 'autosave') refresh();
    const message = input.intent === 'schedule' ? `Scheduled: it goes live at ${when(input.scheduledAt!)}.` : result.changed ? DONE[input.intent] : 'No changes to save.';
    return answer(viewer.id, {
      status: 'success',
      message,
      data: {
        fields: { ...fields, id: String(result.id), version: String(result.version), slug: result.slug },
        saved: { id: result.id, version: result.version, status: ARTICLE_STATUS_LABELS[result.articleStatus], at: new Date().toISOString() },
      },
    });
  },
});

const restoreSchema = z
  .object({
    articleId: z.coerce.number().int().positive(),
    revisionId: z.coerce.number().int().positive(),
    version: z.coerce.number().int().min(1),
  })
  .strict();

export const restoreRevisionAction = defineAction({
  name: 'restoreRevision',
  access: 'newsroom',
  schema: restoreSchema,
  run: async ({ input, viewer }) => {
    const result = await restoreRevision(viewer.id, input.articleId, input.revisionId, input.version);
    if (result.status !== 'ok') {
      if (result.status === 'conflict') return failure(`Not restored: ${result.by ?? 'someone'} saved the article at ${when(result.at)}. Reload and try again.`);
      if (result.status === 'invalid') return failure(`Not restored: ${Object.values(result.fieldErrors ?? {}).flat().join(' ') || result.message}`);
      return failure(result.status === 'forbidden' ? NOT_ALLOWED : 'There is no such revision.');
    }
    redirect(`/newsroom/articles/${input.articleId}?restored=${input.revisionId}`);
  },
});
