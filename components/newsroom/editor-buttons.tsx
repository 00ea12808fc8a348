import type { EditorArticle } from './article-editor';

// The editor's buttons: each sends the whole form with what to do with it (intent). Which appear depends
// on where the article is in the workflow and on who is editing (lib/dal/newsroom-writes.ts decides again).
type Props = { article: EditorArticle | null; editor: boolean; editable: boolean; pending: boolean };

const PRIMARY = 'rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60';
const SECONDARY = 'rounded-full border border-zinc-400 px-5 py-2 font-semibold hover:bg-zinc-100 disabled:opacity-60 dark:hover:bg-zinc-800';
const DANGER = 'rounded-full border border-red-600 px-5 py-2 font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60 dark:text-red-400 dark:hover:bg-red-950';

export function EditorButtons({ article, editor, editable, pending }: Props) {
  const status = article?.status ?? 'draft';
  const button = (intent: string, label: string, className = SECONDARY) => (
    <button key={intent} type="submit" name="intent" value={intent} disabled={pending || (!editable && intent !== 'preview')} className={className}>
      {label}
    </button>
  );
  const buttons = [
    editable && button('save', status === 'published' ? 'Update' : status === 'draft' ? 'Save draft' : 'Save', editor && status === 'published' ? PRIMARY : SECONDARY),
    button('preview', 'Preview'),
    editable && !editor && status === 'draft' && button('submit', 'Submit for review', PRIMARY),
    editable && !editor && status === 'review' && button('withdraw', 'Move back to drafts'),
    editor && status !== 'published' && button('publish', 'Publish now', PRIMARY),
    editor && status !== 'published' && button('schedule', status === 'scheduled' ? 'Reschedule' : 'Schedule'),
    editor && ['review', 'scheduled', 'unpublished'].includes(status) && button('draft', 'Move to drafts'),
    editor && status === 'published' && button('unpublish', 'Unpublish', DANGER),
  ];
  return (
    <div className="flex flex-wrap items-center gap-3">
      {buttons.filter(Boolean)}
      {pending && <span className="text-sm">Working…</span>}
    </div>
  );
}
