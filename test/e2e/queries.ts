/** Operations more than one scenario sends. */

/** Firm 360: one firm from every subgraph. */
export const FIRM_360 = /* GraphQL */ `
  query Firm360($uscc: ID!) {
    firm(uscc: $uscc) {
      uscc
      name
      originalNames
      sampleCode
      regions
      area { code fullName }
      tianjin {
        firm { name originalName provenance { source } }
        memberships { alliance { name } }
        cooperations { title }
        subsidiaries { name adminArea { fullName } }
      }
      yangtze { hostZones { name isFounder } }
      zhejiang { firm { name } projects { key } }
    }
  }
`;
