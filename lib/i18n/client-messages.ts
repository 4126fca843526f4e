/**
 * Which messages reach the browser. Server components translate on the server and need none;
 * only client components read messages from NextIntlClientProvider, and whatever it holds is
 * serialized into every page. So the root layout sends what the app shell's client components
 * use, and a page or layout adds what its own client components use with
 * `<ClientMessages ns={[…]}>` (components/i18n/client-messages.tsx). A unit test walks the import
 * graph from every page and fails when a client component reads a namespace its page does not send.
 */

/**
 * Read on every page: by the app shell's client components (locale switcher, bell, sign-out), by
 * the error boundaries and section loaders (`boundaries`) and by the notice of a session that
 * ended elsewhere (`auth.signedOut`), which may show up anywhere.
 */
export const SHELL_NAMESPACES = [
  "common.language",
  "languages",
  "nav.signOut",
  "notifications.bell",
  "boundaries",
  "pageError",
  "auth.signedOut",
] as const;

/** Features that word their own error codes (`<feature>.errors`, `<feature>.validation`). */
export const ERROR_FEATURES = [
  "projects",
  "evidence",
  "scores",
  "catalog",
  "initiatives",
  "recommendations",
  "forums",
  "comments",
  "notifications",
  "twoFactor",
  "apiTokens",
  "intake",
] as const;

const CORE_ERRORS = ["errors", "validation"];
const featureErrors = (feature: string) => [`${feature}.errors`, `${feature}.validation`];

/**
 * Groups usable in `ns`, for what useErrorText reads: `forms` the core error and validation
 * messages; `forms.<feature>` those plus the feature's own (the form's useErrorText("feature"));
 * `forms.all` every feature's, for a form whose feature is only known at run time.
 */
export function expandNamespaces(namespaces: readonly string[]): string[] {
  return [
    ...new Set(
      namespaces.flatMap((ns) => {
        if (ns === "forms") return CORE_ERRORS;
        if (ns === "forms.all") return [...CORE_ERRORS, ...ERROR_FEATURES.flatMap(featureErrors)];
        if (ns.startsWith("forms.")) return [...CORE_ERRORS, ...featureErrors(ns.slice("forms.".length))];
        return [ns];
      }),
    ),
  ];
}

export type Messages = { [key: string]: string | Messages };

/** The subtrees of `messages` at the given dotted paths (missing paths are skipped), merged. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const path of expandNamespaces(namespaces)) {
    const keys = path.split(".");
    let source: string | Messages | undefined = messages;
    for (const key of keys) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) continue;
    let target = out;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = typeof next === "object" ? next : (target[key] = {});
    }
    const last = keys[keys.length - 1];
    const existing = target[last];
    target[last] = typeof existing === "object" && typeof source === "object" ? mergeMessages(existing, source) : source;
  }
  return out;
}

/** Deep merge; `b` wins where both hold a string. */
export function mergeMessages(a: Messages, b: Messages): Messages {
  const out: Messages = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = out[key];
    out[key] = typeof existing === "object" && typeof value === "object" ? mergeMessages(existing, value) : value;
  }
  return out;
}
