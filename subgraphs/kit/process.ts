/**
 * What every process of the system does at start and stop: validate its configuration (listing every
 * problem, exit code 2), start (a failure to start is one line and exit code 1), and on SIGTERM/SIGINT
 * close gracefully (exit 0, or 1 if closing fails).
 */
export type Startable<C> = { load(): { config: C; errors?: never } | { config?: never; errors: string[] }; start(config: C): Promise<{ close(): Promise<void> }> };

export async function runProcess<C>(name: string, program: Startable<C>): Promise<void> {
  const result = program.load();
  if (result.errors) {
    process.stderr.write(`${name}: invalid configuration\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(2);
  }
  let running: { close(): Promise<void> };
  try {
    running = await program.start(result.config);
  } catch (error) {
    // A dependency that cannot be reached at start (a database, Redis): one clear line, exit 1.
    process.stderr.write(`${name}: could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.LOG_LEVEL === 'debug' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  }
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
