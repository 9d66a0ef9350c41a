# One image recipe for every Linkage app. Build one image per app with its APP argument:
#   docker build --build-arg APP=volunteers -t linkage/volunteers .
# docker-compose.yml does this for all six apps (gateway, identity, volunteers, partners, screening,
# counselling); the build and deps stages are the same for all of them, so they are built once and cached.

ARG NODE_IMAGE=node:20-bookworm-slim

# Install scripts are not run (--ignore-scripts), as on the developers' machines (npm 11 runs only allowed
# ones): none of the dependencies needs one, and the build stays reproducible.

# --- base: the npm that wrote package-lock.json --------------------------------------------------------
# The lockfile is written by npm 11 (as on the developers' machines); node:20 images ship npm 10, so the
# same npm is installed to read it the same way.
FROM ${NODE_IMAGE} AS base
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund "npm@${NPM_VERSION}" && npm cache clean --force
WORKDIR /app

# --- deps: production dependencies only -------------------------------------------------------------
FROM base AS deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force \
  # Certificates embed Noto Sans SC regular and bold from WOFF 1.0 files; the other ~70 MB of weights
  # and formats in the package are never read.
  && find node_modules/@fontsource/noto-sans-sc/files -type f \
       ! -name '*-400-normal.woff' ! -name '*-700-normal.woff' -delete

# --- build: all dependencies, compile TypeScript to dist/ -------------------------------------------
FROM base AS build
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
# Everything the build needs; .dockerignore keeps node_modules, dist, tests and deployment files out.
# The build also builds the portal (Vite) into dist/apps/portal, which the gateway serves at /.
COPY . .
RUN npm run build

# --- runtime: compiled code + production dependencies, as a non-root user ----------------------------
FROM ${NODE_IMAGE} AS runtime
# NODE_OPTIONS: a young generation sized for request garbage, given back when idle (libs/config/src/runtime.ts).
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    NODE_OPTIONS="--max-semi-space-size=64 --expose-gc"
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/package.json ./package.json
COPY --from=build --chown=root:root /app/dist ./dist

# Which app this image runs: gateway, identity, volunteers, partners, screening or counselling.
ARG APP=gateway
ENV APP=${APP}
LABEL org.opencontainers.image.title="linkage-${APP}" \
      org.opencontainers.image.description="Linkage ${APP} (NestJS)"
RUN test -f "dist/apps/${APP}/src/main.js" \
    || { echo "No app named '${APP}': dist/apps/${APP}/src/main.js was not built" >&2; exit 1; }

# The node image's unprivileged user, by number so that Kubernetes' runAsNonRoot can verify it.
# The code is owned by root and read-only for this user.
USER 1000:1000
EXPOSE 3000 3001 3002 3003 3004 3005

# `exec` replaces the shell with node, so node itself receives SIGTERM and drains gracefully (runApp in
# libs/service-kit). The port is <APP>_PORT, else PORT, else the app's catalogue port
# (libs/config/src/services.ts; appPort in libs/config).
CMD ["/bin/sh", "-c", "exec node \"dist/apps/${APP}/src/main.js\""]
