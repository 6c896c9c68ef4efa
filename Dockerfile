# VisitBot: the esbuild bundle `npm start` runs (dist/main.mjs, with its source maps), on production
# dependencies only, as the unprivileged `node` user. The build stage has the dev dependencies
# (esbuild) and the compilers better-sqlite3 needs when no prebuilt binary can be fetched; the
# runtime stage has neither.

FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# (npm ci's postinstall packs the word vectors into node_modules/.cache/, which the runtime stage copies.)
COPY scripts/word-vectors.mjs ./scripts/
RUN npm ci --no-audit --no-fund
COPY scripts/build.mjs ./scripts/
COPY commands ./commands
COPY src ./src
# The bundle, then node_modules pruned to what it imports at run time (no esbuild, no tsx).
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/app/data/visitbot.sqlite \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The knowledge cache key hashes the engine's sources, and the source maps point at them.
COPY src ./src
# Articles added from chat are written into seeds/: the runtime user owns it (compose mounts a volume
# there, which Docker fills from this folder, ownership included, on first start).
COPY --chown=node:node seeds ./seeds
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000 8080
# /healthz answers 200 while the process is alive (HEALTH_PORT; see Operations in the README).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The bundle `npm start` runs, without npm in between: signals reach the bot.
CMD ["node", "--enable-source-maps", "dist/main.mjs"]
