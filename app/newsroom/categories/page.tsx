import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { TaxonomyForm } from '@/components/newsroom/taxonomy-form';
import { renameTagAction, saveBylineAction, saveCategoryAction } from '@/lib/actions/taxonomy';
import { listTaxonomy } from '@/lib/dal/taxonomy';
import { getViewer } from '@/lib/viewer';

export const instant = false;
export const metadata: Metadata = { title: 'Categories, bylines and tags', robots: { index: false } };

const INPUT = 'rounded-lg border border-zinc-300 bg-white px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900';

// Editors only (lib/dal/taxonomy.ts): categories added, renamed and described; tags renamed. Addresses
// never change, so no link breaks.
export default async function TaxonomyPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  await connection();
  const q = typeof (await searchParams).q === 'string' ? (await searchParams).q!.slice(0, 40) : '';
  const viewer = await getViewer();
  const taxonomy = await listTaxonomy(viewer?.id ?? null, q);
  if (!taxonomy) notFound();
  const accounts = taxonomy.members;
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-3xl font-extrabold">Categories, bylines and tags</h1>
      <section aria-labelledby="categories-heading" className="flex flex-col gap-4">
        <h2 id="categories-heading" className="text-xl font-bold">
          Categories
        </h2>
        <ul className="flex flex-col gap-4">
          {taxonomy.categories.map((c) => (
            <li key={c.id}>
              <TaxonomyForm action={saveCategoryAction} id={c.id} name={c.name} description={c.description} nameLabel={`Name of /category/${c.slug}`} descriptionLabel={`Description of ${c.name}`} submitLabel="Save" maxName={40} />
            </li>
          ))}
        </ul>
        <TaxonomyForm action={saveCategoryAction} name="" description="" nameLabel="New category" descriptionLabel="Its description" submitLabel="Add category" maxName={40} />
      </section>
      <section aria-labelledby="bylines-heading" className="flex flex-col gap-4">
        <h2 id="bylines-heading" className="text-xl font-bold">
          Bylines
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          The names articles are written under. A byline linked to an account gives that person’s comments on their articles the Author badge; a writer without one gets one made from their name on their first article.
        </p>
        <ul className="flex flex-col gap-4">
          {taxonomy.bylines.map((b) => (
            <li key={b.id}>
              <TaxonomyForm action={saveBylineAction} id={b.id} name={b.name} description={b.bio} nameLabel={`Name of /author/${b.slug}`} descriptionLabel={`Bio of ${b.name}`} submitLabel="Save" maxName={60} accounts={accounts} account={b.userId} />
            </li>
          ))}
        </ul>
        <TaxonomyForm action={saveBylineAction} name="" description="" nameLabel="New byline" descriptionLabel="Their bio" submitLabel="Add byline" maxName={60} accounts={accounts} account={null} />
      </section>
      <section aria-labelledby="tags-heading" className="flex flex-col gap-4">
        <h2 id="tags-heading" className="text-xl font-bold">
          Tags
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">New tags are made in the editor, by typing a name no tag has. {q ? `Tags matching “${q}”.` : 'The most used first.'}</p>
        <form action="/newsroom/categories" role="search" className="flex gap-2 text-sm">
          <label htmlFor="tag-q" className="sr-only">
            Find a tag
          </label>
          <input id="tag-q" name="q" defaultValue={q} placeholder="Find a tag" className={INPUT} />
          <button type="submit" className="rounded-full bg-brand-600 px-4 py-1.5 font-semibold text-white">
            Find
          </button>
        </form>
        <ul className="grid gap-3 md:grid-cols-2">
          {taxonomy.tags.map((t) => (
            <li key={t.id}>
              <p className="mb-1 text-sm">
                <Link href={`/tag/${t.slug}`} className="underline">
                  #{t.slug}
                </Link>{' '}
                ({t.articles} articles)
              </p>
              <TaxonomyForm action={renameTagAction} id={t.id} name={t.name} nameLabel={`Name of tag ${t.slug}`} submitLabel="Rename" maxName={40} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
