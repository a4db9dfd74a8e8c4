#!/usr/bin/env node
// Writes apps/<app>/Dockerfile for every image of docker-compose.yml from one template, so the
// images stay alike (node deploy/write-dockerfiles.mjs; the files are committed, and the
// compose-equivalence test checks every COPY source and entrypoint against a real build).
import { readFileSync, writeFileSync } from 'node:fs';

// --check: write nothing, exit 1 naming every Dockerfile that differs from the template (CI).
const check = process.argv.includes('--check');
const stale = [];

const NODE = 'node:20.20.2-bookworm'; // the build and the runtime stage share the Debian release (native addon)
const READY = `HEALTHCHECK --interval=5s --timeout=3s --start-period=20s --retries=5 \\
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||9464)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]`;

/** app → what its image holds beyond its own bundle, its health check and its command. */
const IMAGES = {
  'mgmt-service': { health: READY, sqlite: true },
  'pool-service': { health: READY, sqlite: true },
  'container-service': { health: READY, sqlite: true },
  'lock-service': { health: READY, sqlite: true },
  // iv-cache has its own process code (not the service-kit runner): no /readyz yet.
  'iv-cache': { health: 'HEALTHCHECK NONE', sqlite: false },
  // The control server starts its engines as child processes from ../../engine/bundle/main.js.
  server: { health: `HEALTHCHECK --interval=5s --timeout=3s --start-period=20s --retries=5 CMD ["test", "-S", "/data/ctl/daos_server.sock"]`, sqlite: false, also: ['engine'] },
  // The one-shot init step (secrets, NATS configuration, daos_server.yml per host).
  launcher: { health: 'HEALTHCHECK NONE', sqlite: false, main: 'init-main.js' },
  dmg: { health: 'HEALTHCHECK NONE', sqlite: false },
  daos: { health: 'HEALTHCHECK NONE', sqlite: false },
};

for (const [app, o] of Object.entries(IMAGES)) {
  const bundles = [app, ...(o.also ?? [])];
  const text = `# syntax=docker/dockerfile:1
# ${app}: written by deploy/write-dockerfiles.mjs (edit that, not this). Build context: the repository root.
#   docker compose build ${app === 'launcher' ? 'init' : app}     (or: docker build -f apps/${app}/Dockerfile .)
FROM ${NODE} AS build
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY package.json package-lock.json nx.json tsconfig.base.json tsconfig.json ./
COPY apps/ apps/
COPY libs/ libs/
COPY proto/ proto/
COPY tools/ tools/
# compiles better-sqlite3 for this Debian release (no prebuilt download)
RUN npm ci --no-audit --no-fund
${bundles.map((b) => `RUN npx nx run @daos-nats/${b}:bundle --output-style=static`).join('\n')}

FROM ${NODE}-slim
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
${o.sqlite ? `# the native addon and what loads it; everything else is inside the bundle
COPY --from=build /repo/node_modules/better-sqlite3/package.json node_modules/better-sqlite3/package.json
COPY --from=build /repo/node_modules/better-sqlite3/lib/ node_modules/better-sqlite3/lib/
COPY --from=build /repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node node_modules/better-sqlite3/build/Release/better_sqlite3.node
COPY --from=build /repo/node_modules/bindings/ node_modules/bindings/
COPY --from=build /repo/node_modules/file-uri-to-path/ node_modules/file-uri-to-path/
` : ''}${bundles.map((b) => `COPY --from=build /repo/apps/${b}/bundle/ apps/${b}/bundle/`).join('\n')}
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
${o.health}
ENTRYPOINT ["node", "--enable-source-maps", "apps/${app}/bundle/${o.main ?? 'main.js'}"]
`;
  const file = new URL(`../apps/${app}/Dockerfile`, import.meta.url);
  if (!check) writeFileSync(file, text);
  else if (readFileSync(file, 'utf8') !== text) stale.push(`apps/${app}/Dockerfile`);
}
if (stale.length > 0) {
  console.error(`${stale.join(', ')}: not what deploy/write-dockerfiles.mjs writes; run it and commit the result`);
  process.exit(1);
}
