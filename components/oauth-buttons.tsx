import { enabledOAuthProviders } from '@/lib/auth';
import { ActionForm } from '@/components/forms/action-form';
import { signInWithProvider } from '@/lib/actions/auth';

export function OAuthButtons({ callbackUrl }: { callbackUrl: string }) {
  const providers = enabledOAuthProviders();
  if (providers.length === 0) return null;
  return (
    <div className="flex flex-col gap-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {providers.map((p) => (
        <ActionForm
          key={p.id}
          action={signInWithProvider}
          submitLabel={`Continue with ${p.name}`}
          className="flex flex-col gap-1"
          buttonClassName="w-full rounded-full border border-zinc-300 px-5 py-2 font-semibold dark:border-zinc-700"
        >
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
        </ActionForm>
      ))}
    </div>
  );
}
