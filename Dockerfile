# syntax=docker/dockerfile:1
# Synergia production image: `docker build -t synergia .`, or `docker compose up` with
# docker-compose.yml. The container applies pending migrations, then serves on $PORT (3000).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# npm 11, as on the development machines: it honours package.json "allowScripts".
RUN npm install -g npm@11 --no-fund --no-audit
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# postinstall runs `prisma generate` (needs prisma/schema.prisma, writes lib/db/generated).
RUN npm ci --no-fund --no-audit

FROM deps AS build
COPY . .
# Nothing may reach a database while building; the placeholders only satisfy configuration
# validation in modules that are loaded at build time and are not kept in the image.
RUN DATABASE_URL=postgresql://build:build@127.0.0.1:1/build \
    NEXTAUTH_SECRET=build-time-placeholder-never-used-at-runtime \
    node_modules/.bin/next build \
 && npm prune --omit=dev --no-fund --no-audit

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000
# Sources stay alongside the build: scripts/migrate.ts runs them with tsx at start.
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Every instance migrates before serving; the runner's advisory lock lets only one apply.
# scripts/serve.ts is Next's request handler behind our own HTTP server, which knows the socket
# address (set TRUST_PROXY when a proxy runs in front of the container).
CMD ["sh", "-c", "node --import tsx scripts/migrate.ts && exec node --import tsx scripts/serve.ts --hostname 0.0.0.0 --port \"$PORT\""]
