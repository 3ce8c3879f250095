// login/refresh/logout (accounts). Matched to api/schema.graphql by hand; not yet moved to codegen.
import { gql } from "urql";
import type { UserErrorLike } from "../lib/errors";

export interface TokenPayload {
  tokens?: { accessToken: string; refreshToken: string } | null;
  user?: { id: string; email?: string | null; name?: string | null; role?: string | null } | null;
  errors?: UserErrorLike[] | null;
}

export const LoginMutation = gql<{ login: TokenPayload }, { input: { email: string; password: string } }>`
  mutation AdminLogin($input: LoginInput!) {
    login(input: $input) {
      tokens { accessToken refreshToken }
      user { id email name role }
      errors { code message field }
    }
  }
`;

export const RefreshMutation = gql<{ refreshToken: TokenPayload }, { input: { refreshToken: string } }>`
  mutation AdminRefresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      tokens { accessToken refreshToken }
      errors { code message field }
    }
  }
`;

export const LogoutMutation = gql<{ logout: { errors?: UserErrorLike[] | null } }, { input: { refreshToken: string } }>`
  mutation AdminLogout($input: LogoutInput!) {
    logout(input: $input) { revokedSessions errors { code message field } }
  }
`;
