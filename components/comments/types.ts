import type { Role } from '@/lib/dal/users';

/** What the comment components know about the person looking at them. */
export type ThreadViewer = { id: string; name: string; role: Role; restricted: boolean } | null;

export const isModerator = (viewer: ThreadViewer) => viewer?.role === 'moderator' || viewer?.role === 'admin';

/** An article's conversation controls as the thread shows them (times as ISO strings). */
export type ThreadControls = { closed: boolean; slowModeSeconds: number; premoderateUntil: string | null; message: string | null };
