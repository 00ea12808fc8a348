'use client';

// Shown when a page fails. It never shows the error's message: that may hold internals.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto flex max-w-xl flex-col items-center gap-4 py-16 text-center">
      <h1 className="text-3xl font-extrabold">Something went wrong on our side</h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        Please try again in a moment.{error.digest ? ` (Reference: ${error.digest})` : ''}
      </p>
      <button
        type="button"
        onClick={reset}
        className="rounded-full bg-brand-600 px-5 py-2 font-semibold text-white hover:bg-brand-700"
      >
        Try again
      </button>
    </div>
  );
}
