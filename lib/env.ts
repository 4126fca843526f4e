import { z } from "zod";

/**
 * Every setting the platform reads, validated once. Nothing else reads process.env
 * (scripts that launch the platform set these variables for it). See .env.example.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: set a postgresql:// connection string" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is missing: set a random string of at least 32 characters" })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters long"),
  /**
   * Earlier values of NEXTAUTH_SECRET, comma-separated, kept while rotating it: second-factor keys
   * sealed under one of them still open, and are sealed again under the current one when read.
   */
  NEXTAUTH_SECRET_PREVIOUS: z.string().trim().optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL must be an absolute URL such as https://synergia.example.org").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /**
   * How many reverse proxies you run in front of the app. 0 (default): X-Forwarded-* headers are
   * client-controlled and ignored, the socket address is the client. N: the client is the entry N
   * hops from the right of X-Forwarded-For (see lib/http/request-client.ts).
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, "TRUST_PROXY is the number of reverse proxies in front of the app (0, 1, 2 …), not true/false")
    .default("0")
    .transform(Number),
  /** Directory for evidence attachments; unset = stored in PostgreSQL (bytea). */
  UPLOAD_DIR: z.string().trim().min(1).optional(),
  /**
   * S3-compatible object store for attachments (shared by instances on several machines). New
   * attachments go there; with UPLOAD_DIR still set, files stored there earlier stay readable.
   */
  S3_BUCKET: z.string().trim().min(3).optional(),
  /** The store's address when it is not AWS (MinIO: http://minio:9000); unset = AWS for S3_REGION. */
  S3_ENDPOINT: z.url("S3_ENDPOINT must be a URL such as http://minio:9000").optional(),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  /** Unset: the AWS SDK's own chain (environment, instance role…). */
  S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().min(1).optional(),
  /** Buckets as paths (http://host/bucket/key), as MinIO serves them. Default: true. */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
  /** Outgoing mail (notifications, digests): smtp(s)://user:pass@host:port, or the parts below. */
  SMTP_URL: z.url("SMTP_URL must be a URL such as smtps://user:pass@mail.example.org:465").optional(),
  SMTP_HOST: z.string().trim().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  MAIL_FROM: z.string().trim().min(3).default("Synergia <no-reply@synergia.invalid>"),
  /** Abuse limits (README, Security): writes per user and hour, open live streams per user, stored bytes per organization. */
  RATE_LIMIT_COMMENTS: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_EVIDENCE: z.coerce.number().int().min(1).default(60),
  RATE_LIMIT_UPLOADS: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_INVITATIONS: z.coerce.number().int().min(1).default(50),
  MAX_LIVE_STREAMS: z.coerce.number().int().min(1).default(8),
  ORG_ATTACHMENT_QUOTA_MB: z.coerce.number().int().min(1).default(5120),
  /** Chromium for PDF documents (Debian's package by default). */
  CHROMIUM_PATH: z.string().trim().min(1).default("/usr/bin/chromium"),
  /** The port this server listens on; `next start` sets it. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /**
   * How this server reaches itself to render print views into PDF, e.g. when it listens on one
   * address only; default http://127.0.0.1:$PORT. Never taken from a request (no SSRF).
   */
  INTERNAL_URL: z.url("INTERNAL_URL must be an absolute URL such as http://127.0.0.1:3000").optional(),
});

export type Env = z.infer<typeof ZEnv>;

/** Settings that only make sense together. */
function consistent(env: Env): string[] {
  const problems: string[] = [];
  if (!!env.S3_ACCESS_KEY_ID !== !!env.S3_SECRET_ACCESS_KEY)
    problems.push("  - S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither");
  return problems;
}

let cached: Env | undefined;

/** Parses the environment on first use and throws one readable message listing every problem. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  if (cached && source === process.env) return cached;
  const parsed = ZEnv.safeParse(source);
  const lines = parsed.success
    ? consistent(parsed.data)
    : parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  if (!parsed.success || lines.length > 0) {
    throw new Error(`Invalid configuration:\n${lines.join("\n")}\nSee .env.example for every setting.`);
  }
  if (source === process.env) cached = parsed.data;
  return parsed.data;
}
