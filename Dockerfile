# VisitBot: production dependencies only, run as the unprivileged `node` user. The image runs the same
# esbuild bundle as `npm start` (dist/main.mjs, made by `npm ci`'s "prepare" script in the build stage).
# The build stage has the compilers better-sqlite3 needs when no prebuilt binary can be fetched;
# the final image does not.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# "prepare" bundles src/ and commands/ into dist/ with scripts/launch.mjs.
COPY scripts/launch.mjs ./scripts/
COPY commands ./commands
COPY src ./src
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/app/data/visitbot.sqlite \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/dist ./dist
COPY package.json ./
# The knowledge cache key hashes the engine's sources, so src/ ships beside the bundle.
COPY src ./src
# Articles added from chat are written into seeds/: the runtime user owns it.
COPY --chown=node:node seeds ./seeds
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000 8080
# /healthz answers 200 while the process is alive (HEALTH_PORT; see Operations in the README).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The bundle `npm start` runs (through scripts/launch.mjs), without npm in between: signals reach the bot.
CMD ["node", "dist/main.mjs"]
