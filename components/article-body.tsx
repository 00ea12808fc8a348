import Markdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Article bodies are Markdown written by editors. Raw HTML in them is dropped (skipHtml), never rendered,
// and react-markdown already refuses javascript: and other unsafe link targets.
export function ArticleBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose prose-zinc max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-500">
      <Markdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={{
          a: ({ href, children }) => {
            const external = href ? /^https?:\/\//.test(href) : false;
            return (
              <a href={href} {...(external ? { rel: 'noopener noreferrer', target: '_blank' } : {})}>
                {children}
              </a>
            );
          },
          // eslint-disable-next-line @next/next/no-img-element -- editors' inline images have no known size
          img: ({ src, alt }) => <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} loading="lazy" />,
        }}
      >
        {markdown}
      </Markdown>
    </div>
  );
}
