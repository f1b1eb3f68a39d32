# LLM gateway image.
#   docker build -t llm-gateway:0.1.0 .
#   docker run --rm -p 8080:8080 llm-gateway:0.1.0        # default config: built-in simulator upstream, no key needed
# In Kubernetes the ConfigMap is mounted over /etc/gateway (k8s/deployment.yaml).
# Node 24 is an LTS line; the app needs Node >= 20.18. Override with --build-arg NODE_IMAGE=...
ARG NODE_IMAGE=node:24-bookworm-slim

# ---- build: dev dependencies, TypeScript -> dist/ -------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies and dist/ only ---------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    GATEWAY_CONFIG=/etc/gateway/gateway.yaml
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
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
# Slim images have no curl: Node's own fetch does it.
HEALTHCHECK --interval=15s --timeout=3s --start-period=15s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM starts the graceful drain (server.drainTimeoutMs); node handles it as PID 1.
# --no-memory-reducer, as in `npm start`: V8's idle-time GC throws optimised code away (README, Performance).
STOPSIGNAL SIGTERM
CMD ["node", "--no-memory-reducer", "dist/cli.js", "serve"]
