/**
 * What every process of the system does at start and stop: validate its configuration (listing every
 * problem, exit code 2), start, and on SIGTERM/SIGINT close gracefully (exit 0, or 1 if closing fails).
 */
export type Startable<C> = { load(): { config: C; errors?: never } | { config?: never; errors: string[] }; start(config: C): Promise<{ close(): Promise<void> }> };

export async function runProcess<C>(name: string, program: Startable<C>): Promise<void> {
  const result = program.load();
  if (result.errors) {
    process.stderr.write(`${name}: invalid configuration\n${result.errors.map((e) => `  - ${e}`).join('\n')}\n`);
    process.exit(2);
  }
  const running = await program.start(result.config);
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
