import { describe, expect, it } from "vitest";

import { getEnv } from "@/lib/env";

const good = { DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/synergia", NEXTAUTH_SECRET: "s".repeat(32) };

describe("environment", () => {
  it("accepts a complete configuration and applies defaults", () => {
    expect(getEnv({ ...good })).toMatchObject({ LOG_LEVEL: "info", TRUST_PROXY: 0, NODE_ENV: "development" });
  });
  it("names every missing or malformed setting in one message", () => {
    expect(() => getEnv({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", LOG_LEVEL: "loud" })).toThrowError(
      /DATABASE_URL must start with postgresql:\/\/[\s\S]*NEXTAUTH_SECRET must be at least 32 characters[\s\S]*LOG_LEVEL/,
    );
    expect(() => getEnv({})).toThrowError(/DATABASE_URL is missing[\s\S]*NEXTAUTH_SECRET is missing/);
  });
  it("takes TRUST_PROXY as a number of proxies and refuses the old true/false", () => {
    expect(getEnv({ ...good, TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => getEnv({ ...good, TRUST_PROXY: "true" })).toThrowError(/TRUST_PROXY is the number of reverse proxies/);
  });
  it("reads the S3 store's settings and refuses half of a key pair or a malformed endpoint", () => {
    expect(
      getEnv({ ...good, S3_BUCKET: "synergia", S3_ENDPOINT: "http://minio:9000", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" }),
    ).toMatchObject({ S3_BUCKET: "synergia", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: true });
    expect(() => getEnv({ ...good, S3_BUCKET: "synergia", S3_ACCESS_KEY_ID: "k" })).toThrowError(
      /S3_SECRET_ACCESS_KEY: set both or neither/,
    );
    expect(() => getEnv({ ...good, S3_BUCKET: "synergia", S3_ENDPOINT: "minio" })).toThrowError(/S3_ENDPOINT must be a URL/);
  });
});
