/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment PairingProject on ZhejiangProject {\n    key\n    name\n    summary\n    kind\n    stage\n    status\n    localChainName\n    hostCounty {\n      key\n      name\n    }\n    figures {\n      metric\n      value\n      unit\n      qualifier\n      text\n      yuan\n    }\n    milestones {\n      event\n      date {\n        text\n        iso\n      }\n    }\n  }\n": typeof types.PairingProjectFragmentDoc,
    "\n  fragment PairingChainFirms on ZhejiangProject {\n    industryChain {\n      code\n      nameZh\n      firms(orderBy: { field: NAME_PINYIN }, first: 5) {\n        totalCount\n        nodes {\n          uscc\n          name\n          regions\n        }\n      }\n    }\n  }\n": typeof types.PairingChainFirmsFragmentDoc,
    "\n  query ZhejiangPairingBoardPairings {\n    zhejiang {\n      pairings {\n        key\n        name\n        year\n      }\n      tracks {\n        key\n        order\n        name\n      }\n    }\n  }\n": typeof types.ZhejiangPairingBoardPairingsDocument,
    "\n  query ZhejiangPairingBoard($pairingKey: ID!) {\n    zhejiang {\n      pairing(key: $pairingKey) {\n        key\n        name\n        year\n        industrialCounty {\n          key\n          name\n          areaCode\n        }\n        mountainCounty {\n          key\n          name\n          areaCode\n        }\n        projects {\n          ...PairingProject\n          ...PairingChainFirms @defer(label: \"chainFirms\")\n        }\n      }\n    }\n  }\n": typeof types.ZhejiangPairingBoardDocument,
};
const documents: Documents = {
    "\n  fragment PairingProject on ZhejiangProject {\n    key\n    name\n    summary\n    kind\n    stage\n    status\n    localChainName\n    hostCounty {\n      key\n      name\n    }\n    figures {\n      metric\n      value\n      unit\n      qualifier\n      text\n      yuan\n    }\n    milestones {\n      event\n      date {\n        text\n        iso\n      }\n    }\n  }\n": types.PairingProjectFragmentDoc,
    "\n  fragment PairingChainFirms on ZhejiangProject {\n    industryChain {\n      code\n      nameZh\n      firms(orderBy: { field: NAME_PINYIN }, first: 5) {\n        totalCount\n        nodes {\n          uscc\n          name\n          regions\n        }\n      }\n    }\n  }\n": types.PairingChainFirmsFragmentDoc,
    "\n  query ZhejiangPairingBoardPairings {\n    zhejiang {\n      pairings {\n        key\n        name\n        year\n      }\n      tracks {\n        key\n        order\n        name\n      }\n    }\n  }\n": types.ZhejiangPairingBoardPairingsDocument,
    "\n  query ZhejiangPairingBoard($pairingKey: ID!) {\n    zhejiang {\n      pairing(key: $pairingKey) {\n        key\n        name\n        year\n        industrialCounty {\n          key\n          name\n          areaCode\n        }\n        mountainCounty {\n          key\n          name\n          areaCode\n        }\n        projects {\n          ...PairingProject\n          ...PairingChainFirms @defer(label: \"chainFirms\")\n        }\n      }\n    }\n  }\n": types.ZhejiangPairingBoardDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairingProject on ZhejiangProject {\n    key\n    name\n    summary\n    kind\n    stage\n    status\n    localChainName\n    hostCounty {\n      key\n      name\n    }\n    figures {\n      metric\n      value\n      unit\n      qualifier\n      text\n      yuan\n    }\n    milestones {\n      event\n      date {\n        text\n        iso\n      }\n    }\n  }\n"): typeof import('./graphql').PairingProjectFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PairingChainFirms on ZhejiangProject {\n    industryChain {\n      code\n      nameZh\n      firms(orderBy: { field: NAME_PINYIN }, first: 5) {\n        totalCount\n        nodes {\n          uscc\n          name\n          regions\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PairingChainFirmsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZhejiangPairingBoardPairings {\n    zhejiang {\n      pairings {\n        key\n        name\n        year\n      }\n      tracks {\n        key\n        order\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ZhejiangPairingBoardPairingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ZhejiangPairingBoard($pairingKey: ID!) {\n    zhejiang {\n      pairing(key: $pairingKey) {\n        key\n        name\n        year\n        industrialCounty {\n          key\n          name\n          areaCode\n        }\n        mountainCounty {\n          key\n          name\n          areaCode\n        }\n        projects {\n          ...PairingProject\n          ...PairingChainFirms @defer(label: \"chainFirms\")\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ZhejiangPairingBoardDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
