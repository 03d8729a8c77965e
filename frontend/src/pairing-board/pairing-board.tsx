/** One pairing's board: its two counties, the tracks it works along, and its projects. */
import type { ZhejiangPairingBoardPairingsQuery } from '../gql/graphql';
import type { GatewayClient } from '../api/gateway-client';
import { projectKey } from './board-state';
import { ProjectCard } from './project-card';
import { usePairingBoard } from './use-pairing-board';

type Track = ZhejiangPairingBoardPairingsQuery['zhejiang']['tracks'][number];

export function PairingBoard(props: { client: GatewayClient; pairingKey: string; tracks: readonly Track[] }) {
  const { state } = usePairingBoard(props.client, props.pairingKey);
  if (state.status === 'loading') return <p className="status">加载中 Loading…</p>;
  if (state.status === 'failed') return <p className="status failure" role="alert">{state.failure}</p>;
  if (state.status === 'not-found') return <p className="status failure" role="alert">没有结对联合体 {state.pairingKey}</p>;
  const { pairing, projects, errors, settled } = state;
  return (
    <section className="board" aria-labelledby="pairing-name">
      <header>
        <h2 id="pairing-name">{pairing.name}</h2>
        <p className="counties">
          <span title={pairing.industrialCounty.areaCode}>工业大县 {pairing.industrialCounty.name}</span>
          <span aria-hidden="true"> ⇄ </span>
          <span title={pairing.mountainCounty.areaCode}>山区县 {pairing.mountainCounty.name}</span>
          <span className="year"> · {pairing.year} 年结对</span>
        </p>
        <ol className="tracks" aria-label="六大赛道">
          <li className="caption">六大赛道</li>
          {props.tracks.map((t) => (
            <li key={t.key}>{t.name}</li>
          ))}
        </ol>
      </header>
      {errors.length ? (
        <p className="status warning" role="status">
          {errors.map((e) => e.message).join(' · ')}
        </p>
      ) : null}
      <h3 className="count">合作项目 {projects.length} 个</h3>
      <div className="projects">
        {projects.map((p) => (
          <ProjectCard key={projectKey(p)} project={p} settled={settled} />
        ))}
      </div>
    </section>
  );
}
