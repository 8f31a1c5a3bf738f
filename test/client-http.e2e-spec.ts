import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ExtraApi, startExtraApi, testEnv } from '#testing';

const ALLOWED = 'https://app.example.test';
const OTHER = 'https://elsewhere.example.test';

const preflight = (url: string, origin: string): Promise<Response> =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
  });

const browserGet = (url: string, path: string): Promise<Response> => fetch(`${url}${path}`, { headers: { accept: 'text/html' } });

describe('browser clients: CORS allow-list and the GraphQL IDE', () => {
  let production: ExtraApi;
  const suiteUrl = () => testEnv().WAYPOINT_TEST_API_URL!;

  beforeAll(async () => {
    production = await startExtraApi('clients-production', {
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(48).toString('base64'),
      CORS_ORIGINS: ALLOWED,
      GRAPHQL_IDE: undefined,
    });
  });
  afterAll(async () => {
    await production?.stop();
  });

  it('answers a preflight from an allowed origin with that origin and the headers a client sends', async () => {
    const response = await preflight(production.url, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('does not allow a preflight, nor a request, from another origin', async () => {
    const response = await preflight(production.url, OTHER);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { origin: OTHER, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves GraphiQL at GET /graphql outside production, with every asset from the api itself', async () => {
    const page = await browserGet(suiteUrl(), '/graphql');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    // Offline: nothing is loaded from another host.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(assets).toHaveLength(4);
    for (const asset of assets) {
      const response = await fetch(`${suiteUrl()}${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.css') ? /text\/css/ : /javascript/);
      expect((await response.text()).length).toBeGreaterThan(1000);
    }
  });

  it('serves only the files GraphiQL needs from those packages', async () => {
    for (const path of [
      '/graphiql/react/react.development.js',
      '/graphiql/graphiql/package.json',
      '/graphiql/graphiql/../react/umd/react.production.min.js',
    ]) {
      expect((await fetch(`${suiteUrl()}${path}`)).status).toBeGreaterThanOrEqual(400);
    }
  });

  it('serves no IDE in production: GET /graphql is a plain GraphQL request, and no assets', async () => {
    const page = await browserGet(production.url, '/graphql');
    expect(page.headers.get('content-type')).not.toMatch(/text\/html/);
    expect(await page.text()).not.toContain('GraphiQL');
    expect((await fetch(`${production.url}/graphiql/graphiql/graphiql.min.js`)).status).toBe(404);
  });
});
