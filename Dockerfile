# LLM gateway image.
#   docker build -t llm-gateway:0.1.0 .
#   docker run --rm -p 8080:8080 llm-gateway:0.1.0        # default config: built-in simulator upstream, no key needed
# In Kubernetes the ConfigMap is mounted over /etc/gateway (k8s/deployment.yaml).
#
# Base image: Node 20, the major every measurement in README.md (Performance) was made on; move the build and the
# benchmarks to another major together. The tag names an exact release; for a reproducible release build, pin its
# digest too (this repository is built where no registry can be queried, so the digest is yours to add):
#   docker buildx imagetools inspect node:20.20.2-bookworm-slim     # prints "Digest: sha256:..."
#   docker build --build-arg NODE_IMAGE=node:20.20.2-bookworm-slim@sha256:<digest> -t llm-gateway:0.1.0 .
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---- build: dev dependencies, TypeScript -> dist/ -------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# Only the compiler and types are needed here: no install scripts, and none of the optional native
# binaries of the client test suite (Claude Code, the Agent SDK: hundreds of MB).
RUN npm ci --no-audit --no-fund --omit=optional --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies and dist/ only ---------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="llm-gateway" \
      org.opencontainers.image.description="Anthropic Messages API gateway: routes to Haiku, Sonnet or Opus, per-org budgets, fallback on overload" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.base.name="${NODE_IMAGE}"
ENV NODE_ENV=production \
    GATEWAY_CONFIG=/etc/gateway/gateway.yaml
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# dist/ with its source maps: --enable-source-maps turns stack traces into src/*.ts lines.
COPY --from=build /app/dist ./dist
# The default config (simulator upstream, in-memory limits); Kubernetes mounts its own over it.
COPY config/gateway.yaml /etc/gateway/gateway.yaml
# Files stay owned by root and read-only for the process, but for server.dataDir of the default config
# (batch and file ownership without Redis). uid 1000 is the image's "node" user; numeric, so Kubernetes'
# runAsNonRoot can verify it.
RUN mkdir -p /app/data && chown 1000:1000 /app/data
USER 1000:1000
EXPOSE 8080
# Kubernetes ignores HEALTHCHECK and uses the probes in k8s/deployment.yaml; this serves docker/compose.
# `gateway healthcheck` probes the port serve listens on: $PORT, else server.port of $GATEWAY_CONFIG.
HEALTHCHECK --interval=15s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "dist/cli.js", "healthcheck"]
# SIGTERM starts the graceful drain: streams get server.drainTimeoutMs (default 30 s) to finish, and the process
# exits by itself at most 5 s after that. `docker stop` sends SIGKILL after 10 s unless told otherwise, so stop with
#   docker stop -t 35 CONTAINER      # drainTimeoutMs / 1000 + 5
# (compose: stop_grace_period: 35s). A SIGTERM during start-up (the wait of up to 5 s for Redis) exits at once.
# --no-memory-reducer, as in `npm start`: V8's idle-time GC throws optimised code away (README, Performance).
STOPSIGNAL SIGTERM
CMD ["node", "--enable-source-maps", "--no-memory-reducer", "dist/cli.js", "serve"]
