// The words of each email Hallyu sends (lib/mail/compose.ts lays them out). Links are absolute.
import { composeMail, type Mail } from './compose';

const IGNORE = 'If you did not ask for this, ignore this email: nothing changes.';

export function verifyEmailMail(input: { name: string; link: string }): Mail {
  return composeMail({
    subject: 'Confirm your email address for Hallyu',
    greeting: `Hi ${input.name},`,
    paragraphs: ['Confirm this address to finish setting up your Hallyu account. The link works for 24 hours.'],
    action: { label: 'Confirm my email', url: input.link },
    footer: [IGNORE],
  });
}

export function resetPasswordMail(input: { name: string; link: string }): Mail {
  return composeMail({
    subject: 'Reset your Hallyu password',
    greeting: `Hi ${input.name},`,
    paragraphs: [
      'Someone (we hope you) asked to reset the password of your Hallyu account. The link works once, for 30 minutes.',
      'Choosing a new password signs you out on every device.',
    ],
    action: { label: 'Choose a new password', url: input.link },
    footer: [IGNORE],
  });
}

export function confirmNewEmailMail(input: { name: string; link: string }): Mail {
  return composeMail({
    subject: 'Confirm your new email address for Hallyu',
    greeting: `Hi ${input.name},`,
    paragraphs: ['Confirm this address to make it the one your Hallyu account uses. The link works for 24 hours.'],
    action: { label: 'Use this address', url: input.link },
    footer: [IGNORE],
  });
}

export function emailChangeNoticeMail(input: { name: string; newEmail: string; siteUrl: string }): Mail {
  return composeMail({
    subject: 'Your Hallyu account is changing its email address',
    greeting: `Hi ${input.name},`,
    paragraphs: [
      `Someone signed in to your account asked to use ${input.newEmail} instead of this address. It changes once the new address is confirmed.`,
      'If this was not you, sign in, change your password and sign out everywhere from your profile.',
    ],
    action: { label: 'Open your profile', url: `${input.siteUrl}/profile` },
    footer: ['We send this to the old address so a change you did not make does not go unnoticed.'],
  });
}

export function passwordChangedMail(input: { name: string; siteUrl: string }): Mail {
  return composeMail({
    subject: 'Your Hallyu password was changed',
    greeting: `Hi ${input.name},`,
    paragraphs: ['The password of your Hallyu account was just changed. If this was not you, reset it now.'],
    action: { label: 'Reset my password', url: `${input.siteUrl}/forgot-password` },
    footer: ['We always tell you when your password changes.'],
  });
}

export function notificationMail(input: { sentence: string; articleTitle: string; snippet: string; link: string; why: string; unsubscribe: string }): Mail {
  return composeMail({
    subject: `${input.sentence} on “${input.articleTitle}”`,
    greeting: `${input.sentence} on “${input.articleTitle}”:`,
    paragraphs: input.snippet ? [`“${input.snippet}”`] : [],
    action: { label: 'Open the conversation', url: input.link },
    footer: [input.why, `Stop these emails with one click: ${input.unsubscribe}`, 'Or choose which emails you get on your profile.'],
  });
}
