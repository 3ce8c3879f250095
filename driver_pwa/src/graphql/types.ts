// Hand-written result shapes of the operations in ./pending.ts (replaced by generated types as the
// backend provides them).
import type { Money } from "../lib/format";
import type { UserError } from "../lib/client";

export type { Money, UserError };

export interface Connector {
  connectorId: number;
  status: string;
  connectorType: string | null;
  maxPowerKw: string | number | null;
}
export interface Tariff {
  name: string | null;
  pricePerKwh: Money | null;
  pricePerMinute: Money | null;
  sessionFee: Money | null;
  idleFeePerMinute: Money | null;
  taxRate: string | number | null;
}
export interface Charger {
  id: string;
  chargePointId: string;
  name: string | null;
  description?: string | null;
  address: string | null;
  city: string | null;
  latitude: string | number | null;
  longitude: string | number | null;
  online: boolean;
  maxPowerKw: string | number | null;
  connectors: Connector[];
  tariff?: Tariff | null;
}
export interface ChargingRequest {
  id: string;
  status: "Requested" | "Accepted" | "Rejected" | "Started" | "Stopped" | "Failed" | "TimedOut" | string;
  error: string | null;
  session: { id: string } | null;
}
export interface Session {
  id: string;
  status: string;
  startedAt: string;
  stoppedAt: string | null;
  energyWh: number | null;
  totalCost: Money | null;
  connectorId: number;
  charger: { id: string; chargePointId: string; name: string | null; address: string | null };
}
export interface SessionProgress {
  sessionId: string;
  status: string;
  energyKwh: string | number | null;
  powerKw: string | number | null;
  cost: Money | null;
  soc: number | null;
  elapsedSeconds: number | null;
  timestamp: string | null;
}
export interface ReceiptLine {
  description: string;
  quantity: string | number | null;
  unit: string | null;
  amount: Money;
}
export interface Receipt {
  id: string;
  number: string;
  issuedAt: string;
  pdfUrl: string | null;
  total: Money;
  lines: ReceiptLine[];
}
export interface Vehicle {
  id: string;
  brand: string;
  model: string;
  batteryKwh: string | number | null;
  connectorType: string | null;
  nickname: string | null;
  plateNumber: string | null;
}
export interface Me {
  id: string;
  email: string | null;
  name: string;
  phone: string | null;
  emailVerified: boolean;
  referralCode: string | null;
  pointsBalance: number;
}
export interface WalletTx {
  id: string;
  kind: string;
  description: string | null;
  createdAt: string;
  amount: Money;
}
export interface PaymentMethod {
  code: string;
  name: string;
  kind: string;
}
export interface RewardItem {
  id: string;
  name: string;
  description: string | null;
  points: number;
  category: string | null;
  kind: string;
  stock: number | null;
}
export interface Plan {
  id: string;
  name: string;
  description: string | null;
  monthlyPrice: Money;
  discountPerKwh: Money | null;
  includedKwh: string | number | null;
}
export interface Nodes<T> {
  nodes: T[];
}
