import type { FieldErrors } from "react-hook-form";

/**
 * Which of a form's errors no field on screen shows. A form schema may check values the person
 * cannot see: a hidden input (a link's token), or values with no input at all (an id, a version,
 * the decision a button sets). zod 4 refuses `.pick` on a refined schema, so such values stay in
 * the form's schema, and an error aimed at one would stop the submit without a word. A form
 * "shows" a path when it asks for that path's error text (useRefusalText records the asking);
 * anything else is shown for the whole form. Pure, no React: the hook and its tests share it.
 */

type Node = { message?: unknown; root?: Node } | Node[] | undefined;

/** Every error's path and message key, depth first: "token", "fixes.1", "fixes" for a list's own. */
function entries(node: Node, path: string, out: [string, string][]): [string, string][] {
  if (!node || typeof node !== "object") return out;
  if (!Array.isArray(node) && typeof node.message === "string" && node.message !== "") {
    out.push([path, node.message]);
    return out;
  }
  for (const [key, child] of Object.entries(node)) {
    // A list's own error (react-hook-form puts it at `root`) belongs to the list's path.
    if (key === "root") entries(child as Node, path, out);
    else if (key !== "ref" && key !== "type" && key !== "types") entries(child as Node, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/** The message key of the first error `shown` says no field shows, or undefined. */
export function unshownError(errors: FieldErrors | undefined, shown: (path: string) => boolean): string | undefined {
  return entries(errors as Node, "", []).find(([path]) => !shown(path))?.[1];
}

/** Shown when the form asked for the error text of the path or of a path above it ("translations" shows "translations.ru"). */
export function shownBy(asked: ReadonlySet<string>) {
  return (path: string) => {
    if (asked.has(path)) return true;
    for (let end = path.lastIndexOf("."); end > 0; end = path.lastIndexOf(".", end - 1)) {
      if (asked.has(path.slice(0, end))) return true;
    }
    return false;
  };
}
