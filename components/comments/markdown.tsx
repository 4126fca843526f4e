import Markdown, { type Components } from "react-markdown";

import { mentionsToLinks } from "@/lib/comments/mentions";

// The comment subset: emphasis, lists, links and code. Anything else (headings, images, tables,
// raw HTML) is unwrapped to its text or dropped, so a comment cannot restyle or script the page.
const ALLOWED = ["p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre"];

const SAFE_SCHEME = /^(https?:|mailto:)/i;
const MENTION = /^mention:[0-9a-f-]{36}$/i;

/** Only absolute http(s)/mailto links and our mention scheme survive; the rest lose their href. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  if (MENTION.test(trimmed)) return trimmed;
  return SAFE_SCHEME.test(trimmed) ? trimmed : "";
}

const components: Components = {
  a({ href, children }) {
    if (href && MENTION.test(href)) {
      return (
        <span className="rounded bg-brand-50 px-1 font-medium text-brand-800" data-mention={href.slice("mention:".length)}>
          {children}
        </span>
      );
    }
    if (!href) return <span>{children}</span>;
    return (
      <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 underline">
        {children}
      </a>
    );
  },
  ul: ({ children }) => <ul className="ml-5 list-disc">{children}</ul>,
  ol: ({ children }) => <ol className="ml-5 list-decimal">{children}</ol>,
  code: ({ children }) => <code className="rounded bg-slate-100 px-1 font-mono text-[0.85em]">{children}</code>,
  pre: ({ children }) => <pre className="overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs">{children}</pre>,
};

/** A comment body rendered safely: no raw HTML, an allow-list of elements, vetted links. */
export function CommentMarkdown({ body }: { body: string }) {
  return (
    <div className="space-y-2 text-sm break-words text-slate-800">
      <Markdown skipHtml allowedElements={ALLOWED} unwrapDisallowed urlTransform={safeUrl} components={components}>
        {mentionsToLinks(body)}
      </Markdown>
    </div>
  );
}
