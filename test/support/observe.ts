/** What end-to-end tests read off running processes: Prometheus metrics, and waiting for a condition. */

/** Every `coopgraph_*` series of a process's /metrics, by its full name with labels. */
export async function scrapeMetrics(graphqlUrl: string): Promise<Map<string, number>> {
  const text = await (await fetch(graphqlUrl.replace(/\/graphql$/, '/metrics'))).text();
  const values = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line.startsWith('coopgraph_')) continue;
    const at = line.lastIndexOf(' ');
    values.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return values;
}

/** Polls `probe` until it returns something other than undefined, and returns that. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The gateway's count of firm exports that ended with `status` and `outcome` (plugins/use-export.ts). */
export async function exportsCounted(gatewayUrl: string, status: number, outcome: string): Promise<number> {
  return (await scrapeMetrics(gatewayUrl)).get(`coopgraph_gateway_exports_total{status="${status}",outcome="${outcome}"}`) ?? 0;
}
