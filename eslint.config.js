import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/**
 * Services and every module that reads the database start with `import "server-only"`, so a client
 * component that reaches one fails the build instead of shipping database code to the browser.
 * A module that plain Node must also load (the mail worker, scripts) says why on its first line:
 * `// Not \`server-only\`: <reason>`.
 */
const serverOnly = {
  meta: {
    type: "problem",
    messages: {
      missing:
        'Start this {{why}} with import "server-only", or say on its first line why plain Node must load it: // Not `server-only`: <reason>.',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename.replaceAll("\\", "/");
    const named = /\/(service|queries)\.ts$/.test(file);
    return {
      Program(program) {
        const first = program.body[0];
        if (first?.type === "ImportDeclaration" && first.source.value === "server-only" && first.specifiers.length === 0) return;
        const [comment] = context.sourceCode.getAllComments();
        if (comment && comment.range[0] < (first?.range[0] ?? Infinity) && /^ Not `server-only`: \S/.test(comment.value)) return;
        const readsDatabase = program.body.some(
          (node) =>
            node.type === "ImportDeclaration" &&
            node.importKind !== "type" &&
            /(^@\/lib\/db\/(client|generated\/)|\/db\/client$)/.test(node.source.value) &&
            node.specifiers.some((s) => s.type !== "ImportSpecifier" || s.importKind !== "type"),
        );
        if (named || readsDatabase) {
          context.report({
            node: first ?? program,
            messageId: "missing",
            data: { why: named ? "service module" : "module that reads the database" },
          });
        }
      },
    };
  },
};

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "lib/db/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
    },
  },
  {
    // Pages and components reach data through services (lib/<feature>), never the client itself.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db/*", "**/lib/db/*", "**/lib/db", "@prisma/*", "**/generated/prisma/**"],
              message: "app/ and components/ reach the database through a service in lib/<feature>, never lib/db or the Prisma client.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts"],
    // The scoring core is pure and isomorphic; lib/db and lib/seed are infrastructure that
    // scripts run in plain Node.
    ignores: ["lib/scoring/**", "lib/db/**", "lib/seed/**"],
    plugins: { synergia: { rules: { "server-only": serverOnly } } },
    rules: { "synergia/server-only": "error" },
  },
  {
    // The app reads its settings through lib/env.ts only.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through lib/env.ts." }],
    },
  },
  {
    // The scoring core is pure and isomorphic: no framework, database or I/O, no clock or randomness.
    files: ["lib/scoring/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*"],
              message: "lib/scoring must not import a framework.",
            },
            {
              group: ["@prisma/*", "prisma", "**/db/**", "@/lib/db/*", "pg", "postgres"],
              message: "lib/scoring must not touch the database.",
            },
            { group: ["server-only", "client-only"], message: "lib/scoring runs on server and client alike." },
            {
              group: ["node:*", "fs", "path", "os", "crypto", "child_process", "http", "https", "net"],
              message: "lib/scoring must not do I/O.",
            },
            { group: ["@/*", "../*/**", "!./*"], message: "lib/scoring imports only its own modules." },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "Date", property: "now", message: "Time is an input of the scoring core." },
        { object: "Math", property: "random", message: "Use the seeded PRNG; seeds are inputs." },
        { object: "process", property: "env", message: "The scoring core takes its configuration as input." },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "Time is an input of the scoring core." },
      ],
    },
  },
);
