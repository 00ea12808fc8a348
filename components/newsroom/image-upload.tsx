'use client';

import { useId, useState } from 'react';
import { MAX_UPLOAD_BYTES } from '@/lib/limits';

// An image for the article: chosen, checked for size at once, uploaded (the server checks what it really
// is, re-encodes it and drops its metadata) and kept in a hidden field the form saves. Needs JavaScript;
// without it the image already chosen stays.
type Props = { name: string; label: string; defaultValue: string; errors?: string[]; hint?: string };

export function ImageUpload({ name, label, defaultValue, errors, hint }: Props) {
  const [url, setUrl] = useState(defaultValue);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const messages = [problem, ...(errors ?? [])].filter(Boolean).join(' ');

  async function upload(file: File) {
    setProblem(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem(`That file is ${(file.size / 1_048_576).toFixed(1)} MB; images can be at most ${MAX_UPLOAD_BYTES / 1_048_576} MB. Export a smaller copy and try again.`);
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set('file', file);
      const response = await fetch('/api/newsroom/images', { method: 'POST', body });
      const answer = (await response.json().catch(() => ({}))) as { url?: string; error?: string };
      if (answer.url) setUrl(answer.url);
      else setProblem(answer.error ?? 'The upload failed. Try again.');
    } catch {
      setProblem('The upload failed: check your connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      <input type="hidden" name={name} value={url} />
      {url && (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of what was just uploaded
        <img src={url} alt="" className="max-h-48 w-fit rounded border border-zinc-200 dark:border-zinc-700" />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          type="file"
          accept="image/*"
          disabled={busy}
          aria-invalid={messages ? true : undefined}
          aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void upload(file);
          }}
          className="text-sm"
        />
        {busy && <span className="text-sm">Uploading…</span>}
        {url && !busy && (
          <button type="button" onClick={() => setUrl('')} className="text-sm underline">
            Remove image
          </button>
        )}
      </div>
      <noscript>
        <p className="text-sm">Uploading an image needs JavaScript.</p>
      </noscript>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {messages}
      </p>
    </div>
  );
}
