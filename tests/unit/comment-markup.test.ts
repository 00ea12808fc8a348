// The comments' small Markdown: what each mark makes, what stays text, and that hostile input never
// becomes markup (rendered with React's server renderer, as the page would).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentBody } from '@/components/comments/comment-body';
import { mentionTails, parseComment, parseInline, spoilerFreeText, type Mention } from '@/lib/comment-markup';

const html = (text: string, spoilers = false, mentions: Mention[] = []) => renderToStaticMarkup(createElement(CommentBody, { text, spoilers, mentions }));

describe('comment markup', () => {
  it('reads bold, italic, strikethrough, code, spoilers and web addresses', () => {
    expect(parseInline('**big** *small* _also_ ~~gone~~ `x*y` ||Jun dies|| https://ex.test/a_b_c.')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'big' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'small' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'also' }] },
      { type: 'text', text: ' ' },
      { type: 'del', children: [{ type: 'text', text: 'gone' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'x*y' },
      { type: 'text', text: ' ' },
      { type: 'spoiler', children: [{ type: 'text', text: 'Jun dies' }] },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://ex.test/a_b_c' },
      { type: 'text', text: '.' },
    ]);
  });

  it('leaves unmatched marks, snake_case, spaced stars and escaped marks as typed', () => {
    const text = (s: string) => parseInline(s).map((n) => ('text' in n ? n.text : '?')).join('');
    expect(text('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4');
    expect(text('a lone ** and ||')).toBe('a lone ** and ||');
    expect(text('\\*not italic\\*')).toBe('*not italic*');
  });

  it('reads quotes and lists as blocks and keeps line breaks in paragraphs', () => {
    expect(parseComment('> she said\n> twice\n\n- one\n- two\n1. first\nline one\nline two').map((b) => b.type)).toEqual(['quote', 'list', 'list', 'paragraph']);
    expect(html('line one\nline two')).toContain('line one<br/>line two');
    expect(html('- **a**\n- b')).toBe('<div class="flex flex-col gap-2 break-words"><ul class="pl-6 list-disc"><li><strong>a</strong></li><li>b</li></ul></div>');
  });

  it('folds spoilers, inline and whole, in <details> that work without JavaScript', () => {
    const inline = html('The twist: ||the mentor lied||!');
    expect(inline).toMatch(/<details class="inline[^"]*"><summary[^>]*>Spoiler \(show\)<\/summary><span[^>]*>the mentor lied<\/span><\/details>!/);
    const whole = html('Everyone dies', true);
    expect(whole).toMatch(/^<details[^>]*><summary[^>]*>This comment contains spoilers\. Show it<\/summary>/);
    expect(spoilerFreeText('The twist: ||the mentor lied||!', false)).toBe('The twist: [spoiler]!');
    expect(spoilerFreeText('Everyone dies', true)).toBe('[Spoiler]');
  });

  it('links the mentions it is given, whole names only, and nowhere inside code or addresses', () => {
    const mina = { name: 'Mina', handle: 'a1b2c3d4e5' };
    const minaPark = { name: 'Mina Park', handle: 'f6f6f6f6f6' };
    expect(parseInline('@Mina Park, @Mina! @Minah me@Mina `@Mina`', [mina, minaPark])).toEqual([
      { type: 'mention', name: 'Mina Park', handle: 'f6f6f6f6f6' },
      { type: 'text', text: ', ' },
      { type: 'mention', name: 'Mina', handle: 'a1b2c3d4e5' },
      { type: 'text', text: '! @Minah me@Mina ' },
      { type: 'code', text: '@Mina' },
    ]);
    expect(html('**hi @Mina**', false, [mina])).toContain('<strong>hi <a href="/people/a1b2c3d4e5"');
    expect(spoilerFreeText('@Mina ||@Mina dies||', false)).toBe('@Mina [spoiler]');
    expect(mentionTails('@Mina hi, `@Code` https://x.test/@Url a@b **@Bold**', 8)).toEqual(['Mina hi,', 'Bold']);
  });

  it('renders hostile input as text through every syntax', () => {
    const corpus = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '"><svg/onload=alert(1)>', '<a href="javascript:alert(1)">x</a>'];
    for (const attack of corpus) {
      for (const wrapped of [attack, `**${attack}**`, `||${attack}||`, `> ${attack}`, `- ${attack}`, `\`${attack}\``, `_${attack}_`, `[x](${attack})`, `@${attack}`, `||@${attack}||`]) {
        // A mention whose name as typed is the attack itself (a hostile display name).
        const out = html(wrapped, false, [{ name: attack, handle: 'a1b2c3d4e5' }]);
        const tags = out.match(/<[a-z][^>]*>/gi) ?? []; // escaped text shows as &lt;…, never as a tag
        expect(tags.map((t) => t.match(/^<([a-z]+)/i)![1]).filter((t) => !['div', 'strong', 'em', 'del', 'code', 'details', 'summary', 'span', 'blockquote', 'ul', 'ol', 'li', 'br', 'a'].includes(t)), wrapped).toEqual([]);
        expect(tags.filter((t) => /\son\w+=|href="(?!https?:|\/people\/[a-z0-9]+")/i.test(t)), wrapped).toEqual([]);
        expect(out, wrapped).toContain(attack.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').slice(0, 8));
      }
    }
    expect(html('[click](javascript:alert(1))')).not.toContain('<a');
  });
});
