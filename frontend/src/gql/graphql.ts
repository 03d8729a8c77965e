/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 区域 — a region whose cooperation data the API serves. */
export type Region =
  /** 天津 — Tianjin (parks, alliances and chains of Tianjin). */
  | 'TIANJIN'
  /** 长江流域 — the Yangtze River park cooperation alliance. */
  | 'YANGTZE'
  /** 浙江 — Zhejiang (pairings of industrial and mountain counties). */
  | 'ZHEJIANG';

export type PairingProjectFragment = { key: string, name: string | null, summary: string, kind: string, stage: string, status: string | null, localChainName: string | null, hostCounty: { key: string, name: string } | null, figures: Array<{ metric: string, value: number, unit: string | null, qualifier: string | null, text: string | null, yuan: number | null }>, milestones: Array<{ event: string, date: { text: string, iso: string | null } }> } & { ' $fragmentName'?: 'PairingProjectFragment' };

export type PairingChainFirmsFragment = { industryChain: { code: string, nameZh: string, firms: { totalCount: number, nodes: Array<{ uscc: string, name: string, regions: Array<Region> }> } } | null } & { ' $fragmentName'?: 'PairingChainFirmsFragment' };

export type ZhejiangPairingBoardPairingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ZhejiangPairingBoardPairingsQuery = { zhejiang: { pairings: Array<{ key: string, name: string, year: number }>, tracks: Array<{ key: string, order: number, name: string }> } };

export type ZhejiangPairingBoardQueryVariables = Exact<{
  pairingKey: string | number;
}>;


export type ZhejiangPairingBoardQuery = { zhejiang: { pairing: { key: string, name: string, year: number, industrialCounty: { key: string, name: string, areaCode: string }, mountainCounty: { key: string, name: string, areaCode: string }, projects: Array<{ ' $fragmentRefs'?: { 'PairingProjectFragment': PairingProjectFragment } } & { ' $fragmentRefs'?: { 'PairingChainFirmsFragment': Incremental<PairingChainFirmsFragment> } }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PairingProjectFragmentDoc = new TypedDocumentString(`
    fragment PairingProject on ZhejiangProject {
  key
  name
  summary
  kind
  stage
  status
  localChainName
  hostCounty {
    key
    name
  }
  figures {
    metric
    value
    unit
    qualifier
    text
    yuan
  }
  milestones {
    event
    date {
      text
      iso
    }
  }
}
    `, {"fragmentName":"PairingProject"}) as unknown as TypedDocumentString<PairingProjectFragment, unknown>;
export const PairingChainFirmsFragmentDoc = new TypedDocumentString(`
    fragment PairingChainFirms on ZhejiangProject {
  industryChain {
    code
    nameZh
    firms(orderBy: {field: NAME_PINYIN}, first: 5) {
      totalCount
      nodes {
        uscc
        name
        regions
      }
    }
  }
}
    `, {"fragmentName":"PairingChainFirms"}) as unknown as TypedDocumentString<PairingChainFirmsFragment, unknown>;
export const ZhejiangPairingBoardPairingsDocument = {"__meta__":{"hash":"f7292572a8e92306c402f27e0956ea7089c422105c52155ccbd5f4da2c8bd150"}} as unknown as TypedDocumentString<ZhejiangPairingBoardPairingsQuery, ZhejiangPairingBoardPairingsQueryVariables>;
export const ZhejiangPairingBoardDocument = {"__meta__":{"hash":"b82156cc97d76fd47910ce893139c2ac32c90b96c8ab2e23fc41d92e73d662b6","deferredFields":{"PairingChainFirms":["industryChain"]}}} as unknown as TypedDocumentString<ZhejiangPairingBoardQuery, ZhejiangPairingBoardQueryVariables>;