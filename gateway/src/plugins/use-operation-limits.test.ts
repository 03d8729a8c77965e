import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../config';
import { fixFor } from './use-operation-limits';

describe('how to get under a limit', () => {
  const limits = loadGatewayConfig({}).config!.limits;

  it('tells a caller over the standard cost budget what to trim, and of the reporting budget', () => {
    const fix = fixFor('cost', 'analyst', limits);
    expect(fix).toMatch(/fewer fields or fewer nested levels, a smaller `first`.*split the operation/);
    expect(fix).toContain(`reporting jobs (role reporting, \`coopgraph report\`) have a budget of ${limits.reportingCostLimit}`);
  });

  it('does not send a reporting job to the budget it already has', () => {
    expect(fixFor('cost', 'reporting', limits)).not.toMatch(/reporting/);
  });

  it.each(['depth', 'aliases', 'directives', 'tokens'])('says what to do about %s', (limit) => {
    expect(fixFor(limit, 'anonymous', limits)).not.toBe(fixFor('complexity', 'anonymous', limits));
  });
});
