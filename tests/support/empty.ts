// Stands in for the "server-only" package under Vitest: that package throws everywhere except in
// React Server Components, but services must still be importable by integration tests.
export {};
