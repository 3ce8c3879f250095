import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** Decimal (fixed-point) */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** The account is disabled. */
export type AccountDisabledError = UserError & {
  __typename?: 'AccountDisabledError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type AddRfidTagInput = {
  /** The card's UID as the charger reads it (4-20 characters). */
  idTag: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  /** Admins only: the card's owner. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type AdminCreateUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Omit to generate one (returned once). */
  password?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: Role;
};

export type AdminCreateUserPayload = {
  __typename?: 'AdminCreateUserPayload';
  errors: Array<UserError>;
  /** Shown once. */
  generatedPassword: Maybe<Scalars['String']['output']>;
  user: Maybe<User>;
};

export type AdminSetUserDisabledInput = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

export type AdminSetUserRoleInput = {
  id: Scalars['ID']['input'];
  role: Role;
};

/** Only the fields given are changed. */
export type AdminUpdateUserInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  emailVerified?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type AdminUserPayload = {
  __typename?: 'AdminUserPayload';
  errors: Array<UserError>;
  user: Maybe<User>;
};

/** An integrator API key. The secret is shown once, when it is created. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it. */
  prefix: Scalars['String']['output'];
  revoked: Scalars['Boolean']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  scope: ApiKeyScope;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<ApiKey>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  apiKey: Maybe<ApiKey>;
  errors: Array<UserError>;
};

export type ApiKeyScope =
  | 'READ'
  | 'READ_WRITE';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  errors: Array<UserError>;
  tokens: Maybe<AuthTokens>;
  user: Maybe<User>;
};

/** A signed-in session: a short-lived access token and a rotating refresh token. */
export type AuthTokens = {
  __typename?: 'AuthTokens';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  tokenType: Scalars['String']['output'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** A connector status or online/offline change. Drivers see public availability only (`availability`, `online`); `status`, `errorCode`, `info` are for admins. */
export type ChargerStatusUpdate = {
  __typename?: 'ChargerStatusUpdate';
  /** Available | Occupied | Unavailable | Faulted */
  availability: Maybe<Scalars['String']['output']>;
  chargePointId: Scalars['String']['output'];
  connectorId: Maybe<Scalars['Int']['output']>;
  errorCode: Maybe<Scalars['String']['output']>;
  info: Maybe<Scalars['String']['output']>;
  /** connector | online | offline | boot | firmware | diagnostics */
  kind: Scalars['String']['output'];
  lagged: Scalars['Int']['output'];
  online: Maybe<Scalars['Boolean']['output']>;
  status: Maybe<Scalars['String']['output']>;
  timestamp: Maybe<Scalars['DateTime']['output']>;
};

/** Progress of a remote-start request (the handle startCharging returns). */
export type ChargingRequestUpdate = {
  __typename?: 'ChargingRequestUpdate';
  error: Maybe<Scalars['String']['output']>;
  lagged: Scalars['Int']['output'];
  requestId: Scalars['ID']['output'];
  sessionId: Maybe<Scalars['ID']['output']>;
  status: Scalars['String']['output'];
  timestamp: Maybe<Scalars['DateTime']['output']>;
};

/** The one-time code has expired. */
export type CodeExpiredError = UserError & {
  __typename?: 'CodeExpiredError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The one-time code is wrong. */
export type CodeInvalidError = UserError & {
  __typename?: 'CodeInvalidError';
  attemptsLeft: Scalars['Int']['output'];
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The one-time code was used or had too many wrong tries. */
export type CodeUsedUpError = UserError & {
  __typename?: 'CodeUsedUpError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The change conflicts with existing data. */
export type ConflictError = UserError & {
  __typename?: 'ConflictError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scope?: ApiKeyScope;
  /** Admins only: the key's owner. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: Maybe<ApiKey>;
  errors: Array<UserError>;
  /** The full key; shown only this once. */
  secret: Maybe<Scalars['String']['output']>;
};

export type CreateVehicleInput = {
  batteryKwh?: InputMaybe<Scalars['Decimal']['input']>;
  brand: Scalars['String']['input'];
  connectorType?: InputMaybe<VehicleConnectorType>;
  model: Scalars['String']['input'];
  nickname?: InputMaybe<Scalars['String']['input']>;
  plateNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Live counters for the admin dashboard. */
export type DashboardStats = {
  __typename?: 'DashboardStats';
  chargersOnline: Scalars['Int']['output'];
  chargersTotal: Scalars['Int']['output'];
  energyTodayWh: Scalars['Float']['output'];
  openFaults: Scalars['Int']['output'];
  powerW: Scalars['Float']['output'];
  sessionsActive: Scalars['Int']['output'];
  timestamp: Scalars['DateTime']['output'];
};

export type DeleteAccountInput = {
  password: Scalars['String']['input'];
};

export type DeleteVehicleInput = {
  id: Scalars['ID']['input'];
};

export type DeleteVehiclePayload = {
  __typename?: 'DeleteVehiclePayload';
  deletedId: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** The email address must be verified first. */
export type EmailNotVerifiedError = UserError & {
  __typename?: 'EmailNotVerifiedError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** An account with this email already exists. */
export type EmailTakenError = UserError & {
  __typename?: 'EmailTakenError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** A charger fault opened, acknowledged or resolved. */
export type FaultUpdate = {
  __typename?: 'FaultUpdate';
  chargePointId: Maybe<Scalars['String']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  errorCode: Maybe<Scalars['String']['output']>;
  faultId: Maybe<Scalars['ID']['output']>;
  info: Maybe<Scalars['String']['output']>;
  lagged: Scalars['Int']['output'];
  status: Maybe<Scalars['String']['output']>;
  timestamp: Maybe<Scalars['DateTime']['output']>;
};

/** You are not allowed to do this. */
export type ForbiddenError = UserError & {
  __typename?: 'ForbiddenError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** An OCPP idTag: the user's app tag or an RFID card. */
export type IdTag = {
  __typename?: 'IdTag';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The value chargers see (OCPP idTag). */
  idTag: Scalars['String']['output'];
  kind: IdTagKind;
  label: Maybe<Scalars['String']['output']>;
  status: IdTagStatus;
};

export type IdTagConnection = {
  __typename?: 'IdTagConnection';
  edges: Array<IdTagEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<IdTag>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type IdTagEdge = {
  __typename?: 'IdTagEdge';
  cursor: Scalars['String']['output'];
  node: IdTag;
};

export type IdTagInput = {
  id: Scalars['ID']['input'];
};

export type IdTagKind =
  | 'APP'
  | 'RFID';

export type IdTagPayload = {
  __typename?: 'IdTagPayload';
  errors: Array<UserError>;
  idTag: Maybe<IdTag>;
};

export type IdTagStatus =
  | 'ACCEPTED'
  | 'BLOCKED'
  | 'EXPIRED'
  | 'INVALID';

/** Email or password is wrong. */
export type InvalidCredentialsError = UserError & {
  __typename?: 'InvalidCredentialsError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** An input value is invalid. */
export type InvalidInputError = UserError & {
  __typename?: 'InvalidInputError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The token is invalid, expired or revoked. */
export type InvalidTokenError = UserError & {
  __typename?: 'InvalidTokenError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LogoutInput = {
  allSessions?: Scalars['Boolean']['input'];
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};

export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  errors: Array<UserError>;
  revokedSessions: Scalars['Int']['output'];
};

/** A MeterValues reading as it arrives from the charger. */
export type MeterReading = {
  __typename?: 'MeterReading';
  chargePointId: Scalars['String']['output'];
  connectorId: Scalars['Int']['output'];
  /** Current.Import per phase (A). */
  currentA: Array<PhaseValue>;
  /** Energy.Active.Import.Register (Wh). */
  energyWh: Maybe<Scalars['Float']['output']>;
  lagged: Scalars['Int']['output'];
  /** Power.Active.Import (W). */
  powerW: Maybe<Scalars['Float']['output']>;
  samples: Array<SampledValue>;
  sessionId: Maybe<Scalars['ID']['output']>;
  /** State of charge (%), when the charger sends it. */
  soc: Maybe<Scalars['Float']['output']>;
  timestamp: Maybe<Scalars['DateTime']['output']>;
  /** Voltage per phase (V). */
  voltageV: Array<PhaseValue>;
};

/** An amount of money: `amount` in the currency's major unit (e.g. 12.50 MYR). */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Register an RFID card (admins may register it for any user). */
  addRfidTag: IdTagPayload;
  /** Admins: create a user (email counts as verified). */
  adminCreateUser: AdminCreateUserPayload;
  /** Admins: disable (sign out, refuse sign-in, block API keys) or enable a user. */
  adminSetUserDisabled: AdminUserPayload;
  /** Admins: make a user a driver or an admin. */
  adminSetUserRole: AdminUserPayload;
  /** Admins: change a user's name, email, phone or verification. */
  adminUpdateUser: AdminUserPayload;
  /** Block one of your id tags: chargers will refuse it. */
  blockIdTag: IdTagPayload;
  /** Change your password; other sessions are signed out. */
  changePassword: AuthPayload;
  /** Create an API key for yourself (admins: for any user). */
  createApiKey: CreateApiKeyPayload;
  /** Add a vehicle to your account. */
  createVehicle: VehiclePayload;
  /** Delete your account: personal data is erased, ledger history stays anonymised. */
  deleteAccount: OkPayload;
  /** Remove one of your vehicles. */
  deleteVehicle: DeleteVehiclePayload;
  /** Sign in with email and password. */
  login: AuthPayload;
  /** Sign out this session (or every session with allSessions). */
  logout: LogoutPayload;
  /** Exchange a refresh token for new tokens (the old one stops working). */
  refreshToken: AuthPayload;
  /** Create a driver account and sign in. */
  register: AuthPayload;
  /** Email a 6-digit code to verify an address before registering. */
  requestEmailCode: RequestEmailCodePayload;
  /** Email a password-reset code (the answer is the same for unknown addresses). */
  requestPasswordReset: OkPayload;
  /** Set a new password with the emailed code; every session is signed out. */
  resetPassword: OkPayload;
  /** Revoke one of your API keys (admins: any key). */
  revokeApiKey: ApiKeyPayload;
  /** Unblock one of your id tags. */
  unblockIdTag: IdTagPayload;
  /** Change your name or phone. */
  updateProfile: UserPayload;
  /** Change one of your vehicles. */
  updateVehicle: VehiclePayload;
  /** Check the emailed code; returns a token for register. */
  verifyEmailCode: VerifyEmailCodePayload;
};


export type MutationAddRfidTagArgs = {
  input: AddRfidTagInput;
};


export type MutationAdminCreateUserArgs = {
  input: AdminCreateUserInput;
};


export type MutationAdminSetUserDisabledArgs = {
  input: AdminSetUserDisabledInput;
};


export type MutationAdminSetUserRoleArgs = {
  input: AdminSetUserRoleInput;
};


export type MutationAdminUpdateUserArgs = {
  input: AdminUpdateUserInput;
};


export type MutationBlockIdTagArgs = {
  input: IdTagInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateVehicleArgs = {
  input: CreateVehicleInput;
};


export type MutationDeleteAccountArgs = {
  input: DeleteAccountInput;
};


export type MutationDeleteVehicleArgs = {
  input: DeleteVehicleInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRequestEmailCodeArgs = {
  input: RequestEmailCodeInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationUnblockIdTagArgs = {
  input: IdTagInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateVehicleArgs = {
  input: UpdateVehicleInput;
};


export type MutationVerifyEmailCodeArgs = {
  input: VerifyEmailCodeInput;
};

/** Sign in first (or the token is invalid or expired). */
export type NotAuthenticatedError = UserError & {
  __typename?: 'NotAuthenticatedError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The object does not exist or is not visible to you. */
export type NotFoundError = UserError & {
  __typename?: 'NotFoundError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** One OCPP frame from the live message log. */
export type OcppMessageEvent = {
  __typename?: 'OcppMessageEvent';
  action: Maybe<Scalars['String']['output']>;
  chargePointId: Scalars['String']['output'];
  direction: Scalars['String']['output'];
  errorCode: Maybe<Scalars['String']['output']>;
  lagged: Scalars['Int']['output'];
  latencyMs: Maybe<Scalars['Float']['output']>;
  messageType: Scalars['Int']['output'];
  payload: Maybe<Scalars['JSON']['output']>;
  timestamp: Maybe<Scalars['DateTime']['output']>;
  uniqueId: Maybe<Scalars['String']['output']>;
};

export type OkPayload = {
  __typename?: 'OkPayload';
  errors: Array<UserError>;
  ok: Scalars['Boolean']['output'];
};

/** Any other expected failure, identified by `code`. */
export type OperationError = UserError & {
  __typename?: 'OperationError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** One phase's reading of a measurand. */
export type PhaseValue = {
  __typename?: 'PhaseValue';
  phase: Scalars['String']['output'];
  value: Scalars['Float']['output'];
};

export type PlatformInfo = {
  __typename?: 'PlatformInfo';
  currency: Scalars['String']['output'];
  environment: Scalars['String']['output'];
  name: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One of your id tags (any tag for admins). */
  idTag: Maybe<IdTag>;
  /** The signed-in user; null when anonymous. */
  me: Maybe<User>;
  /** The platform's name, version and environment. */
  platform: PlatformInfo;
  /** A user by id: yourself, or anyone for admins. */
  user: Maybe<User>;
  /** Admins: users matching `search` (email, name or phone), newest first. */
  users: UserConnection;
  /** One of your vehicles (any vehicle for admins). */
  vehicle: Maybe<Vehicle>;
};


export type QueryIdTagArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeleted?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVehicleArgs = {
  id: Scalars['ID']['input'];
};

/** Too many attempts; retry after `retryAfterSeconds`. */
export type RateLimitedError = UserError & {
  __typename?: 'RateLimitedError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
  retryAfterSeconds: Scalars['Int']['output'];
};

export type RefreshTokenInput = {
  refreshToken: Scalars['String']['input'];
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** From verifyEmailCode; required when REQUIRE_VERIFIED_EMAIL is on. */
  verificationToken?: InputMaybe<Scalars['String']['input']>;
};

export type RequestEmailCodeInput = {
  email: Scalars['String']['input'];
};

export type RequestEmailCodePayload = {
  __typename?: 'RequestEmailCodePayload';
  errors: Array<UserError>;
  sent: Scalars['Boolean']['output'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type ResetPasswordInput = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

/** What a user may do: drivers manage their own data, admins everything. */
export type Role =
  | 'ADMIN'
  | 'DRIVER';

/** One sampled value as the charger sent it, normalised to base units. */
export type SampledValue = {
  __typename?: 'SampledValue';
  context: Maybe<Scalars['String']['output']>;
  location: Maybe<Scalars['String']['output']>;
  measurand: Scalars['String']['output'];
  phase: Maybe<Scalars['String']['output']>;
  unit: Maybe<Scalars['String']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

/** What a live-charging screen shows. */
export type SessionProgress = {
  __typename?: 'SessionProgress';
  /** Cost so far in `currency` (major units). */
  costSoFar: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['String']['output'];
  elapsedSeconds: Scalars['Int']['output'];
  energyWh: Scalars['Float']['output'];
  lagged: Scalars['Int']['output'];
  powerW: Maybe<Scalars['Float']['output']>;
  sessionId: Scalars['ID']['output'];
  soc: Maybe<Scalars['Float']['output']>;
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: Scalars['String']['output'];
  timestamp: Maybe<Scalars['DateTime']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Connector status and online/offline changes of one charger, or of all chargers when `chargerId` is omitted. Drivers see public chargers' availability only. */
  chargerStatus: ChargerStatusUpdate;
  /** Progress of a remote-start request. Starts with its current state. */
  chargingRequest: ChargingRequestUpdate;
  /** Live dashboard counters (admins): chargers online, sessions active, power now, energy today. Starts with the current values, then every DASHBOARD_STATS_INTERVAL seconds. */
  dashboardStats: DashboardStats;
  /** Charger faults as they open and change (admins). */
  faults: FaultUpdate;
  /** Each meter reading as it arrives. Pass `sessionId` (the driver's own session, or any for admins) or `chargerId` (admins). */
  meterValues: MeterReading;
  /** The live OCPP message log of one charger or all (admins). */
  ocppMessages: OcppMessageEvent;
  /** A charging session's progress: energy so far, power now, cost so far, SoC, elapsed time, status. Starts with the current state. */
  sessionProgress: SessionProgress;
  /** The signed-in driver's own wallet: each movement and the balance. */
  walletUpdates: WalletUpdate;
};


export type SubscriptionChargerStatusArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionChargingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionMeterValuesArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOcppMessagesArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionSessionProgressArgs = {
  sessionId: Scalars['ID']['input'];
};

/** Only the fields given are changed; `phone: null` clears the phone. */
export type UpdateProfileInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given are changed; null clears an optional field. */
export type UpdateVehicleInput = {
  batteryKwh?: InputMaybe<Scalars['Decimal']['input']>;
  brand?: InputMaybe<Scalars['String']['input']>;
  connectorType?: InputMaybe<VehicleConnectorType>;
  id: Scalars['ID']['input'];
  model?: InputMaybe<Scalars['String']['input']>;
  nickname?: InputMaybe<Scalars['String']['input']>;
  plateNumber?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  /** The user's API keys (secrets are never shown again). */
  apiKeys: ApiKeyConnection;
  /** The user's charging sessions, newest first. */
  chargingSessions: UserChargingSessionConnection;
  createdAt: Scalars['DateTime']['output'];
  deleted: Scalars['Boolean']['output'];
  disabled: Scalars['Boolean']['output'];
  email: Maybe<Scalars['String']['output']>;
  emailVerified: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The user's id tags (app tag and RFID cards). */
  idTags: IdTagConnection;
  lastLoginAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  role: Role;
  /** The user's vehicles. */
  vehicles: VehicleConnection;
  /** Wallet balance and debt, from the ledger. */
  wallet: WalletSummary;
};


export type UserApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRevoked?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type UserChargingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type UserIdTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type UserVehiclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A charging session of a user (summary; the sessions area has the full type). */
export type UserChargingSession = {
  __typename?: 'UserChargingSession';
  connectorId: Scalars['Int']['output'];
  energyWh: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  idTag: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
  stopReason: Maybe<Scalars['String']['output']>;
  stoppedAt: Maybe<Scalars['DateTime']['output']>;
  totalCost: Maybe<Money>;
  transactionId: Scalars['Int']['output'];
};

export type UserChargingSessionConnection = {
  __typename?: 'UserChargingSessionConnection';
  edges: Array<UserChargingSessionEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<UserChargingSession>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserChargingSessionEdge = {
  __typename?: 'UserChargingSessionEdge';
  cursor: Scalars['String']['output'];
  node: UserChargingSession;
};

export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<User>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** An expected failure: a stable `code`, a message safe to show, the input field. */
export type UserError = {
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type UserPayload = {
  __typename?: 'UserPayload';
  errors: Array<UserError>;
  user: Maybe<User>;
};

export type Vehicle = {
  __typename?: 'Vehicle';
  batteryKwh: Maybe<Scalars['Decimal']['output']>;
  brand: Scalars['String']['output'];
  connectorType: Maybe<VehicleConnectorType>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  model: Scalars['String']['output'];
  nickname: Maybe<Scalars['String']['output']>;
  plateNumber: Maybe<Scalars['String']['output']>;
};

export type VehicleConnection = {
  __typename?: 'VehicleConnection';
  edges: Array<VehicleEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Vehicle>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type VehicleConnectorType =
  | 'CCS2'
  | 'CHADEMO'
  | 'GBT'
  | 'TYPE2';

export type VehicleEdge = {
  __typename?: 'VehicleEdge';
  cursor: Scalars['String']['output'];
  node: Vehicle;
};

export type VehiclePayload = {
  __typename?: 'VehiclePayload';
  errors: Array<UserError>;
  vehicle: Maybe<Vehicle>;
};

export type VerifyEmailCodeInput = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
};

export type VerifyEmailCodePayload = {
  __typename?: 'VerifyEmailCodePayload';
  errors: Array<UserError>;
  /** Pass to register within 30 minutes. */
  verificationToken: Maybe<Scalars['String']['output']>;
};

/** A user's wallet as the ledger holds it. */
export type WalletSummary = {
  __typename?: 'WalletSummary';
  balance: Money;
  /** What the user owes (zero when nothing). */
  debt: Money;
};

/** A movement on the signed-in driver's wallet and the balance after it. */
export type WalletUpdate = {
  __typename?: 'WalletUpdate';
  amount: Maybe<Scalars['Decimal']['output']>;
  balance: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  kind: Maybe<Scalars['String']['output']>;
  lagged: Scalars['Int']['output'];
  postingId: Maybe<Scalars['ID']['output']>;
  timestamp: Maybe<Scalars['DateTime']['output']>;
};

/** The password does not meet the policy. */
export type WeakPasswordError = UserError & {
  __typename?: 'WeakPasswordError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

type UserErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: string, message: string, field: string | null };

type UserErrorFields_CodeExpiredError_Fragment = { __typename: 'CodeExpiredError', code: string, message: string, field: string | null };

type UserErrorFields_CodeInvalidError_Fragment = { __typename: 'CodeInvalidError', code: string, message: string, field: string | null };

type UserErrorFields_CodeUsedUpError_Fragment = { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null };

type UserErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string, field: string | null };

type UserErrorFields_EmailNotVerifiedError_Fragment = { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null };

type UserErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: string, message: string, field: string | null };

type UserErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidTokenError_Fragment = { __typename: 'InvalidTokenError', code: string, message: string, field: string | null };

type UserErrorFields_NotAuthenticatedError_Fragment = { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null };

type UserErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string, field: string | null };

type UserErrorFields_OperationError_Fragment = { __typename: 'OperationError', code: string, message: string, field: string | null };

type UserErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null };

type UserErrorFields_WeakPasswordError_Fragment = { __typename: 'WeakPasswordError', code: string, message: string, field: string | null };

export type UserErrorFieldsFragment = UserErrorFields_AccountDisabledError_Fragment | UserErrorFields_CodeExpiredError_Fragment | UserErrorFields_CodeInvalidError_Fragment | UserErrorFields_CodeUsedUpError_Fragment | UserErrorFields_ConflictError_Fragment | UserErrorFields_EmailNotVerifiedError_Fragment | UserErrorFields_EmailTakenError_Fragment | UserErrorFields_ForbiddenError_Fragment | UserErrorFields_InvalidCredentialsError_Fragment | UserErrorFields_InvalidInputError_Fragment | UserErrorFields_InvalidTokenError_Fragment | UserErrorFields_NotAuthenticatedError_Fragment | UserErrorFields_NotFoundError_Fragment | UserErrorFields_OperationError_Fragment | UserErrorFields_RateLimitedError_Fragment | UserErrorFields_WeakPasswordError_Fragment;

export type AuthResultFragment = { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> };

export type RequestEmailCodeMutationVariables = Exact<{
  input: RequestEmailCodeInput;
}>;


export type RequestEmailCodeMutation = { __typename?: 'Mutation', requestEmailCode: { __typename?: 'RequestEmailCodePayload', sent: boolean, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type VerifyEmailCodeMutationVariables = Exact<{
  input: VerifyEmailCodeInput;
}>;


export type VerifyEmailCodeMutation = { __typename?: 'Mutation', verifyEmailCode: { __typename?: 'VerifyEmailCodePayload', verificationToken: string | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', revokedSessions: number, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string | null, name: string, phone: string | null, emailVerified: boolean } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, name: string, phone: string | null } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type VehicleFieldsFragment = { __typename?: 'Vehicle', id: string, brand: string, model: string, batteryKwh: string | null, connectorType: VehicleConnectorType | null, nickname: string | null, plateNumber: string | null };

export type MyVehiclesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehiclesQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, vehicles: { __typename?: 'VehicleConnection', nodes: Array<{ __typename?: 'Vehicle', id: string, brand: string, model: string, batteryKwh: string | null, connectorType: VehicleConnectorType | null, nickname: string | null, plateNumber: string | null }> } } | null };

export type CreateVehicleMutationVariables = Exact<{
  input: CreateVehicleInput;
}>;


export type CreateVehicleMutation = { __typename?: 'Mutation', createVehicle: { __typename?: 'VehiclePayload', vehicle: { __typename?: 'Vehicle', id: string, brand: string, model: string, batteryKwh: string | null, connectorType: VehicleConnectorType | null, nickname: string | null, plateNumber: string | null } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type DeleteVehicleMutationVariables = Exact<{
  input: DeleteVehicleInput;
}>;


export type DeleteVehicleMutation = { __typename?: 'Mutation', deleteVehicle: { __typename?: 'DeleteVehiclePayload', deletedId: string | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type WalletBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletBalanceQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, wallet: { __typename?: 'WalletSummary', balance: { __typename?: 'Money', amount: string, currency: string }, debt: { __typename?: 'Money', amount: string, currency: string } } } | null };

export type MySessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MySessionsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, chargingSessions: { __typename?: 'UserChargingSessionConnection', nodes: Array<{ __typename?: 'UserChargingSession', id: string, transactionId: number, connectorId: number, status: string, startedAt: string, stoppedAt: string | null, energyWh: number | null, totalCost: { __typename?: 'Money', amount: string, currency: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type PlatformInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformInfoQuery = { __typename?: 'Query', platform: { __typename?: 'PlatformInfo', name: string, version: string, environment: string, currency: string } };

export type SessionProgressSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionProgressSubscription = { __typename?: 'Subscription', sessionProgress: { __typename?: 'SessionProgress', sessionId: string, status: string, energyWh: number, powerW: number | null, soc: number | null, costSoFar: string | null, currency: string, startedAt: string | null, elapsedSeconds: number, timestamp: string | null } };

export type ChargingRequestProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChargingRequestProgressSubscription = { __typename?: 'Subscription', chargingRequest: { __typename?: 'ChargingRequestUpdate', requestId: string, status: string, sessionId: string | null, error: string | null, timestamp: string | null } };

export type ChargerStatusSubscriptionVariables = Exact<{
  chargerId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ChargerStatusSubscription = { __typename?: 'Subscription', chargerStatus: { __typename?: 'ChargerStatusUpdate', chargePointId: string, connectorId: number | null, kind: string, availability: string | null, online: boolean | null, status: string | null, timestamp: string | null } };

export type WalletUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WalletUpdatesSubscription = { __typename?: 'Subscription', walletUpdates: { __typename?: 'WalletUpdate', balance: string | null, currency: string, amount: string | null, kind: string | null, description: string | null, timestamp: string | null } };

export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const AuthResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AuthResultFragment, unknown>;
export const VehicleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]} as unknown as DocumentNode<VehicleFieldsFragment, unknown>;
export const RequestEmailCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEmailCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RequestEmailCodeMutation, RequestEmailCodeMutationVariables>;
export const VerifyEmailCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmailCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailCodeMutation, VerifyEmailCodeMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const MyVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]} as unknown as DocumentNode<MyVehiclesQuery, MyVehiclesQueryVariables>;
export const CreateVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateVehicleMutation, CreateVehicleMutationVariables>;
export const DeleteVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteVehicleMutation, DeleteVehicleMutationVariables>;
export const WalletBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WalletBalanceQuery, WalletBalanceQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const PlatformInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PlatformInfoQuery, PlatformInfoQueryVariables>;
export const SessionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"soc"}},{"kind":"Field","name":{"kind":"Name","value":"costSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<SessionProgressSubscription, SessionProgressSubscriptionVariables>;
export const ChargingRequestProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChargingRequestProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<ChargingRequestProgressSubscription, ChargingRequestProgressSubscriptionVariables>;
export const ChargerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChargerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<ChargerStatusSubscription, ChargerStatusSubscriptionVariables>;
export const WalletUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WalletUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<WalletUpdatesSubscription, WalletUpdatesSubscriptionVariables>;