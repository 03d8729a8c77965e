import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildVariables } from './variables';

const definitions = (parse(`query(
  $code: ID!, $first: Int = 20, $min: Float, $open: Boolean, $regions: [Region!], $filter: ProjectFilter, $entity: AggregateEntity, $after: String
) { a }`).definitions[0] as OperationDefinitionNode).variableDefinitions!;

const reserved = new Map([['after', 'the cursor']]);

describe('--var values', () => {
  it('reads each by its declared type', () => {
    expect(
      buildVariables(
        definitions,
        [['code', '120116'], ['first', '5'], ['min', '1e8'], ['open', 'true'], ['regions', 'TIANJIN,ZHEJIANG'], ['filter', '{"chainCode":"POWER_BATTERY"}'], ['entity', 'PROJECT']],
        { reserved },
      ),
    ).toEqual({
      variables: { code: '120116', first: 5, min: 100_000_000, open: true, regions: ['TIANJIN', 'ZHEJIANG'], filter: { chainCode: 'POWER_BATTERY' }, entity: 'PROJECT' },
    });
    expect(buildVariables(definitions, [['code', 'x'], ['regions', '["YANGTZE"]']], { reserved })).toEqual({ variables: { code: 'x', regions: ['YANGTZE'] } });
  });

  it('lists every problem: wrong type, unknown or reserved variable, missing required one', () => {
    expect(buildVariables(definitions, [['first', '2.5'], ['open', 'yes'], ['nope', '1'], ['after', 'abc']], { reserved })).toEqual({
      errors: [
        '--var first=2.5: not an integer',
        '--var open=yes: use true or false',
        expect.stringContaining('--var nope: the report declares no variable $nope'),
        '--var after: $after is set by the exporter (the cursor)',
        'the report needs --var code=<value> ($code has no default)',
      ],
    });
  });
});
