import { graphql } from "../gql";

export const PlatformQuery = graphql(`
  query AdminPlatform {
    platform { name version environment currency }
  }
`);
