'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { failure } from '@/lib/action-state';
import { renameTag, saveByline, saveCategory, type TaxonomyResult } from '@/lib/dal/taxonomy';
import { ARTICLE_LIMITS } from '@/lib/limits';
import { defineAction, NOT_ALLOWED, typedFields } from '@/lib/safe-action';
import { singleLine } from '@/lib/validation';

const name = (max: number) =>
  z
    .string({ error: 'Give it a name.' })
    .transform(singleLine)
    .pipe(z.string().min(2, 'Use at least 2 characters.').max(max, `Use at most ${max} characters.`));

// A description or bio: may be empty.
const optionalLine = (max: number) => z.string().optional().default('').transform(singleLine).pipe(z.string().max(max, `Use at most ${max} characters.`));

const categorySchema = z
  .object({
    id: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    name: name(40),
    description: optionalLine(200),
  })
  .strict();

const bylineSchema = z
  .object({
    id: z.union([z.literal(''), z.coerce.number().int().positive()]).optional(),
    name: name(60),
    description: optionalLine(300),
    userId: z.string().max(60).optional().default(''),
  })
  .strict();

const tagSchema = z.object({ id: z.coerce.number().int().positive(), name: name(ARTICLE_LIMITS.tagName) }).strict();

function answer(result: TaxonomyResult, done: string, keep: Record<string, string | undefined>) {
  if (result.status === 'ok') {
    refresh();
    return { status: 'success' as const, message: done };
  }
  if (result.status === 'invalid') return failure(result.message, { [result.field]: [result.message] }, keep);
  return failure(result.status === 'forbidden' ? NOT_ALLOWED : 'It no longer exists. Reload the page.', undefined, keep);
}

export const saveCategoryAction = defineAction({
  name: 'saveCategory',
  access: 'newsroom',
  schema: categorySchema,
  keep: (raw) => typedFields(raw, ['name', 'description'], 400),
  run: async ({ input, viewer, keep }) =>
    answer(await saveCategory(viewer.id, { id: typeof input.id === 'number' ? input.id : null, name: input.name, description: input.description }), input.id ? 'Category saved.' : `Category “${input.name}” added.`, keep ?? {}),
});

export const renameTagAction = defineAction({
  name: 'renameTag',
  access: 'newsroom',
  schema: tagSchema,
  keep: (raw) => typedFields(raw, ['name'], 100),
  run: async ({ input, viewer, keep }) => answer(await renameTag(viewer.id, input.id, input.name), 'Tag renamed.', keep ?? {}),
});

export const saveBylineAction = defineAction({
  name: 'saveByline',
  access: 'newsroom',
  schema: bylineSchema,
  keep: (raw) => typedFields(raw, ['name', 'description'], 400),
  run: async ({ input, viewer, keep }) =>
    answer(
      await saveByline(viewer.id, { id: typeof input.id === 'number' ? input.id : null, name: input.name, bio: input.description, userId: input.userId || null }),
      input.id ? 'Byline saved.' : `Byline “${input.name}” added.`,
      keep ?? {},
    ),
});
