/** Whole numbers read from the environment, as every process's configuration reads them. */

/** A whole number from 0 to `max` in `name`, or `fallback` when unset; anything else is listed in `errors`. */
export function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, errors: string[], max = Number.MAX_SAFE_INTEGER): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    errors.push(`${name} must be a whole number between 0 and ${max}, got "${text}"`);
    return fallback;
  }
  return value;
}
