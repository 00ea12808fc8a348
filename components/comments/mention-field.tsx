'use client';

import { useEffect, useId, useRef, useState, type ComponentProps } from 'react';

type Person = { name: string; handle: string; inThread: boolean };
type Props = Omit<ComponentProps<'textarea'>, 'onKeyDown'> & { articleId: number };

// What the text before the caret is typing after an "@" (at a word's start): at most 50 characters, one
// line, up to two words ("@Mina P"). null when the caret is not in a mention.
const TYPING = /(?:^|[^\p{L}\p{N}])@([^\s@][^\n@]{0,49})?$/u;
function typedMention(before: string): { query: string; start: number } | null {
  const m = TYPING.exec(before);
  if (!m) return null;
  const query = m[1] ?? '';
  if (query.split(' ').length > 2) return null;
  return { query, start: before.length - query.length - 1 };
}

/**
 * The comment box with "@" suggestions: names from the thread first, picked with the arrow keys and
 * Enter (or a click), written into the text as "@Name ". Each pick also sends the person's handle with
 * the form (a hidden field), so the server links the name the writer meant. Without JavaScript it is a
 * plain textarea and the server still resolves the names typed.
 */
export function MentionField({ articleId, ...textarea }: Props) {
  const [people, setPeople] = useState<Person[]>([]);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<string[]>([]);
  const [typing, setTyping] = useState<{ query: string; start: number } | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const open = typing !== null && people.length > 0;

  useEffect(() => {
    if (!typing) return;
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/articles/${articleId}/mentions?q=${encodeURIComponent(typing.query)}`, { signal: abort.signal });
        const found = response.ok ? ((await response.json()) as { people: Person[] }).people : [];
        setPeople(found);
        setActive(0);
      } catch {
        // Aborted by the next keystroke, or offline: no suggestions, the text is untouched.
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [articleId, typing]);

  // A posted (reset) form starts again with no picks.
  useEffect(() => {
    const form = ref.current?.form;
    const clear = () => setPicked([]);
    form?.addEventListener('reset', clear);
    return () => form?.removeEventListener('reset', clear);
  }, []);

  const follow = (el: HTMLTextAreaElement) => {
    const next = typedMention(el.value.slice(0, el.selectionStart));
    setTyping((prev) => (prev?.query === next?.query && prev?.start === next?.start ? prev : next));
    if (!next) setPeople([]);
  };

  const pick = (person: Person) => {
    const el = ref.current;
    if (!el || !typing) return;
    const before = el.value.slice(0, typing.start);
    const after = el.value.slice(el.selectionStart);
    const insert = `@${person.name} `;
    // Through the native setter, so React sees the change as typing (the form's counter follows).
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, before + insert + after);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.selectionStart = el.selectionEnd = before.length + insert.length;
    setPicked((list) => (list.includes(person.handle) ? list : [...list, person.handle]));
    setTyping(null);
    setPeople([]);
    el.focus();
  };

  return (
    <div className="relative flex flex-col">
      <textarea
        {...textarea}
        ref={ref}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onInput={(e) => {
          textarea.onInput?.(e);
          follow(e.currentTarget);
        }}
        onClick={(e) => follow(e.currentTarget)}
        onBlur={() => setTimeout(() => setTyping(null), 150)}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : people.length - 1)) % people.length);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            pick(people[active]);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setTyping(null);
            setPeople([]);
          }
        }}
      />
      {picked.map((handle) => (
        <input key={handle} type="hidden" name="mention" value={handle} />
      ))}
      <p className="sr-only" aria-live="polite">
        {open ? `${people.length} ${people.length === 1 ? 'person' : 'people'} to mention: arrow keys to choose, Enter to pick.` : ''}
      </p>
      {open && (
        <ul id={listId} role="listbox" aria-label="People to mention" className="absolute left-0 top-full z-10 mt-1 w-64 overflow-hidden rounded-lg border border-zinc-300 bg-white shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          {people.map((person, i) => (
            <li
              key={person.handle}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault(); // keep the focus (and the caret) in the text
                pick(person);
              }}
              className={`flex cursor-pointer justify-between gap-2 px-3 py-1.5 text-sm ${i === active ? 'bg-brand-600 text-white' : ''}`}
            >
              <span className="truncate font-medium">{person.name}</span>
              {person.inThread && <span className={i === active ? 'text-white' : 'text-zinc-600 dark:text-zinc-400'}>in this thread</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
