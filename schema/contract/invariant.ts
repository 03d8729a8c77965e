/** Asserts a programmer's assumption; a failure is a bug in our code, never a user error. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new Error(`Invariant violation: ${message}`);
  }
}
