# deltafeed: one image for every role (api, scheduler, worker); the role is chosen by the command.
FROM node:24.22.3-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY workers ./workers
COPY seeds ./seeds
COPY simulation ./simulation
COPY bench ./bench
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund

FROM node:24.22.3-bookworm-slim
ENV NODE_ENV=production
# V8 fills a heap towards its limit (GBs by default) before it collects in earnest: the limit is what bounds the
# process's resident memory. Cleaning threads have their own limit (workers.extractHeapMb).
ENV NODE_OPTIONS="--max-old-space-size=128 --max-semi-space-size=8"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY config ./config
COPY schemas ./schemas
# The story model's weights, read at start-up (see DELTAFEED_STORY_MODEL).
COPY models ./models
RUN ln -s /app/dist/src/cli.js /usr/local/bin/deltafeed && chmod +x /app/dist/src/cli.js
USER node
EXPOSE 8080
ENTRYPOINT ["node", "/app/dist/src/cli.js"]
CMD ["run", "--role", "all"]
