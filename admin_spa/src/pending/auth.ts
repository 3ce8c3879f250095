// PENDING (not yet in api/schema.graphql): the accounts engineer's login/refresh/logout mutations.
// Untyped until they exist; move into src/ops/ as graphql(...) calls once they do.
import { gql } from "urql";
import type { UserErrorLike } from "../lib/errors";

export interface TokenPayload {
  accessToken?: string | null;
  refreshToken?: string | null;
  user?: { id: string; email?: string | null; name?: string | null; role?: string | null } | null;
  errors?: UserErrorLike[] | null;
}

export const LoginMutation = gql<{ login: TokenPayload }, { input: { email: string; password: string } }>`
  mutation AdminLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      user { id email name role }
      errors { code message field }
    }
  }
`;

export const RefreshMutation = gql<{ refreshToken: TokenPayload }, { input: { refreshToken: string } }>`
  mutation AdminRefresh($input: RefreshTokenInput!) {
    refreshToken(input: $input) {
      accessToken
      refreshToken
      errors { code message field }
    }
  }
`;

export const LogoutMutation = gql<{ logout: { errors?: UserErrorLike[] | null } }, { input: { refreshToken: string } }>`
  mutation AdminLogout($input: LogoutInput!) {
    logout(input: $input) { errors { code message field } }
  }
`;
