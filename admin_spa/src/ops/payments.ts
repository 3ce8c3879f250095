// Top-ups the payment gateway contradicts: the reconciliation view, and sandbox checkout links.
import { graphql } from "../gql";

export const TopUpReconciliationQuery = graphql(`
  query AdminTopUpReconciliation($first: Int!) {
    topUpReconciliation(first: $first) {
      userId gatewayState gatewayTime flag flaggedAt
      topUp { id status amount { amount currency } method provider createdAt completedAt failureReason }
      events { eventId type gatewayTime sequence receivedAt outcome error }
    }
  }
`);

export const SandboxCheckoutLinkMutation = graphql(`
  mutation AdminSandboxCheckoutLink($input: CreateSandboxCheckoutLinkInput!) {
    createSandboxCheckoutLink(input: $input) { url expiresAt errors { code message field } }
  }
`);

export const ReverseTopUpCreditMutation = graphql(`
  mutation AdminReverseTopUpCredit($input: ReverseTopUpCreditInput!) {
    reverseTopUpCredit(input: $input) { topUp { id status failureReason } errors { code message field } }
  }
`);
