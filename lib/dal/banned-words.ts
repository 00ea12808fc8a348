import 'server-only';
import type { Db, Tx } from '@/db/client';
import { bannedWords } from '@/db/schema';
import { foldForMatching } from '@/lib/text-folding';

/**
 * Banned words the text contains, as whole words, compared in folded form (any case, fullwidth or
 * styled letters, invisible characters inside, look-alike letters from other scripts). Comments and
 * display names both go through it.
 */
export async function findBannedWords(db: Db | Tx, text: string): Promise<string[]> {
  const words = await db.select({ word: bannedWords.word }).from(bannedWords);
  const folded = foldForMatching(text);
  return words
    .map((w) => w.word)
    .filter((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${foldForMatching(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u').test(folded));
}
