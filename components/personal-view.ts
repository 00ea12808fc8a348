'use client';

// The shared copy of a page is the same for everyone. When the proxy answers someone who has a session
// or a reactor cookie with it, it marks <html data-personalize="<article id>">, and the components on
// the page get what differs for them from here: one request per page load
// (app/api/personal-view/route.ts). A component whose props the server rendered knowing the visitor (a
// client navigation, a refresh after a write) uses those instead.
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { PersonalView } from '@/lib/personal-view';
import { COMMENT_SORT_VALUES, type CommentSort } from '@/lib/comment-sorts';
import { JS_COOKIE } from '@/lib/js-cookie';

const JS_COOKIE_VALUE = `${JS_COOKIE}=1; Path=/; Max-Age=31536000; SameSite=Lax`;

let view: PersonalView | null = null;
let markedJavaScript = false;
const listeners = new Set<() => void>();

/** Tells the proxy, once per page load, that this browser runs our JavaScript. */
function markJavaScript() {
  if (markedJavaScript) return;
  markedJavaScript = true;
  document.cookie = `${JS_COOKIE_VALUE}${location.protocol === 'https:' ? '; Secure' : ''}`;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function askOnce() {
  const marker = document.documentElement.getAttribute('data-personalize');
  if (marker === null) return;
  // Asked once per page load; later renders come from the server with the visitor already known.
  document.documentElement.removeAttribute('data-personalize');
  const query = new URLSearchParams();
  if (marker) query.set('articleId', marker);
  const sort = new URLSearchParams(location.search).get('sort');
  if (COMMENT_SORT_VALUES.includes(sort as CommentSort)) query.set('sort', sort!);
  fetch(`/api/personal-view?${query}`, { credentials: 'same-origin', cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<PersonalView>) : null))
    .then((answer) => {
      if (!answer) return;
      view = answer;
      listeners.forEach((listener) => listener());
    })
    .catch(() => undefined); // the page stays as the shared copy shows it
}

/** Drops the personal view: the server has rendered again, so it knows better now. */
function forget() {
  if (!view) return;
  view = null;
  listeners.forEach((listener) => listener());
}

/**
 * What differs on this page for this visitor, once known. It belongs to the page load it was asked for:
 * as soon as any part of the page gets new props from the server (a refresh after a write, signing out)
 * or the path changes, it is forgotten and the server's props count. `renderedWith`: the props the
 * server gave the calling component.
 */
export function usePersonalView(renderedWith: unknown): PersonalView | null {
  const known = useSyncExternalStore(subscribe, () => view, () => null);
  const pathname = usePathname();
  const first = useRef({ renderedWith, pathname });
  useEffect(() => {
    markJavaScript();
    askOnce();
  }, []);
  useEffect(() => {
    if (renderedWith !== first.current.renderedWith || pathname !== first.current.pathname) forget();
  }, [renderedWith, pathname]);
  return known;
}

/**
 * The personal view for an article's part of the page, or null when it does not apply: the server
 * already rendered that part knowing the visitor (`personalized`), or the view is of another article.
 */
export function viewForArticle(view: PersonalView | null, articleId: number, personalized: boolean): ArticleView | null {
  return !personalized && view?.article?.id === articleId ? (view as ArticleView) : null;
}

type ArticleView = PersonalView & { article: NonNullable<PersonalView['article']> };
