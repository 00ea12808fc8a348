// Which copy in the page cache answers an anonymous page load. The key is the path plus only the query
// parameters that change what the page shows, in one canonical form: tracking parameters (utm_*,
// fbclid, gclid, …) and any other unknown parameter are dropped, so a link shared on social media is
// answered from the same copy as the clean URL, and `?page=0001` is `?page=1`, which is no parameter.
import { COMMENT_SORT_VALUES, type CommentSort } from '@/lib/comment-sorts';
import { MAX_QUERY_LENGTH } from '@/lib/limits';
import { pageNumber } from '@/lib/page-number';
import { safeCallbackUrl } from '@/lib/validation';

/** The cacheable kinds of page: reader pages, and the sign-in and sign-up forms (nothing per visitor in them). */
export type CacheablePage = 'article' | 'listing' | 'search' | 'account-form';

/** The cache key of this page load, or null when it is not cached (a deeper page of comments). */
export function pageCacheKey(page: CacheablePage, pathname: string, params: URLSearchParams): string | null {
  const canonical = new URLSearchParams();
  const setPage = () => {
    const n = pageNumber(params.get('page') ?? undefined);
    if (n > 1) canonical.set('page', String(n));
  };
  if (page === 'article') {
    if (params.has('after')) return null; // "Load more" without JavaScript: one cursor per visitor, not worth keeping
    const sort = params.get('sort');
    // The page shows Newest for a missing or unknown sort, so only the other two make a copy of their own.
    if (sort && sort !== 'newest' && COMMENT_SORT_VALUES.includes(sort as CommentSort)) canonical.set('sort', sort);
  } else if (page === 'listing') {
    setPage();
  } else if (page === 'account-form') {
    const callbackUrl = safeCallbackUrl(params.get('callbackUrl'));
    if (callbackUrl !== '/') canonical.set('callbackUrl', callbackUrl);
    if (params.get('reset') === '1') canonical.set('reset', '1'); // "your password is changed" above the sign-in form
  } else {
    const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
    if (q) canonical.set('q', q);
    setPage();
  }
  const query = canonical.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** Names a shared cache can purge a non-article page by (article pages name their article, category and tags). */
export function surrogateKeysOf(page: Exclude<CacheablePage, 'article'>, pathname: string): string[] {
  if (page === 'search') return ['search'];
  if (page === 'account-form') return ['account-forms'];
  const [, section, slug] = pathname.split('/');
  return section && slug ? ['listings', `${section}-${slug}`] : ['listings', 'home'];
}
