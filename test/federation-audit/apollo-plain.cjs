// Plain @apollo/gateway on @apollo/server (the project's own copies), over node:http: nothing else.
// The baseline the project's gateway is compared with, suite by suite.
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const from = require('node:module').createRequire(path.join(process.env.PROJECT_ROOT, 'package.json'));
const { ApolloServer, HeaderMap } = from('@apollo/server');
const { ApolloGateway } = from('@apollo/gateway');

async function main() {
  const gateway = new ApolloGateway({ supergraphSdl: fs.readFileSync(process.env.SUPERGRAPH_PATH, 'utf8') });
  const server = new ApolloServer({ gateway });
  await server.start();
  const httpServer = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/health') return res.writeHead(200).end('OK');
    if (url.pathname !== '/graphql') return res.writeHead(404).end();
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const text = Buffer.concat(chunks).toString('utf8');
    let body = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {}
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    const result = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body }, context: async () => ({}) });
    res.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) res.setHeader(name, value);
    if (result.body.kind === 'complete') return res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  });
  httpServer.listen(Number(process.env.GATEWAY_PORT), '127.0.0.1');
  process.once('SIGTERM', () => {
    httpServer.close();
    httpServer.closeAllConnections();
    server.stop().finally(() => process.exit(0));
  });
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
