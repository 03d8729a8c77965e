/** The page: the pairings to choose from, and the chosen one's board. The choice lives in the address (?pairing=…), so a reload or a link shows the same board. */
import { useEffect, useState } from 'react';
import type { GatewayClient, Answer } from './api/gateway-client';
import type { ZhejiangPairingBoardPairingsQuery } from './gql/graphql';
import { PairingBoardPairingsQuery } from './pairing-board/documents';
import { PairingBoard } from './pairing-board/pairing-board';

const chosenInAddress = () => new URLSearchParams(location.search).get('pairing');

export function App(props: { client: GatewayClient }) {
  const [pairings, setPairings] = useState<Answer<ZhejiangPairingBoardPairingsQuery>>();
  const [chosen, setChosen] = useState(chosenInAddress);

  useEffect(() => {
    void props.client.request(PairingBoardPairingsQuery, {}).then(setPairings);
  }, [props.client]);
  useEffect(() => {
    const back = () => setChosen(chosenInAddress());
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);

  const choose = (key: string) => {
    history.pushState(null, '', `?pairing=${encodeURIComponent(key)}`);
    setChosen(key);
  };

  if (!pairings) return <p className="status">加载中 Loading…</p>;
  if (pairings.failure !== undefined) return <p className="status failure" role="alert">{pairings.failure}</p>;
  const { zhejiang } = pairings.data;
  const pairingKey = chosen ?? zhejiang.pairings[0]?.key;
  return (
    <div className="layout">
      <nav aria-label="结对联合体">
        <h1>山海协作 · 结对看板</h1>
        <ul>
          {zhejiang.pairings.map((p) => (
            <li key={p.key}>
              <button type="button" aria-current={p.key === pairingKey ? 'page' : undefined} onClick={() => choose(p.key)}>
                {p.name}
                <small>{p.year}</small>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main>{pairingKey ? <PairingBoard client={props.client} pairingKey={pairingKey} tracks={zhejiang.tracks} /> : <p className="status">没有结对联合体</p>}</main>
    </div>
  );
}
