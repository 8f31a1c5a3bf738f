# Waypoint api and worker image (one image, two commands).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The trusted-documents manifest (TRUSTED_DOCUMENTS=enforce runs only these operations).
COPY clients/generated/persisted-documents.json ./clients/generated/persisted-documents.json
USER node
EXPOSE 3000
# docker-compose overrides the command for the worker and the one-shot migration.
CMD ["node", "dist/apps/api/src/main.js"]
