import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export const GRAPHIQL_ASSETS_PREFIX = '/graphiql';

/** The files GraphiQL needs in a browser, each from the npm package that ships it (no CDN). */
const ASSETS = [
  { prefix: 'react', dir: ['react', 'umd'], file: 'react.production.min.js' },
  { prefix: 'react-dom', dir: ['react-dom', 'umd'], file: 'react-dom.production.min.js' },
  { prefix: 'graphiql', dir: ['graphiql'], file: 'graphiql.min.js' },
  { prefix: 'graphiql', dir: ['graphiql'], file: 'graphiql.min.css' },
];

/** URLs of the assets, for the IDE's page. */
export const graphiqlAssetUrl = (file: string): string => {
  const asset = ASSETS.find((a) => a.file === file);
  if (!asset) throw new Error(`No GraphiQL asset ${file}`);
  return `${GRAPHIQL_ASSETS_PREFIX}/${asset.prefix}/${asset.file}`;
};

/** Serves GraphiQL's scripts and styles from node_modules, so the IDE works offline. */
export async function mountGraphiqlAssets(app: NestFastifyApplication): Promise<void> {
  const require = createRequire(import.meta.url);
  const prefixes = [...new Set(ASSETS.map((a) => a.prefix))];
  for (const prefix of prefixes) {
    const files = ASSETS.filter((a) => a.prefix === prefix);
    const root = join(dirname(require.resolve(`${files[0].dir[0]}/package.json`)), ...files[0].dir.slice(1));
    await app.register(fastifyStatic, {
      root,
      prefix: `${GRAPHIQL_ASSETS_PREFIX}/${prefix}/`,
      decorateReply: false,
      index: false,
      wildcard: false,
      allowedPath: (pathName) => files.some((f) => pathName === `/${f.file}`),
      maxAge: '1h',
    });
  }
}
