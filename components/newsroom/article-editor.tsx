'use client';

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ArticleStatus } from '@/db/enums';
import { idle, type ActionState } from '@/lib/action-state';
import { saveArticleAction, type EditorData } from '@/lib/actions/newsroom';
import type { ArticleFormFields } from '@/lib/article-validation';
import { MAX_SLUG_LENGTH, slugFromTitle } from '@/lib/article-slug';
import { ARTICLE_LIMITS as L, MAX_ARTICLE_BODY_LENGTH } from '@/lib/limits';
import { ArticlePreview } from './article-preview';
import { EditorButtons } from './editor-buttons';
import { EditorField } from './editor-field';
import { ImageUpload } from './image-upload';
import { ScheduleField } from './schedule-field';
import { TagPicker } from './tag-picker';

export type EditorArticle = { id: number; status: ArticleStatus; statusLabel: string; scheduledIso: string | null; publicUrl: string | null };
type Props = {
  initial: ArticleFormFields;
  /** A previous answer to show (kept for a browser without JavaScript: lib/actions/newsroom.ts). */
  answer?: ActionState<EditorData> | null;
  article: EditorArticle | null;
  editor: boolean;
  editable: boolean;
  choices: { categories: { id: number; name: string }[]; authors: { id: number; name: string }[]; tags: string[] };
  bylineName: string;
};

const noSubscription = () => () => undefined;

// Drafts and articles in review save themselves this long after the last change (with JavaScript).
const AUTOSAVE_AFTER_MS = 3_000;

/** The form's fields as they are now, for the live preview and autosave. */
function currentFields(form: HTMLFormElement): ArticleFormFields {
  const out: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') out[key] = value;
  });
  return out;
}

export function ArticleEditor({ initial, answer, article, editor, editable, choices, bylineName }: Props) {
  const [state, formAction, pending] = useActionState(saveArticleAction, answer ?? idle<EditorData>({ fields: initial }));
  const fields = state.data?.fields ?? initial;
  const errors = state.fieldErrors ?? {};
  const formRef = useRef<HTMLFormElement>(null);
  const idRef = useRef<HTMLInputElement>(null);
  const versionRef = useRef<HTMLInputElement>(null);
  const [live, setLive] = useState<ArticleFormFields | null>(null);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [autosaveNote, setAutosaveNote] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const dirty = useRef(false);
  const autosaves = editable && (!article || article.status === 'draft' || article.status === 'review');

  useEffect(() => {
    if (state.status === 'success' && !state.data?.preview) dirty.current = false;
    if (state.data?.conflict) stopped.current = true; // a refused save stops autosaving over the other person's version
  }, [state]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  async function autosave() {
    const form = formRef.current;
    if (!form || inFlight.current || stopped.current || !dirty.current) return;
    const data = new FormData(form);
    if (!String(data.get('title') ?? '').trim()) return; // a title first: there is nothing to name the draft by
    data.set('intent', 'autosave');
    dirty.current = false;
    inFlight.current = (async () => {
      const result: ActionState<EditorData> = await saveArticleAction(idle(), data);
      const saved = result.data?.saved;
      if (result.status === 'success' && saved) {
        if (idRef.current) idRef.current.value = String(saved.id);
        if (versionRef.current) versionRef.current.value = String(saved.version);
        if (!article) window.history.replaceState(null, '', `/newsroom/articles/${saved.id}`);
        setAutosaveNote(`Draft saved automatically at ${new Date(saved.at).toLocaleTimeString()}.`);
      } else {
        if (result.data?.conflict) stopped.current = true;
        dirty.current = true;
        setAutosaveNote(`Not saved automatically: ${result.message || 'try saving yourself.'}`);
      }
    })()
      .catch(() => {
        dirty.current = true;
        setAutosaveNote('Not saved automatically: the connection failed. Your text is still here.');
      })
      .finally(() => {
        inFlight.current = null;
      });
  }

  function changed(form: HTMLFormElement) {
    dirty.current = true;
    if (live) setLive(currentFields(form));
    if (!autosaves || stopped.current) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void autosave(), AUTOSAVE_AFTER_MS);
  }

  const preview = live ?? (state.data?.preview ? fields : null);
  const titleSlug = slugFromTitle(fields.title ?? '');

  return (
    <div className="flex flex-col gap-8">
      <form
        ref={formRef}
        action={formAction}
        noValidate
        onChange={(e) => changed(e.currentTarget)}
        onInput={(e) => changed(e.currentTarget)}
        onSubmit={(e) => {
          window.clearTimeout(timer.current);
          setAutosaveNote(''); // this save's own answer follows
          const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          if (inFlight.current) {
            // An autosave is on its way: wait for its new version, then send this one.
            e.preventDefault();
            void inFlight.current.then(() => formRef.current?.requestSubmit(submitter ?? undefined));
            return;
          }
          if (submitter?.value === 'unpublish' && !window.confirm('Unpublish this article? Readers will no longer be able to open it.')) e.preventDefault();
        }}
        className="flex flex-col gap-5"
      >
        <input ref={idRef} type="hidden" name="id" defaultValue={fields.id ?? ''} />
        <input ref={versionRef} type="hidden" name="version" defaultValue={fields.version ?? ''} />
        {state.data?.conflict && (
          <p role="alert" className="rounded-lg border border-red-600 bg-red-50 p-4 text-red-900 dark:bg-red-950 dark:text-red-200">
            {state.message}
          </p>
        )}
        <fieldset disabled={!editable} className="flex min-w-0 flex-col gap-5">
          <EditorField name="title" label="Title" defaultValue={fields.title} errors={errors.title} maxLength={L.title} required />
          <EditorField
            name="slug"
            label="Slug"
            defaultValue={fields.slug}
            errors={errors.slug}
            maxLength={MAX_SLUG_LENGTH}
            placeholder={titleSlug || 'made-from-the-title'}
            hint={`The article's address: /articles/<slug>. Leave it empty to make one from the title (Korean titles are romanized).${article?.status === 'published' ? ' Changing it keeps the old address working: it redirects here.' : ''}`}
          />
          <EditorField name="dek" label="Dek" defaultValue={fields.dek} errors={errors.dek} maxLength={L.dek} multiline={2} hint="One or two sentences under the title, also used in link previews." />
          <EditorField
            name="body"
            label="Body"
            defaultValue={fields.body}
            errors={errors.body}
            maxLength={MAX_ARTICLE_BODY_LENGTH}
            multiline={18}
            hint="Markdown: ## for headings, **bold**, _italic_, [links](https://…), > quotes, - lists."
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <EditorField name="categoryId" label="Category" defaultValue={fields.categoryId} errors={errors.categoryId}>
              {choices.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </EditorField>
            {editor ? (
              <EditorField name="authorId" label="Byline" defaultValue={fields.authorId} errors={errors.authorId} hint="Author profiles; a profile linked to an account gets the Author badge in comments.">
                {choices.authors.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </EditorField>
            ) : (
              <p className="flex flex-col gap-1">
                <span className="font-medium">Byline</span>
                <span>{bylineName}</span>
              </p>
            )}
          </div>
          <TagPicker defaultValue={fields.tags ?? ''} errors={errors.tags} suggestions={choices.tags} hydrated={hydrated} />
          <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <legend className="px-1 font-semibold">Hero image</legend>
            <ImageUpload name="heroImage" label="Image" defaultValue={fields.heroImage ?? ''} errors={errors.heroImage} hint="JPEG, PNG, WebP, AVIF or GIF, up to 10 MB; 1920 pixels wide or more looks best." />
            <EditorField name="heroAlt" label="Alt text" defaultValue={fields.heroAlt} errors={errors.heroAlt} maxLength={L.heroAlt} hint="What the picture shows, for people who cannot see it. Required with an image." />
            <EditorField name="heroCredit" label="Credit" defaultValue={fields.heroCredit} errors={errors.heroCredit} maxLength={L.heroCredit} placeholder="Photo: …" />
          </fieldset>
          <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <legend className="px-1 font-semibold">Video</legend>
            <EditorField name="videoUrl" label="Video address" defaultValue={fields.videoUrl} errors={errors.videoUrl} maxLength={L.url} hint="A YouTube or Vimeo video's address. Readers load the player only when they press play." />
            <EditorField name="videoTitle" label="Video title" defaultValue={fields.videoTitle} errors={errors.videoTitle} maxLength={L.title} hint="Shown under the video; the article's title when empty." />
          </fieldset>
          <fieldset className="flex min-w-0 flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
            <legend className="px-1 font-semibold">Watch now</legend>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">A card sending readers to where the show streams. Leave all empty for none.</p>
            <div className="grid gap-3 sm:grid-cols-2">
              <EditorField name="ctaTitle" label="Card title" defaultValue={fields.ctaTitle} errors={errors.ctaTitle} maxLength={L.ctaTitle} placeholder="Episode 5 is out" />
              <EditorField name="ctaPlatform" label="Platform" defaultValue={fields.ctaPlatform} errors={errors.ctaPlatform} maxLength={L.ctaPlatform} placeholder="Netflix" />
            </div>
            <EditorField name="ctaUrl" label="Link" defaultValue={fields.ctaUrl} errors={errors.ctaUrl} maxLength={L.url} placeholder="https://…" />
            <ImageUpload name="ctaImage" label="Card image (optional)" defaultValue={fields.ctaImage ?? ''} errors={errors.ctaImage} />
          </fieldset>
          {editor && article?.status !== 'published' && <ScheduleField defaultValue={fields.scheduledAt ?? ''} scheduledIso={article?.scheduledIso ?? null} errors={errors.scheduledAt} />}
        </fieldset>
        {!editable && <p className="text-sm">This article is {article?.statusLabel.toLowerCase()}: only an editor can change it now.</p>}
        <EditorButtons article={article} editor={editor} editable={editable} pending={pending} />
        <div role="status" aria-live="polite" className="flex flex-col gap-1 text-sm">
          {state.status === 'error' && !state.data?.conflict && <p className="text-red-700 dark:text-red-400">{state.message}</p>}
          {state.status === 'success' && <p className="text-green-800 dark:text-green-400">{state.message}</p>}
          {autosaveNote && <p className="text-zinc-600 dark:text-zinc-400">{autosaveNote}</p>}
        </div>
        {hydrated && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={live !== null}
              onChange={(e) => {
                e.stopPropagation();
                setLive(e.currentTarget.checked && formRef.current ? currentFields(formRef.current) : null);
              }}
            />
            Live preview as I type
          </label>
        )}
      </form>
      {preview && <ArticlePreview fields={preview} />}
    </div>
  );
}
