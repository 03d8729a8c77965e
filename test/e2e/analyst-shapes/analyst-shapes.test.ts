/**
 * Issue 27: what an analyst asks in one query. Every area code is also an AdminArea with its name;
 * lists take their obvious filters; a figure carries its year; one programme is one object; a scope
 * leads to the record it is (a pairing), and back.
 */
import { describe, expect, inject, it } from 'vitest';
import { data, graphql } from '../../support/system';

const gateway = inject('gatewayUrl');

describe('an analyst\'s questions, each in one query', () => {
  it('names the place of every area code: events, alliances, applications, founding places', async () => {
    const { tianjin, yangtze } = await data<{
      tianjin: { events: Array<{ areaCode: string; adminArea: { name: string } }>; alliances: Array<{ key: string; adminArea: { name: string } }>; membershipApplications: Array<{ applicantArea: { name: string } }> };
      yangtze: { parkAlliance: { foundedArea: { name: string } }; events: Array<{ areaCode: string | null; adminArea: { name: string } | null }> };
    }>(
      gateway,
      `{ tianjin { events { areaCode adminArea { name } } alliances { key adminArea { name } } membershipApplications { applicantArea { name } } }
         yangtze { parkAlliance { foundedArea { name } } events { areaCode adminArea { name } } } }`,
    );
    for (const e of tianjin.events) expect(e.adminArea.name).toBeTruthy();
    expect(tianjin.alliances.find((a) => a.key === 'new-energy-battery-talent-alliance')!.adminArea.name).toBe('南开区');
    expect(tianjin.membershipApplications.map((a) => a.applicantArea.name).sort()).toEqual(['东丽区', '武清区']);
    expect(yangtze.parkAlliance.foundedArea.name).toBe('上海市');
    for (const e of yangtze.events) if (e.areaCode) expect(e.adminArea!.name).toBeTruthy();
  });

  it('filters Tianjin\'s alliances by park, area and chain', async () => {
    const keys = async (args: string) => (await data<{ tianjin: { alliances: Array<{ key: string }> } }>(gateway, `{ tianjin { alliances(${args}) { key } } }`)).tianjin.alliances.map((a) => a.key);
    expect(await keys('parkKey: "binhai-zgc-science-park"')).toEqual(['shuangtan-alliance']);
    expect(await keys('parkKey: "teda"')).toEqual(['shuangtan-alliance']);
    expect(await keys('areaCode: "120104"')).toEqual(['new-energy-battery-talent-alliance']);
    expect(await keys('chainCode: "POWER_BATTERY"')).toEqual(['new-energy-battery-talent-alliance']);
    const bad = await graphql(gateway, '{ tianjin { alliances(areaCode: "999999") { key } } }');
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'areaCode' });
  });

  it('gives a figure its year as a field, and the programme as one object', async () => {
    const { zhejiang } = await data<{ zhejiang: { pairingProgramme: { key: string }; projects: Array<{ key: string; figures: Array<{ metric: string; year: number | null }> }> } }>(
      gateway,
      '{ zhejiang { pairingProgramme { key } projects(chainCode: "CHEMICALS") { key figures { metric year } } } }',
    );
    expect(zhejiang.pairingProgramme.key).toBe('zj-manufacturing-pairing-2023-2025');
    expect(zhejiang.projects.map((p) => p.key)).toEqual(['nanhu-suichang-chemical-matchmaking']);
    expect(zhejiang.projects[0]!.figures).toContainEqual({ metric: '企业合作项目金额', year: 2023 });
  });

  it('leads from a scope to the pairing it is, and from the pairing to its scope', async () => {
    const { scopes } = await data<{ scopes: Array<{ id: string; zhejiang: { pairing: { key: string; name: string } | null } | null; tianjin: unknown }> }>(
      gateway,
      '{ scopes(kinds: ["PAIRING"], regions: [ZHEJIANG]) { id zhejiang { pairing { key name } } tianjin { park { key } } } }',
    );
    const pairing = scopes.find((s) => s.id === 'zhejiang:pairing:tongxiang-tiantai')!;
    expect(pairing.zhejiang!.pairing).toEqual({ key: 'tongxiang-tiantai', name: '桐乡市—天台县' });
    expect(pairing.tianjin).toBeNull();
    const back = await data<{ zhejiang: { pairing: { scope: { id: string; memberCount: number } } } }>(gateway, '{ zhejiang { pairing(key: "tongxiang-tiantai") { scope { id memberCount } } } }');
    expect(back.zhejiang.pairing.scope.id).toBe('zhejiang:pairing:tongxiang-tiantai');
  });
});
