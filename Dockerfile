# SEND Signpost: a production image. Build: docker build -t send-signpost .
# The install steps are the ones test/production.test.ts runs in CI: `npm run build` with the dev
# dependencies, then `npm ci --omit=dev` beside dist/, knowledge/ and public/, started with plain node.

# --- build stage: compile TypeScript (needs the dev dependencies) ---------------------------------------
FROM node:20-slim AS build
WORKDIR /src
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.js scripts/serverLauncher.js ./scripts/
COPY src ./src
COPY dialogs ./dialogs
# The knowledge is validated here too, into dist/knowledge.snapshot: the server reads it instead of validating
# again while its files are byte for byte the ones copied into the run stage below (src/knowledge/snapshot.ts).
COPY knowledge ./knowledge
# tsc, then esbuild bundles the server into one file, dist/bundle.js, which dist/server.js starts with a V8 code
# cache written here (scripts/build.js, scripts/serverLauncher.js): the same node image builds and runs it.
RUN npm run build

# --- run stage: run-time packages only, non-root ---------------------------------------------------------
FROM node:20-slim
ENV NODE_ENV=production \
    PORT=3978
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /src/dist ./dist
COPY knowledge ./knowledge
COPY public ./public
# The image's own unprivileged user (uid 1000 in node images); insights are written under /app/data.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
# Readiness, not just liveness: /readyz is 503 while conversation storage is unreachable. Node 20 has fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains turns in flight (src/http/shutdown.ts); node is PID 1 and handles it itself.
# A 32 MB young generation (node's default is 16 MB), as every start has it (package.json's start scripts): half
# as many minor garbage collections, each a pause of a few milliseconds landing on one message's matching.
CMD ["node", "--max-semi-space-size=32", "dist/server.js"]
