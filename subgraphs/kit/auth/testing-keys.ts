/**
 * One set of identity keys for everything a test process starts (regions, the cross-region layer,
 * gateways, whole systems), as one deployment has: fresh per process, never written anywhere.
 */
import { generateIdentityKeyEnv, loadIdentityKeys, type SigningKey, type TrustedKeys } from './identity-keys';

export const TEST_IDENTITY_KEY_ENV: Readonly<Record<string, string>> = generateIdentityKeyEnv();

const load = (role: Parameters<typeof loadIdentityKeys>[1]) => loadIdentityKeys(TEST_IDENTITY_KEY_ENV, role, true, []);

/** What the test gateway signs with: tests sign as the gateway with it. */
export const TEST_GATEWAY_KEY: SigningKey = load({ signs: 'gateway', trusts: [] }).signing!;
export const TEST_CROSSREGION_KEY: SigningKey = load({ signs: 'crossregion', trusts: [] }).signing!;
/** What a region trusts. */
export const TEST_TRUSTED_KEYS: TrustedKeys = load({ trusts: ['gateway', 'crossregion'] }).trusted;
