// PENDING: faults, maintenance, support, catalogues, settings, API keys, users.
import { gql } from "urql";
import type { Conn, Money, SessionRow, UserError } from "./types";
import { SESSION_FIELDS } from "./sessions";

const E = `errors { code message field }`;
const PI = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

// ---- Faults
export interface Fault {
  id: string; charger: { id: string; chargePointId: string }; connectorId?: number | null; errorCode: string; info?: string | null;
  vendorErrorCode?: string | null; status: string; occurredAt: string; acknowledgedAt?: string | null; resolvedAt?: string | null; notes?: string | null;
}
const FAULT = `id charger { id chargePointId } connectorId errorCode info vendorErrorCode status occurredAt acknowledgedAt resolvedAt notes`;
export const FaultsQuery = gql<{ faults: Conn<Fault> }, { first: number; after?: string | null; status?: string | null }>(`
  query AdminFaults($first: Int, $after: String, $status: FaultStatus) { faults(first: $first, after: $after, status: $status) { ${PI} nodes { ${FAULT} } } }
`);
export const FaultSubscription = gql<{ faultChanged: Fault }, Record<string, never>>(`
  subscription AdminFaultLive { faultChanged { ${FAULT} } }
`);
export const AcknowledgeFaultMutation = gql<{ acknowledgeFault: { fault?: Fault | null; errors: UserError[] } }, { input: { faultId: string; note?: string | null } }>(`
  mutation AdminAckFault($input: AcknowledgeFaultInput!) { acknowledgeFault(input: $input) { fault { ${FAULT} } ${E} } }
`);
export const ResolveFaultMutation = gql<{ resolveFault: { fault?: Fault | null; errors: UserError[] } }, { input: { faultId: string; note?: string | null } }>(`
  mutation AdminResolveFault($input: ResolveFaultInput!) { resolveFault(input: $input) { fault { ${FAULT} } ${E} } }
`);

// ---- Generic CRUD entities (list query, create/update/delete mutations)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDoc = import("urql").TypedDocumentNode<any, any>;
export interface CrudOps {
  list: AnyDoc;
  create?: AnyDoc;
  update?: AnyDoc;
  remove?: AnyDoc;
  listField: string;
  createField?: string;
  updateField?: string;
  removeField?: string;
}

function crud(entity: string, listField: string, fields: string, opts: { connection?: boolean; remove?: boolean } = {}): CrudOps {
  const list = opts.connection
    ? gql(`query AdminList${entity}($first: Int, $after: String) { ${listField}(first: $first, after: $after) { ${PI} nodes { ${fields} } } }`)
    : gql(`query AdminList${entity} { ${listField} { ${fields} } }`);
  const lower = entity[0].toLowerCase() + entity.slice(1);
  return {
    list, listField,
    create: gql(`mutation AdminCreate${entity}($input: Create${entity}Input!) { create${entity}(input: $input) { ${lower} { ${fields} } ${E} } }`),
    createField: `create${entity}`,
    update: gql(`mutation AdminUpdate${entity}($input: Update${entity}Input!) { update${entity}(input: $input) { ${lower} { ${fields} } ${E} } }`),
    updateField: `update${entity}`,
    ...(opts.remove === false ? {} : {
      remove: gql(`mutation AdminDelete${entity}($input: Delete${entity}Input!) { delete${entity}(input: $input) { ${E} } }`),
      removeField: `delete${entity}`,
    }),
  };
}

export const MaintenanceOps = crud("MaintenanceRecord", "maintenanceRecords",
  `id charger { id chargePointId } type technician scheduledAt startedAt completedAt notes status`, { connection: true });
export const TariffOps = crud("Tariff", "tariffs",
  `id name description isDefault currency pricePerKwh pricePerMinute idleFeePerMinute idleGraceMinutes sessionFee minCharge maxCharge taxRate reservationFee active`,
  { remove: false });
export const MembershipPlanOps = crud("MembershipPlan", "membershipPlans",
  `id name description monthlyPrice { amount currency } discountPerKwh includedKwh active`, { remove: false });
export const RewardItemOps = crud("RewardItem", "rewardItems",
  `id name description points category kind value stock imageUrl active`);

// ---- Support messages
export interface SupportMessage { id: string; name: string; email: string; subject?: string | null; body: string; status: string; createdAt: string; replies: Array<{ id: string; body: string; sentAt: string; sentBy?: { email?: string | null } | null }> }
const SUPPORT = `id name email subject body status createdAt replies { id body sentAt sentBy { email } }`;
export const SupportMessagesQuery = gql<{ supportMessages: Conn<SupportMessage> }, { first: number; after?: string | null; status?: string | null }>(`
  query AdminSupport($first: Int, $after: String, $status: SupportMessageStatus) { supportMessages(first: $first, after: $after, status: $status) { ${PI} nodes { ${SUPPORT} } } }
`);
export const ReplySupportMutation = gql<{ replySupportMessage: { message?: SupportMessage | null; errors: UserError[] } }, { input: { messageId: string; body: string; close?: boolean } }>(`
  mutation AdminReplySupport($input: ReplySupportMessageInput!) { replySupportMessage(input: $input) { message { ${SUPPORT} } ${E} } }
`);
export const CloseSupportMutation = gql<{ closeSupportMessage: { message?: SupportMessage | null; errors: UserError[] } }, { input: { messageId: string } }>(`
  mutation AdminCloseSupport($input: CloseSupportMessageInput!) { closeSupportMessage(input: $input) { message { ${SUPPORT} } ${E} } }
`);

// ---- Settings
export interface PlatformSettings {
  registrationPolicy: string; unknownChargerPolicy: string; heartbeatIntervalSeconds: number; minimumBalance: Money;
  pointsPerKwh: string; retentionDays: number; publicUrl?: string | null; ocppUrl?: string | null;
}
const SETTINGS = `registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount currency } pointsPerKwh retentionDays publicUrl ocppUrl`;
export const SettingsQuery = gql<{ platformSettings: PlatformSettings }, Record<string, never>>(`query AdminSettings { platformSettings { ${SETTINGS} } }`);
export const UpdateSettingsMutation = gql<{ updatePlatformSettings: { settings?: PlatformSettings | null; errors: UserError[] } }, { input: Record<string, unknown> }>(`
  mutation AdminUpdateSettings($input: UpdatePlatformSettingsInput!) { updatePlatformSettings(input: $input) { settings { ${SETTINGS} } ${E} } }
`);

// ---- API keys
export interface ApiKey { id: string; name: string; prefix: string; scope: string; createdAt: string; lastUsedAt?: string | null; revokedAt?: string | null }
const KEY = `id name prefix scope createdAt lastUsedAt revokedAt`;
export const ApiKeysQuery = gql<{ apiKeys: ApiKey[] }, Record<string, never>>(`query AdminApiKeys { apiKeys { ${KEY} } }`);
export const CreateApiKeyMutation = gql<{ createApiKey: { apiKey?: ApiKey | null; key?: string | null; errors: UserError[] } }, { input: { name: string; scope: string } }>(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { ${KEY} } key ${E} } }
`);
export const RevokeApiKeyMutation = gql<{ revokeApiKey: { apiKey?: ApiKey | null; errors: UserError[] } }, { input: { apiKeyId: string } }>(`
  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { ${KEY} } ${E} } }
`);

// ---- Users
export interface AdminUser {
  id: string; email?: string | null; name: string; phone?: string | null; role: string; disabled: boolean; emailVerified: boolean;
  createdAt: string; lastLoginAt?: string | null; pointsBalance?: number | null; walletBalance?: Money | null;
}
const USER = `id email name phone role disabled emailVerified createdAt lastLoginAt pointsBalance walletBalance { amount currency }`;
export const UsersQuery = gql<{ users: Conn<AdminUser> }, { first: number; after?: string | null; search?: string | null; role?: string | null }>(`
  query AdminUsers($first: Int, $after: String, $search: String, $role: Role) { users(first: $first, after: $after, search: $search, role: $role) { ${PI} nodes { ${USER} } } }
`);
export interface WalletTx { id: string; kind: string; amount: Money; balanceAfter?: Money | null; memo?: string | null; reason?: string | null; createdAt: string }
export interface UserDetail extends AdminUser {
  idTags: Array<{ id: string; idTag: string; kind: string; status: string; expiresAt?: string | null; label?: string | null }>;
  vehicles: Array<{ id: string; brand: string; model: string; batteryKwh?: string | null; plateNumber?: string | null; nickname?: string | null }>;
  walletTransactions: Conn<WalletTx>;
  chargingSessions: Conn<SessionRow>;
}
export const UserQuery = gql<{ user: UserDetail | null }, { id: string }>(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ${USER}
      idTags { id idTag kind status expiresAt label }
      vehicles { id brand model batteryKwh plateNumber nickname }
      walletTransactions(first: 50) { ${PI} nodes { id kind amount { amount currency } balanceAfter { amount currency } memo reason createdAt } }
      chargingSessions(first: 50) { ${PI} nodes { ${SESSION_FIELDS} } }
    }
  }
`);
export const CreateUserMutation = gql<{ adminCreateUser: { user?: AdminUser | null; errors: UserError[] } }, { input: Record<string, unknown> }>(`
  mutation AdminCreateUser($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { ${USER} } ${E} } }
`);
export const UpdateUserMutation = gql<{ adminUpdateUser: { user?: AdminUser | null; errors: UserError[] } }, { input: Record<string, unknown> }>(`
  mutation AdminUpdateUser($input: AdminUpdateUserInput!) { adminUpdateUser(input: $input) { user { ${USER} } ${E} } }
`);
export const AdjustWalletMutation = gql<{ adjustWallet: { user?: AdminUser | null; errors: UserError[] } }, { input: { userId: string; amount: string; reason: string; kind: string } }>(`
  mutation AdminAdjustWallet($input: AdjustWalletInput!) { adjustWallet(input: $input) { user { ${USER} } ${E} } }
`);
