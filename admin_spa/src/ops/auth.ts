import { graphql } from "../gql";

export const LoginMutation = graphql(`
  mutation AdminLogin($input: LoginInput!) {
    login(input: $input) {
      tokens { accessToken refreshToken }
      user { id email name role }
      errors { code message field }
    }
  }
`);

export const RefreshMutation = graphql(`
  mutation AdminRefresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      tokens { accessToken refreshToken }
      errors { code message field }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation AdminLogout($input: LogoutInput!) {
    logout(input: $input) { revokedSessions errors { code message field } }
  }
`);
