import { z } from "zod";

// Runs in the browser before the app's own modules. Zod compiles its object parsers with
// `new Function` unless told not to; under our Content-Security-Policy (no 'unsafe-eval') that
// attempt is refused and reported as a violation, so the browser uses the plain parsers from the
// start. Must precede every schema's construction, hence here and not in a component.
z.config({ jitless: true });
