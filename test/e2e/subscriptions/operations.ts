/** What the subscriptions scenarios send: the pairing board's subscription, and the write that makes its events. */
import { expect } from 'vitest';
import { graphql } from '../../support/system';
import { bearer, editorToken } from '../../support/tokens';

export const PAIRING = 'tongxiang-tiantai';

export const PROJECT_EVENTS = /* GraphQL */ `
  subscription PairingProjects($pairingKey: String) {
    zhejiangProjectChanged(pairingKey: $pairingKey) {
      kind
      project {
        key
        name
        pairing { key }
        cooperationProject { id title region }
        industryChain { code nameZh tianjin { firms { name } } }
      }
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation Register($input: ZhejiangRegisterProjectInput!) {
    zhejiangRegisterProject(input: $input) { project { key } }
  }
`;

let written = 0;
export async function registerProject(gatewayUrl: string, name: string): Promise<string> {
  const token = await editorToken('zhejiang', 'county:tongxiang');
  const answer = await graphql<{ zhejiangRegisterProject: { project: { key: string } } }>(
    gatewayUrl,
    REGISTER,
    {
      input: {
        idempotencyKey: `subscriptions-e2e-${Date.now()}-${++written}`,
        pairingKey: PAIRING,
        kind: 'production-base',
        name,
        summary: '订阅测试项目',
        hostAreaCode: '331023',
        chainCode: 'POWER_BATTERY',
        stage: 'SIGNED',
        milestone: { event: '签约', date: '2026-12-01' },
        firms: [],
      },
    },
    bearer(token),
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.zhejiangRegisterProject.project.key;
}

