/**
 * The firms of a project's chain in every region (the cross-region list): the first five in pinyin
 * order, with the regions that record each, and how many in all. It comes in the board's deferred
 * part, so the card shows it as loading until that part arrives, and as missing if the answer ended
 * without it (the board lists the error above).
 */
import { getFragmentData, isFragmentReady } from '../gql';
import type { ProjectRef } from './board-state';
import { PairingBoardQuery, PairingChainFirmsFragment } from './documents';

const REGION_NAMES: Record<string, string> = { TIANJIN: '天津', YANGTZE: '长江流域', ZHEJIANG: '浙江' };

export function ChainFirms(props: { project: ProjectRef; settled: boolean }) {
  if (!isFragmentReady(PairingBoardQuery, PairingChainFirmsFragment, props.project)) {
    return (
      <section className="chain-firms" aria-busy={!props.settled} data-state={props.settled ? 'missing' : 'loading'}>
        <h4>同链企业 · 各地区</h4>
        <p className="pending">{props.settled ? '未能取得 Not available' : '加载中 Loading…'}</p>
      </section>
    );
  }
  const chain = getFragmentData(PairingChainFirmsFragment, props.project).industryChain;
  return (
    <section className="chain-firms" data-state="ready" data-chain={chain?.code}>
      <h4>同链企业 · 各地区{chain ? ` · ${chain.nameZh} ${chain.firms.totalCount} 家` : ''}</h4>
      {!chain ? (
        <p className="pending">项目未归入产业链 No chain</p>
      ) : chain.firms.nodes.length === 0 ? (
        <p className="pending">暂无 None</p>
      ) : (
        <ul>
          {chain.firms.nodes.map((firm) => (
            <li key={firm.uscc} data-uscc={firm.uscc}>
              {firm.name} <small>{firm.regions.map((r) => REGION_NAMES[r] ?? r).join('、')}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
