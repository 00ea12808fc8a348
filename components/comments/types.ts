import type { Role } from '@/lib/dal/users';

/** What the comment components know about the person looking at them. */
export type ThreadViewer = { id: string; name: string; role: Role; restricted: boolean } | null;

export const isModerator = (viewer: ThreadViewer) => viewer?.role === 'moderator' || viewer?.role === 'admin';
