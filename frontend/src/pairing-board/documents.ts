/**
 * The board's GraphQL: one fragment for a project as the board shows it, and the two queries that
 * fill the page. A later subscription to projects registered or progressing selects the same
 * fragment, so its events drop into the same list (use-pairing-board.ts).
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

/** One pairing: its two counties and its projects. */
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
        }
      }
    }
  }
`);
