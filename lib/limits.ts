// Limits shared by forms in the browser and validation on the server. Kept apart from lib/validation.ts
// so client components do not pull zod into the page's JavaScript.
export const MAX_COMMENT_LENGTH = 2_000;

/** The longest search query; longer ones are cut. */
export const MAX_QUERY_LENGTH = 200;

/** How long after posting an author may still edit a comment. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
