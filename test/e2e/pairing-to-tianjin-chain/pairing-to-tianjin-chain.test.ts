/**
 * Issue 2, scenario 3: a Zhejiang pairing with its projects, joined through the chain to Tianjin's
 * firms in the same chain. 南湖 and 遂昌 (004): the fund investments in 遂昌's 宇恒电池 lead, through
 * the power-battery chain, to the members of Nankai's battery alliance (003).
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';

const gateway = inject('gatewayUrl');

const PAIRING = /* GraphQL */ `
  {
    zhejiang {
      pairing(key: "nanhu-suichang") {
        name
        industrialCounty { name }
        mountainCounty { name adminArea { code name } }
        projects {
          key
          stage
          cooperationProject { id region title }
          firms {
            name
            profile { uscc regions }
            industryChain { code nameZh tianjin { firms { name profile { regions } } } }
          }
        }
      }
    }
  }
`;

describe('a Zhejiang pairing joined to Tianjin through the chain', () => {
  it('walks pairing → projects → firms → chain → Tianjin firms in one query', async () => {
    const { zhejiang } = await data<{ zhejiang: { pairing: any } }>(gateway, PAIRING);
    const pairing = zhejiang.pairing;
    expect(pairing).toMatchObject({ name: '南湖区—遂昌县', industrialCounty: { name: '南湖区' }, mountainCounty: { name: '遂昌县', adminArea: { code: '331123', name: '遂昌县' } } });

    const investment = pairing.projects.find((p: any) => p.key === 'nanhu-suichang-fund-investments');
    expect(investment.cooperationProject).toMatchObject({ id: 'zhejiang:project:nanhu-suichang-fund-investments', region: 'ZHEJIANG' });
    const battery = investment.firms.find((f: any) => f.name === '宇恒电池');
    expect(battery.profile.regions).toEqual(['ZHEJIANG']);
    expect(battery.industryChain).toMatchObject({ code: 'POWER_BATTERY', nameZh: '新能源电池' });
    const tianjinFirms = battery.industryChain.tianjin.firms;
    expect(tianjinFirms.map((f: any) => f.name)).toContain('天津力神电池股份有限公司');
    for (const firm of tianjinFirms) expect(firm.profile.regions).toEqual(['TIANJIN']);
  });
});
