'use server';

import { refresh } from 'next/cache';
import { failure, type ActionState } from '@/lib/action-state';
import { updateDisplayName } from '@/lib/dal/users';
import { displayNameSchema, fieldErrorsOf, formFields } from '@/lib/validation';
import { getViewer } from '@/lib/viewer';
import { z } from 'zod';

const profileSchema = z.object({ name: displayNameSchema }).strict();

export async function saveProfile(_previous: ActionState<{ name?: string }>, formData: FormData): Promise<ActionState<{ name?: string }>> {
  const typed = { name: String(formData.get('name') ?? '').slice(0, 200) };
  const viewer = await getViewer();
  if (!viewer) return failure('Sign in to change your profile.', undefined, typed);
  const parsed = profileSchema.safeParse(formFields(formData));
  if (!parsed.success) return failure('Your name was not changed.', fieldErrorsOf(parsed.error), typed);
  await updateDisplayName(viewer.id, parsed.data.name);
  refresh();
  return { status: 'success', message: 'Saved.', data: { name: parsed.data.name } };
}
