// Web addresses in comment text: the ones a comment shows as links (http and https), and the wider set
// that pre-moderation and the risk score treat as "contains a link" (a spammer's bare domain counts too).
export const URL_PATTERN = /\bhttps?:\/\/[^\s<>"']+/gi;

const SPAM_TLDS = 'com|net|org|io|co|ly|me|shop|store|xyz|info|biz|kr|top|site|online|link|gg';

const ANY_LINK = new RegExp(`\\bhttps?://|\\bwww\\.\\S|[\\p{L}\\p{N}-]\\.(?:${SPAM_TLDS})\\b`, 'iu');

/** The same rule in PostgreSQL's regular expressions (\M: end of a word), for the risk score's SQL. */
export const ANY_LINK_SQL = `https?://|www\\.\\S|[[:alnum:]-]\\.(${SPAM_TLDS})\\M`;

export function containsLink(text: string): boolean {
  return ANY_LINK.test(text);
}
