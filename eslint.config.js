import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

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
