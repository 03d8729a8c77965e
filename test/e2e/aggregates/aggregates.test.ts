/**
 * Issue 3: aggregates for reports — counts and sums per region, chain and area, computed in each
 * region's database. Checked against the stated amounts (001, 004) and against the merged lists.
 */
import { describe, expect, inject, it } from 'vitest';
import { data } from '../../support/system';

const gateway = inject('gatewayUrl');

describe('cross-region aggregates', () => {
  it('sums project amounts in yuan per region, as the reports state them', async () => {
    const { aggregates } = await data<{ aggregates: { rows: Array<{ region: string; count: number; amountYuan: number }>; totals: { count: number; amountYuan: number } } }>(
      gateway,
      '{ aggregates(entity: PROJECT, groupBy: [REGION]) { rows { region count amountYuan } totals { count amountYuan } } }',
    );
    const byRegion = Object.fromEntries(aggregates.rows.map((r) => [r.region, r]));
    // Tianjin: 金西盟 6亿元 (001). Zhejiang: 环龙 15亿元 output + chemical matchmaking over 10亿元 (004).
    expect(byRegion.TIANJIN!.amountYuan).toBe(600_000_000);
    expect(byRegion.ZHEJIANG!.amountYuan).toBe(2_500_000_000);
    expect(aggregates.totals.amountYuan).toBe(3_100_000_000);

    // The counts agree with the merged list filtered by region.
    for (const region of ['TIANJIN', 'YANGTZE', 'ZHEJIANG']) {
      const list = await data<{ cooperationProjects: { totalCount: number } }>(gateway, `{ cooperationProjects(filter: { regions: [${region}] }) { totalCount } }`);
      expect(byRegion[region]?.count ?? 0).toBe(list.cooperationProjects.totalCount);
    }
  });

  it('counts member firms per region and chain', async () => {
    const { aggregates } = await data<{ aggregates: { rows: Array<{ region: string; chainCode: string; count: number }> } }>(gateway, '{ aggregates(entity: FIRM, groupBy: [REGION, CHAIN]) { rows { region chainCode count } } }');
    const count = (region: string, chain: string) => aggregates.rows.find((r) => r.region === region && r.chainCode === chain)?.count ?? 0;
    // In the battery chain by a sentence of their own (docs/dataset.md): 力神电池 by its name, 南开大学 by the
    // alliance's R&D passage; membership of the battery alliance alone places no firm there.
    const battery = await data<{ firms: { totalCount: number } }>(gateway, '{ firms(filter: { chainCode: "POWER_BATTERY", regions: [TIANJIN] }) { totalCount } }');
    expect(count('TIANJIN', 'POWER_BATTERY')).toBe(battery.firms.totalCount);
    expect(count('TIANJIN', 'POWER_BATTERY')).toBe(2);
    expect(count('ZHEJIANG', 'POWER_BATTERY')).toBe(1);
    // 上海交通大学's robot (stated) and 上海瑞尔实业, named in the robot alliance's passage.
    expect(count('YANGTZE', 'ROBOTICS')).toBe(2);
  });
});
