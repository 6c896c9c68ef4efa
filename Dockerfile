# VisitBot: production dependencies only, run as the unprivileged `node` user, no build step (tsx).
# The build stage has the compilers better-sqlite3 needs when no prebuilt binary can be fetched;
# the final image does not.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/app/data/visitbot.sqlite \
    HEALTH_PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY commands ./commands
COPY src ./src
COPY seeds ./seeds
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000 8080
# The readiness endpoint comes with HEALTH_PORT (issue 11); until then this check reports unhealthy.
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "src/main.ts"]
