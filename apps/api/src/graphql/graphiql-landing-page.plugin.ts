import type { ApolloServerPlugin } from '@apollo/server';
import { graphiqlAssetUrl } from '../http/graphiql-assets.util.js';

/** GraphiQL's page: scripts from this api (see graphiql-assets.util.ts), queries to `endpoint`. */
export function graphiqlHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Waypoint GraphiQL</title>
<link rel="stylesheet" href="${graphiqlAssetUrl('graphiql.min.css')}">
<style>body { margin: 0; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${graphiqlAssetUrl('react.production.min.js')}"></script>
<script src="${graphiqlAssetUrl('react-dom.production.min.js')}"></script>
<script src="${graphiqlAssetUrl('graphiql.min.js')}"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, isHeadersEditorEnabled: true, shouldPersistHeaders: false }),
  );
</script>
</body>
</html>
`;
}

/** Apollo answers a browser's GET of the endpoint with GraphiQL instead of a CSRF error. */
export function graphiqlLandingPagePlugin(endpoint: string): ApolloServerPlugin {
  const html = graphiqlHtml(endpoint);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
