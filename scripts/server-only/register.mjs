// `node --import ./scripts/server-only/register.mjs …`: lets a plain Node process (the worker) load
// the services, which start with `import "server-only"`. That package throws unless the bundler
// marks the code as server code, as Next does; the worker is server code, so here it resolves to
// an empty module (the test runner does the same with an alias).
import { register } from "node:module";

register("./hook.mjs", import.meta.url);
