// Shapes the admin console expects from operations that api/schema.graphql does not have yet.
import type { UserErrorLike } from "../lib/errors";
import type { MoneyLike } from "../lib/format";

export type Money = MoneyLike;
export type UserError = UserErrorLike;
export interface PageInfo { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null }
export interface Conn<T> { totalCount?: number | null; pageInfo: PageInfo; nodes: T[] }
export interface Page { first?: number; after?: string | null }

export interface Connector {
  id: string; connectorId: number; status: string; errorCode?: string | null; info?: string | null;
  connectorType?: string | null; maxPowerKw?: string | null; statusAt?: string | null; vendorErrorCode?: string | null;
}
export interface Charger {
  id: string; chargePointId: string; name?: string | null; vendor?: string | null; model?: string | null;
  serialNumber?: string | null; firmwareVersion?: string | null; online: boolean; registrationStatus: string;
  approved: boolean; availability?: string | null; lastHeartbeatAt?: string | null; lastBootAt?: string | null;
  address?: string | null; city?: string | null; securityProfile?: number | null; localListVersion?: number | null; connectors: Connector[];
}
export interface SessionRow {
  id: string; transactionId?: number | null; status: string; connectorId?: number | null;
  charger?: { id: string; chargePointId: string } | null; user?: { id: string; email?: string | null; name?: string | null } | null;
  idTag?: string | null; startedAt?: string | null; stoppedAt?: string | null; energyKwh?: string | null;
  powerKw?: string | null; cost?: Money | null; stopReason?: string | null;
}
export interface MeterSample { timestamp: string; powerKw?: string | null; energyKwh?: string | null; socPercent?: string | null }
export interface CostLine { description: string; quantity?: string | null; unitPrice?: Money | null; amount: Money }
export interface SessionFlag { code: string; message: string; severity?: string | null }
export interface Receipt { id: string; number: string; issuedAt: string; total: Money; pdfUrl?: string | null; session?: SessionRow | null }
export interface SessionDetail extends SessionRow {
  meterSamples: MeterSample[]; costLines: CostLine[]; flags: SessionFlag[]; receipt?: Receipt | null;
}
