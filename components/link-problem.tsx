import Link from 'next/link';

const WHY = {
  invalid: 'This link is not valid: it may be incomplete (copy the whole address from the email).',
  expired: 'This link has expired.',
  used: 'This link was already used: each one works once.',
  email_taken: 'Another account started using that address since the link was sent.',
} as const;

/** The page an emailed link shows when it no longer works, with the way to a new one. */
export function LinkProblem({ problem, again }: { problem: keyof typeof WHY; again: { href: string; label: string } }) {
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-3xl font-extrabold">This link does not work</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{WHY[problem]}</p>
      <Link href={again.href} className="self-start rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700">
        {again.label}
      </Link>
    </div>
  );
}
