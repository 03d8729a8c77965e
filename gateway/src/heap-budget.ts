/**
 * The gateway's V8 heap budget: `node --max-old-space-size`, with the young generation's
 * semi-spaces fixed at 16 MB. Only the command that starts node can set it (V8 sizes its heap
 * before any of our code runs), so every launcher passes `gatewayNodeArgs`, and the gateway warns
 * at start when it runs without it (heapBudgetGiven).
 *
 * Why a budget: left to itself V8 sizes the old space from the machine's memory (4,144 MB on a
 * 24 GiB machine) and, under load, lets garbage pile up long before collecting it. In the
 * benchmark the gateway sat near 300 MB resident; with a budget of 192, 256 or 512 MB it stayed
 * under 175 MB on every workload, and at 512 MB with no more CPU per request (bench/README.md,
 * Heap budget). 512 MB leaves room for the bounded caches (the in-memory store, Apollo's document
 * and query-plan caches) at their fullest.
 */
export const DEFAULT_GATEWAY_HEAP_MB = 512;
/**
 * Semi-spaces of the young generation as Node 20 and 22 size them, where the budget was measured.
 * Node 24 sizes them at 64 MB: with the old-space budget alone a Node 24 gateway peaked at 281 MB
 * resident on W2 and W4 of the benchmark, with 16 MB semi-spaces at 206 MB, at the same CPU per request.
 */
export const GATEWAY_SEMI_SPACE_MB = 16;
/** The smallest budget measured: the gateway ran every benchmark workload within it (bench/README.md). */
export const MIN_GATEWAY_HEAP_MB = 192;
const MAX_GATEWAY_HEAP_MB = 65_536;

export type HeapBudgetResult = { mb: number; error?: never } | { mb?: never; error: string };

/** GATEWAY_HEAP_MB, validated. */
export function gatewayHeapMb(env: NodeJS.ProcessEnv = process.env): HeapBudgetResult {
  const text = env.GATEWAY_HEAP_MB;
  if (text === undefined || text === '') return { mb: DEFAULT_GATEWAY_HEAP_MB };
  const mb = Number(text);
  if (!Number.isInteger(mb) || mb < MIN_GATEWAY_HEAP_MB || mb > MAX_GATEWAY_HEAP_MB) {
    return { error: `GATEWAY_HEAP_MB must be a whole number of MB from ${MIN_GATEWAY_HEAP_MB} to ${MAX_GATEWAY_HEAP_MB}, got "${text}"` };
  }
  return { mb };
}

/**
 * The options for node itself that give a gateway process its budget. None for an invalid
 * GATEWAY_HEAP_MB: the gateway's configuration check then refuses to start, naming it.
 */
export function gatewayNodeArgs(env: NodeJS.ProcessEnv = process.env): string[] {
  const budget = gatewayHeapMb(env);
  return budget.error === undefined ? [`--max-old-space-size=${budget.mb}`, `--max-semi-space-size=${GATEWAY_SEMI_SPACE_MB}`] : [];
}

/**
 * The old-space budget node was started with, in MB: the last --max-old-space-size (or
 * --max_old_space_size) of NODE_OPTIONS and then of node's own options, as node reads them.
 * Read from the options, not from V8's heap limit: that adds the young generation, whose size
 * differs between Node versions (48 MB on Node 20 and 22, 192 MB on Node 24).
 */
export function heapBudgetGiven(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): number | undefined {
  const options = [...(nodeOptions ?? '').split(/\s+/), ...execArgv];
  let given: number | undefined;
  options.forEach((option, i) => {
    // `--max-old-space-size=512`, or the value as the next option.
    const match = /^--max[-_]old[-_]space[-_]size(?:=(\d+))?$/.exec(option);
    const value = match && (match[1] ?? options[i + 1]);
    if (value && /^\d+$/.test(value)) given = Number(value);
  });
  return given;
}
