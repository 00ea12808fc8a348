// An email as Hallyu sends it: a few paragraphs and at most one button, in plain text and in simple HTML
// that says the same. Every piece of text is escaped in the HTML; links are absolute (SITE_URL).

export type Mail = { subject: string; text: string; html: string; headers?: Record<string, string> };

export type MailContent = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print under the message (why they got it, how to stop it). */
  footer: string[];
  headers?: Record<string, string>;
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function composeMail(content: MailContent): Mail {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    ...content.footer,
  ].join('\n');
  const p = (s: string, style = 'margin:0 0 16px') => `<p style="${style}">${escapeHtml(s)}</p>`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#fafafa;font-family:system-ui,sans-serif;color:#18181b;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:24px;border-radius:12px">
<p style="margin:0 0 16px;font-weight:700;color:#d61f55">Hallyu</p>
${p(content.greeting)}
${content.paragraphs.map((x) => p(x)).join('\n')}
${content.action ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#d61f55;color:#fff;padding:10px 20px;border-radius:999px;text-decoration:none;font-weight:600">${escapeHtml(content.action.label)}</a></p>\n${p(`Or open this address: ${content.action.url}`, 'margin:0 0 16px;font-size:13px;color:#52525b;word-break:break-all')}` : ''}
<hr style="border:none;border-top:1px solid #e4e4e7;margin:24px 0">
${content.footer.map((x) => p(x, 'margin:0 0 8px;font-size:13px;color:#52525b')).join('\n')}
</div></body></html>`;
  return { subject: content.subject, text, html, headers: content.headers };
}
