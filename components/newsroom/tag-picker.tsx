'use client';

import { useRef, useState } from 'react';
import { ARTICLE_LIMITS as L } from '@/lib/limits';

// Tags as one comma-separated field (all a browser without JavaScript needs); with JavaScript, a second
// field suggests existing tags and adds the chosen or typed one. A name no tag has yet creates the tag.
type Props = { defaultValue: string; errors?: string[]; suggestions: string[]; hydrated: boolean };

export function TagPicker({ defaultValue, errors, suggestions, hydrated }: Props) {
  const tagsRef = useRef<HTMLInputElement>(null);
  const [adding, setAdding] = useState('');

  function add() {
    const input = tagsRef.current;
    const name = adding.trim();
    if (!input || !name) return;
    const current = input.value.split(',').map((t) => t.trim()).filter(Boolean);
    if (!current.some((t) => t.toLowerCase() === name.toLowerCase())) input.value = [...current, name].join(', ');
    input.dispatchEvent(new Event('input', { bubbles: true })); // the form notices (autosave, live preview)
    setAdding('');
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="tags" className="font-medium">
        Tags
      </label>
      <p id="tags-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
        Separated by commas, at most {L.tags}. A new name creates a new tag.
      </p>
      <input
        ref={tagsRef}
        id="tags"
        name="tags"
        type="text"
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby="tags-hint tags-error"
        className="rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
      />
      {hydrated && (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor="tag-add" className="text-sm">
            Add a tag
          </label>
          <input
            id="tag-add"
            type="text"
            list="tag-suggestions"
            value={adding}
            maxLength={L.tagName}
            onChange={(e) => {
              e.stopPropagation();
              setAdding(e.currentTarget.value);
            }}
            onInput={(e) => e.stopPropagation()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            className="rounded-lg border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
          <datalist id="tag-suggestions">
            {suggestions.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="button" onClick={add} className="rounded-full border border-zinc-400 px-3 py-1 text-sm">
            Add
          </button>
        </div>
      )}
      <p id="tags-error" aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {errors?.join(' ')}
      </p>
    </div>
  );
}
