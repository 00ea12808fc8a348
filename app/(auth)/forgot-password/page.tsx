import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/forgot-password-form';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-sm flex-col gap-6">
      <h1 className="text-3xl font-extrabold">Forgot your password?</h1>
      <p className="text-zinc-700 dark:text-zinc-300">Enter the address you signed up with and we will email you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p className="text-sm">
        Remembered it?{' '}
        <Link href="/signin" className="font-semibold text-brand-700 underline dark:text-brand-500">
          Sign in
        </Link>
      </p>
    </div>
  );
}
