'use client';

import { useActionState, useEffect, useOptimistic, useState, useTransition } from 'react';
import { REACTIONS_EVENT } from '@/components/comments/use-live-thread';
import { idle, type ActionState } from '@/lib/action-state';
import { reactToArticle } from '@/lib/actions/reactions';
import { usePersonalView, viewForArticle } from '@/components/personal-view';
import type { ReactionSummary } from '@/lib/dal/reactions';
import { REACTIONS, type ReactionKind } from '@/lib/reactions';

type Props = { articleId: number; initial: ReactionSummary };

/**
 * The reaction bar. `personalized`: the server rendered `initial` knowing this visitor; when it did
 * not (the shared copy), the visitor's own reaction and exact counts come from their personal view.
 */
export function ReactionBar({ articleId, initial, personalized }: Props & { personalized: boolean }) {
  const personal = viewForArticle(usePersonalView(initial), articleId, personalized)?.article.reactions;
  return <Bar key={personal ? 'personal' : 'page'} articleId={articleId} initial={personal ?? initial} />;
}

function applyChoice(summary: ReactionSummary, intent: 'set' | 'clear', kind: ReactionKind): ReactionSummary {
  const counts = { ...summary.counts };
  if (summary.mine) counts[summary.mine] -= 1;
  const mine = intent === 'set' ? kind : null;
  if (mine) counts[mine] += 1;
  return { counts, mine, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

function Bar({ articleId, initial }: Props) {
  const [state, formAction] = useActionState<ActionState<ReactionSummary>, FormData>(reactToArticle, idle(initial));
  // Counts other readers' reactions brought while the page is open (the live thread's stream), until
  // this reader's own next answer, which is newer.
  const [heard, setHeard] = useState<{ after: ActionState<ReactionSummary>; counts: ReactionSummary['counts'] } | null>(null);
  useEffect(() => {
    const onHeard = (event: Event) => {
      const detail = (event as CustomEvent<{ articleId: number; counts: ReactionSummary['counts'] }>).detail;
      if (detail.articleId === articleId) setHeard({ after: state, counts: detail.counts });
    };
    window.addEventListener(REACTIONS_EVENT, onHeard);
    return () => window.removeEventListener(REACTIONS_EVENT, onHeard);
  }, [articleId, state]);
  // The last confirmed summary: the server's answer, or the page's until the first answer arrives.
  const answered = state.data ?? initial;
  const confirmed =
    heard && heard.after === state ? { ...answered, counts: heard.counts, total: Object.values(heard.counts).reduce((a, b) => a + b, 0) } : answered;
  const [shown, addOptimistic] = useOptimistic(confirmed, (s, choice: { intent: 'set' | 'clear'; kind: ReactionKind }) =>
    applyChoice(s, choice.intent, choice.kind),
  );
  const [pending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState('');

  function submit(event: React.FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (!submitter) return;
    event.preventDefault();
    const formData = new FormData(event.currentTarget, submitter);
    const [intent, kind] = String(formData.get('choice')).split(':') as ['set' | 'clear', ReactionKind];
    const next = applyChoice(shown, intent, kind);
    const label = REACTIONS.find((r) => r.kind === kind)!.label;
    setAnnouncement(intent === 'set' ? `You reacted ${label}. ${label}, ${next.counts[kind]}.` : `Reaction removed. ${label}, ${next.counts[kind]}.`);
    startTransition(() => {
      addOptimistic({ intent, kind });
      formAction(formData);
    });
  }

  return (
    <form action={formAction} onSubmit={submit} aria-busy={pending}>
      <input type="hidden" name="articleId" value={articleId} />
      <ul className="flex flex-wrap gap-2">
        {REACTIONS.map((r) => {
          const count = shown.counts[r.kind];
          const pressed = shown.mine === r.kind;
          const share = shown.total > 0 ? Math.round((count / shown.total) * 100) : 0;
          return (
            <li key={r.kind}>
              <button
                type="submit"
                name="choice"
                value={`${pressed ? 'clear' : 'set'}:${r.kind}`}
                aria-pressed={pressed}
                aria-label={`${r.label}, ${count}`}
                className={`flex min-w-20 flex-col items-center rounded-xl border px-3 py-2 text-sm transition-colors ${
                  pressed
                    ? 'border-brand-600 bg-brand-50 text-brand-700 dark:border-brand-500 dark:bg-brand-700/20 dark:text-brand-50'
                    : 'border-zinc-300 hover:border-brand-500 dark:border-zinc-700'
                }`}
              >
                <span aria-hidden="true" className="text-2xl">
                  {r.emoji}
                </span>
                <span aria-hidden="true" className="font-medium">
                  {r.label}
                </span>
                <span aria-hidden="true" className="tabular-nums text-zinc-600 dark:text-zinc-400">
                  {count}
                  {shown.mine ? ` · ${share}%` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {state.status === 'error' && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
    </form>
  );
}
