/**
 * The board's GraphQL: one fragment for a project as the board shows it, one for the firms of its
 * chain in every region (deferred), and the two queries that fill the page. A later subscription to
 * projects registered or progressing selects the same fragments, so its events drop into the same
 * list (use-pairing-board.ts).
 */
import { graphql } from '../gql';

export const PairingProjectFragment = graphql(`
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
`);

/**
 * The firms of a project's chain in every region, in pinyin order: the board's slowest part (the
 * cross-region list asks each region's directory and merges them), so the board asks for it
 * deferred (@defer): the projects show as soon as Zhejiang answers, and this arrives after them.
 */
export const PairingChainFirmsFragment = graphql(`
  fragment PairingChainFirms on ZhejiangProject {
    industryChain {
      code
      nameZh
      firms(orderBy: { field: NAME_PINYIN }, first: 5) {
        totalCount
        nodes {
          uscc
          name
          regions
        }
      }
    }
  }
`);

/** The pairings to choose from, and the programme's six tracks (六大赛道) every pairing works along. */
export const PairingBoardPairingsQuery = graphql(`
  query ZhejiangPairingBoardPairings {
    zhejiang {
      pairings {
        key
        name
        year
      }
      tracks {
        key
        order
        name
      }
    }
  }
`);

/** One pairing: its two counties and its projects; the firms of each project's chain deferred. */
export const PairingBoardQuery = graphql(`
  query ZhejiangPairingBoard($pairingKey: ID!) {
    zhejiang {
      pairing(key: $pairingKey) {
        key
        name
        year
        industrialCounty {
          key
          name
          areaCode
        }
        mountainCounty {
          key
          name
          areaCode
        }
        projects {
          ...PairingProject
          ...PairingChainFirms @defer(label: "chainFirms")
        }
      }
    }
  }
`);
