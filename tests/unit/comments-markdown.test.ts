import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { CommentMarkdown } from "@/components/comments/markdown";
import { mentionedIds, mentionQueryAt, mentionToken } from "@/lib/comments/mentions";
import { MAX_COMMENT_LENGTH, ZCreateComment } from "@/lib/comments/schema";

const render = (body: string) => renderToStaticMarkup(createElement(CommentMarkdown, { body }));
const USER = "0b8e2a52-4f0c-4c1e-9a53-2d6f0f1e9a01";

describe("comment markdown", () => {
  it("renders the subset: bold, italic, lists, links and code", () => {
    const html = render("**bold** _it_ `x = 1`\n\n- one\n- two\n\n1. first\n\n```\nblock\n```\n\n[site](https://example.org/a?b=1)");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<em>it</em>");
    expect(html).toMatch(/<code[^>]*>x = 1<\/code>/);
    expect(html).toMatch(/<ul[^>]*>\s*<li>one<\/li>/);
    expect(html).toMatch(/<ol[^>]*>\s*<li>first<\/li>/);
    expect(html).toMatch(/<pre[^>]*><code[^>]*>block/);
    expect(html).toContain('href="https://example.org/a?b=1" rel="noopener noreferrer nofollow" target="_blank"');
  });

  it.each([
    ["a script tag", "<script>alert(1)</script>hello"],
    ["an image with onerror", '<img src=x onerror="alert(1)">'],
    ["raw HTML with handlers", '<div onclick="alert(1)" style="position:fixed">x</div>'],
    ["an iframe", '<iframe src="https://evil.example"></iframe>'],
    ["a markdown image", "![x](javascript:alert(1))"],
  ])("renders %s inert", (_name, body) => {
    const html = render(body);
    expect(html).not.toMatch(/<(script|img|iframe|div onclick|style)/i);
    expect(html).not.toMatch(/onerror|onclick|javascript:/i);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "vbscript:x",
    "/relative",
  ])("drops the unsafe link %s but keeps its text", (url) => {
    const html = render(`[click me](${url})`);
    expect(html).toContain("click me");
    expect(html).not.toContain("href");
  });

  it("shows a mention token as a chip, not a link, and finds the mentioned ids", () => {
    const body = `Please check, ${mentionToken({ id: USER, name: "Li [Wei]" })}!`;
    expect(mentionedIds(body)).toEqual([USER]);
    const html = render(body);
    expect(html).toContain(`data-mention="${USER}"`);
    expect(html).toContain("@Li  Wei");
    expect(html).not.toContain("<a");
  });

  it("recognises an @query right before the caret only after whitespace or at the start", () => {
    expect(mentionQueryAt("hi @li", 6)).toEqual({ start: 3, query: "li" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("Dear @Li W", 10)).toEqual({ start: 5, query: "Li W" });
    expect(mentionQueryAt("Dear @Li Wei thanks", 19)).toBeNull();
    expect(mentionQueryAt("mail me@host", 12)).toBeNull();
  });
});

describe("comment schema", () => {
  const base = { target: { type: "EVIDENCE", id: USER }, body: "ok", locale: "ru" };
  it("refuses empty and oversized bodies with translated keys", () => {
    expect(ZCreateComment.safeParse({ ...base, body: "   " }).error?.issues[0].message).toBe("bodyRequired");
    expect(ZCreateComment.safeParse({ ...base, body: "x".repeat(MAX_COMMENT_LENGTH + 1) }).error?.issues[0].message).toBe("bodyTooLong");
    expect(ZCreateComment.safeParse({ ...base, body: "x".repeat(MAX_COMMENT_LENGTH) }).success).toBe(true);
    expect(ZCreateComment.safeParse({ ...base, target: { type: "USER", id: USER } }).success).toBe(false);
  });
});
