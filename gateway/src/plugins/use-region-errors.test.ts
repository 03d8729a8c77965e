import { describe, expect, it } from 'vitest';
import { CoopError } from '../../../schema/contract/errors';
import { regionError } from './use-region-errors';

describe('a region named in an error', () => {
  it('is spelt as the Region enum, whether the gateway or the cross-region layer names it', () => {
    expect(regionError({ message: 'connect ECONNREFUSED 127.0.0.1:4103', extensions: { serviceName: 'zhejiang', code: 'INTERNAL_SERVER_ERROR' } }).extensions).toEqual({ code: 'REGION_UNAVAILABLE', region: 'ZHEJIANG' });
    expect(regionError({ message: 'bad', extensions: { serviceName: 'tianjin', code: 'BAD_USER_INPUT' } }).extensions).toEqual({ code: 'BAD_USER_INPUT', region: 'TIANJIN' });
    expect(CoopError.regionUnavailable('yangtze', 'timeout').extensions).toEqual({ code: 'REGION_TIMEOUT', region: 'YANGTZE' });
  });
});
