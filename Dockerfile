# syntax=docker/dockerfile:1
# The production image: the standalone server (what the suites test) and the operator tools, run as a
# non-root user. Build: docker build -t hallyu --build-arg NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=… .
# (the same key for every build that may run side by side: server actions keep their ids; README,
# "Upgrades"). Run: compose.yaml, or docker run with DATABASE_URL, AUTH_SECRET and SITE_URL.

FROM node:20-bookworm-slim AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /src
ARG NEXT_SERVER_ACTIONS_ENCRYPTION_KEY
ARG DEPLOYMENT_ID
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=$NEXT_SERVER_ACTIONS_ENCRYPTION_KEY DEPLOYMENT_ID=$DEPLOYMENT_ID
COPY --from=deps /src/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 PGLITE_DATA_DIR=/app/.data/pglite
RUN groupadd --system hallyu && useradd --system --gid hallyu --home-dir /app hallyu \
  && mkdir -p /app/.data && chown hallyu:hallyu /app/.data
# server.js, .next/, node_modules/ (only what the server loads), public/, db/migrations and tools/.
COPY --from=build --chown=hallyu:hallyu /src/.next/standalone ./
USER hallyu
VOLUME /app/.data
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Operator tools: docker compose exec app1 node tools/migrate.mjs | tools/create-admin.mjs --email … |
# tools/db-backup.mjs | tools/db-restore.mjs FILE
# The heap limit of a small instance (README, "Memory"; the same as npm start and the suites).
CMD ["node", "--max-old-space-size=320", "server.js"]
