import 'server-only';
import { requestLog } from '@/lib/request-log';
import { randomBytes } from 'node:crypto';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { isModeratorRole, isNewsroomRole } from '@/db/enums';
import { failure, idle, type ActionState } from '@/lib/action-state';
import type { Viewer } from '@/lib/dal/users';
import { describeError, isOutage, UNAVAILABLE } from '@/lib/unavailable';
import { fieldErrorsOf, formFields } from '@/lib/validation';
import { getViewer, restrictionMessage } from '@/lib/viewer';
import { countAction } from '@/lib/metrics';

// The one shape of every server action (lib/actions/*). An action declares who may call it, the zod
// schema of its input and its body; this wrapper does the rest the same way everywhere:
// 1. reads the viewer once (from the database) and refuses callers the access level does not admit;
// 2. validates the input: invalid → { status: 'error', fieldErrors };
// 3. runs the body, which calls the data layer (where authorization is checked again, on the resource);
// 4. maps a real database outage to "try again later", and any other error to "something went wrong"
//    with a digest in the log: a bug is never dressed up as an outage.
// Every refusal and failure hands back `keep`: what the user typed, so a form never loses it.

/**
 * - anyone: no check (signing in, reading the next page of comments);
 * - visitor: anyone except a banned or suspended account (reactions);
 * - signed-in: any account, restricted or not (deleting one's own comment);
 * - unrestricted: an account that is not banned or suspended (commenting, liking, reporting, profile);
 * - staff / newsroom / admin: a moderator or admin / a writer, editor or admin / an admin, not restricted.
 */
export type Access = 'anyone' | 'visitor' | 'signed-in' | 'unrestricted' | 'staff' | 'newsroom' | 'admin';

type ViewerFor<A extends Access> = A extends 'anyone' | 'visitor' ? Viewer | null : Viewer;

export type ActionSpec<A extends Access, S extends z.ZodType, D> = {
  /** Names the action in logs. */
  name: string;
  access: A;
  schema: S;
  /** What a refused or failed call hands back to the form (what the user typed; never a password). */
  keep?: (input: unknown, previous: ActionState<D>) => D | undefined;
  messages?: { signedOut?: string; invalid?: string };
  run: (context: { input: z.output<S>; viewer: ViewerFor<A>; previous: ActionState<D>; keep: D | undefined }) => Promise<ActionState<D>>;
};

/**
 * Called by useActionState with (previous, formData). A plain <form action> in a server component
 * binds the previous state first: `action.bind(null, idle())`.
 */
export type ServerAction<D, I = FormData> = (previous: ActionState<D>, input: I) => Promise<ActionState<D>>;

export const SIGNED_OUT = 'Sign in first.';
export const NOT_ALLOWED = 'You are not allowed to do that.';
export const INVALID = 'Check the highlighted fields.';

function refusal<A extends Access>(access: A, viewer: Viewer | null, signedOut: string): string | null {
  if (access === 'anyone') return null;
  if (!viewer) return access === 'visitor' ? null : signedOut;
  if (access === 'signed-in') return null;
  if (viewer.restriction) return restrictionMessage(viewer);
  if (access === 'staff' && !isModeratorRole(viewer.role)) return NOT_ALLOWED;
  if (access === 'newsroom' && !isNewsroomRole(viewer.role)) return NOT_ALLOWED;
  if (access === 'admin' && viewer.role !== 'admin') return NOT_ALLOWED;
  return null;
}

export function defineAction<A extends Access, S extends z.ZodType, D = undefined, I = FormData>(spec: ActionSpec<A, S, D>): ServerAction<D, I> {
  return async function action(previous: ActionState<D> | undefined, raw: I): Promise<ActionState<D>> {
    previous ??= idle<D>();
    const state = await runAction(spec, previous, raw);
    if (state.status !== 'idle') countAction(spec.name, state.status);
    return state;
  };
}

/** One run of an action: who may, what they sent, then the action itself; never throws but Next.js's own signals. */
async function runAction<A extends Access, S extends z.ZodType, D, I>(spec: ActionSpec<A, S, D>, previous: ActionState<D>, raw: I): Promise<ActionState<D>> {
  const keep = spec.keep?.(raw, previous);
  try {
    const viewer = await getViewer();
    const refused = refusal(spec.access, viewer, spec.messages?.signedOut ?? SIGNED_OUT);
    if (refused) return failure(refused, undefined, keep);
    const parsed = spec.schema.safeParse(raw instanceof FormData ? formFields(raw) : raw);
    if (!parsed.success) return failure(spec.messages?.invalid ?? INVALID, fieldErrorsOf(parsed.error), keep);
    return await spec.run({ input: parsed.data, viewer: viewer as ViewerFor<A>, previous, keep });
  } catch (error) {
    try {
      unstable_rethrow(error); // Next.js's redirect() and notFound() travel as errors
    } catch (control) {
      countAction(spec.name, 'success'); // e.g. signed in, sent on with redirect()
      throw control;
    }
    if (isOutage(error)) {
      (await requestLog()).error({ action: spec.name, error: describeError(error) }, 'database unavailable');
      return failure(UNAVAILABLE, undefined, keep);
    }
    const digest = randomBytes(4).toString('hex');
    (await requestLog()).error({ action: spec.name, digest, err: error }, 'unexpected error in an action');
    return failure(`Something went wrong on our side (reference ${digest}). Please try again; if it keeps happening, tell us the reference.`, undefined, keep);
  }
}

/** The text fields of a submitted form, cut to a sane length, to hand back after a refusal. */
export function typedFields<K extends string>(raw: unknown, keys: readonly K[], max = 10_000): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  if (!(raw instanceof FormData)) return out;
  for (const key of keys) {
    const value = raw.get(key);
    if (typeof value === 'string') out[key] = value.slice(0, max);
  }
  return out;
}
