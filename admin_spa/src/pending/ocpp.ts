// PENDING: outbound OCPP commands and the OCPP message log.
import { gql } from "urql";
import type { Conn, UserError } from "./types";

export interface OcppCommand {
  id: string; chargePointId: string; action: string; status: string; request: unknown; response?: unknown;
  error?: string | null; sentAt: string; answeredAt?: string | null; sentBy?: { id: string; email?: string | null } | null;
}
const CMD = `id chargePointId action status request response error sentAt answeredAt sentBy { id email }`;

export const SendOcppCommandMutation = gql<{ sendOcppCommand: { command?: OcppCommand | null; errors: UserError[] } }, { input: { chargePointId: string; action: string; payload: unknown } }>(`
  mutation AdminSendOcppCommand($input: SendOcppCommandInput!) {
    sendOcppCommand(input: $input) { command { ${CMD} } errors { code message field } }
  }
`);

export const OcppCommandsQuery = gql<{ ocppCommands: Conn<OcppCommand> }, { chargePointId?: string | null; first: number; after?: string | null }>(`
  query AdminOcppCommands($chargePointId: String, $first: Int, $after: String) {
    ocppCommands(chargePointId: $chargePointId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ${CMD} }
    }
  }
`);

export interface OcppMessage {
  id: string; chargePointId: string; direction: string; messageType: string; action?: string | null;
  uniqueId: string; payload: unknown; timestamp: string;
}
const MSG = `id chargePointId direction messageType action uniqueId payload timestamp`;
export interface OcppLogFilter { chargePointId?: string | null; action?: string | null; direction?: string | null }

export const OcppMessagesQuery = gql<{ ocppMessages: Conn<OcppMessage> }, { first: number; after?: string | null; filter?: OcppLogFilter }>(`
  query AdminOcppMessages($first: Int, $after: String, $filter: OcppMessageFilter) {
    ocppMessages(first: $first, after: $after, filter: $filter) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ${MSG} }
    }
  }
`);

export const OcppLogSubscription = gql<{ ocppMessage: OcppMessage }, { chargePointId?: string | null }>(`
  subscription AdminOcppLog($chargePointId: String) { ocppMessage(chargePointId: $chargePointId) { ${MSG} } }
`);
