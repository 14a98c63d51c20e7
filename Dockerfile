# Parallax for the PostgreSQL mode: one image runs `parallax worker`, `parallax serve` and every other command
# (compose.yaml starts PostgreSQL, workers and the web UI; docs/SCALING.md "Docker compose").
#   docker build -t parallax-news .
#   docker run --rm parallax-news compare examples/*.txt

# Build stage: better-sqlite3 is a native addon, compiled from source here (python3, make, g++) against the
# image's own Node headers, so nothing is downloaded for it and the runtime image carries no compiler.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV npm_config_nodedir=/usr/local npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` (the TypeScript build) needs the sources, copied below; the one addon is built next.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3 --build-from-source
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts/build/bundle-cli.ts ./scripts/build/
RUN npm run build && npm prune --omit=dev

# Runtime stage: the compiled CLI, production dependencies and the examples, run as the unprivileged `node` user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY schema ./schema
COPY examples ./examples
USER node
EXPOSE 7700
ENTRYPOINT ["node", "bin/parallax.js"]
CMD ["--help"]
