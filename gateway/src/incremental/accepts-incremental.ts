/**
 * Whether a client takes an answer in parts: its Accept header lists `multipart/mixed` with
 * `deferSpec=20220824` (Apollo Client, Apollo Router's clients) or with no spec at all (GraphiQL),
 * at a non-zero quality. A client asking only for another incremental format (`incrementalSpec=v0.2`)
 * gets the whole answer in one response, as does any other.
 */
export const DEFER_SPEC = '20220824';

export function acceptsIncremental(accept: string | null | undefined): boolean {
  if (!accept) return false;
  for (const range of accept.split(',')) {
    const [type, ...parameters] = range.split(';').map((part) => part.trim());
    if (type?.toLowerCase() !== 'multipart/mixed') continue;
    const params = new Map(parameters.map((p) => p.split('=').map((s) => s.trim().replace(/^"|"$/g, '')) as [string, string | undefined]).map(([k, v]) => [k.toLowerCase(), v ?? '']));
    if (params.has('q') && !(Number(params.get('q')) > 0)) continue;
    const spec = params.get('deferspec');
    if (spec === DEFER_SPEC || (spec === undefined && !params.has('incrementalspec'))) return true;
  }
  return false;
}
