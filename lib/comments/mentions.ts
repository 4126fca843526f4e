// Mentions live in the body as `@[Display name](user-id)`: readable in the raw text and in
// previous versions, and the ids are what notifications and the mention table use. Pure: the
// composer, the markdown renderer and the service share it.

const TOKEN = /@\[([^\]\n]{1,120})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** The token the composer inserts; brackets in a name would end the token early. */
export function mentionToken(user: { id: string; name: string }): string {
  return `@[${user.name.replace(/[[\]()\n]/g, " ").trim()}](${user.id})`;
}

/** Distinct user ids mentioned in a body, in order of appearance. */
export function mentionedIds(body: string): string[] {
  const ids = new Set<string>();
  for (const match of body.matchAll(TOKEN)) ids.add(match[2].toLowerCase());
  return [...ids];
}

/** Turns tokens into markdown links on the `mention:` scheme, which the renderer shows as chips. */
export function mentionsToLinks(body: string): string {
  return body.replace(TOKEN, (_all, name: string, id: string) => `[@${name}](mention:${id.toLowerCase()})`);
}

/**
 * The text before the caret ends with `@query` (start of text or after whitespace). One space
 * may be part of the query, so "@Li W" still narrows to "Li Wei".
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@[\]()]{0,30}(?: [^\s@[\]()]{0,30})?)$/.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}
