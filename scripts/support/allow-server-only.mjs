// Benchmarks call the services directly in plain Node, outside React Server Components, where
// `import "server-only"` would throw; this resolves it to an empty module for that process only.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
