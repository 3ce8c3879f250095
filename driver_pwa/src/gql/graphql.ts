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
  /** Date (isoformat) */
  Date: { input: any; output: any; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** Decimal (fixed-point) */
  Decimal: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** Time (isoformat) */
  Time: { input: any; output: any; }
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

export type AdjustWalletInput = {
  /** Positive credits the wallet, negative debits it. */
  amount: Scalars['Decimal']['input'];
  idempotencyKey: Scalars['String']['input'];
  kind: AdjustmentKind;
  reason: Scalars['String']['input'];
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};

export type AdjustWalletPayload = {
  __typename?: 'AdjustWalletPayload';
  errors: Array<UserError>;
  wallet: Maybe<Wallet>;
};

export type AdjustmentKind =
  | 'ADJUSTMENT'
  | 'REFUND';

export type AdminCancelReservationInput = {
  chargerId: Scalars['ID']['input'];
  reservationId: Scalars['Int']['input'];
};

/** A charging session as the operator sees it. */
export type AdminChargingSession = {
  __typename?: 'AdminChargingSession';
  billed: Scalars['Boolean']['output'];
  chargePointId: Scalars['String']['output'];
  charger: Charger;
  connectorId: Scalars['Int']['output'];
  cost: Maybe<Money>;
  costLines: Array<CostLine>;
  /** The billed cost, else the running cost so far at the session's tariff (with the driver's membership and rewards), priced as billing will price it; the same as the driver sees. */
  costSoFar: Maybe<Money>;
  energyWh: Scalars['Int']['output'];
  /** OCPP 2.0.1 (ISO 15118): the departure time and energy the EV asked for, if it did. */
  evChargingNeeds: Maybe<EvChargingNeeds>;
  /** Sanity-check flags, e.g. meter_stop_lt_start, debt. */
  flags: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  idTag: Scalars['String']['output'];
  lastMeterAt: Maybe<Scalars['DateTime']['output']>;
  /** Energy, power and SoC over time, oldest first (for the chart). */
  meterSamples: Array<MeterSample>;
  /** The meter register at the start (Wh). */
  meterStartWh: Scalars['Int']['output'];
  /** Power at the last meter reading (active sessions). */
  powerW: Maybe<Scalars['Float']['output']>;
  receipt: Maybe<Receipt>;
  soc: Maybe<Scalars['Float']['output']>;
  /** Who started it: app (a driver's app), admin (an admin's RemoteStartTransaction from the console), api_key (a RemoteStartTransaction through an API key), local (at the charger: RFID card, free vend); remote on sessions recorded before app starts were told apart. */
  startSource: Maybe<Scalars['String']['output']>;
  startedAt: Scalars['DateTime']['output'];
  /** The user who started it remotely: the driver (app) or the admin (admin, api_key). */
  startedBy: Maybe<User>;
  /** The API key a remote start came through. */
  startedByApiKeyId: Maybe<Scalars['ID']['output']>;
  status: Scalars['String']['output'];
  stopReason: Maybe<Scalars['String']['output']>;
  stoppedAt: Maybe<Scalars['DateTime']['output']>;
  transactionId: Scalars['Int']['output'];
  user: Maybe<User>;
};


/** A charging session as the operator sees it. */
export type AdminChargingSessionMeterSamplesArgs = {
  limit?: Scalars['Int']['input'];
};

export type AdminChargingSessionConnection = {
  __typename?: 'AdminChargingSessionConnection';
  edges: Array<AdminChargingSessionEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<AdminChargingSession>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AdminChargingSessionEdge = {
  __typename?: 'AdminChargingSessionEdge';
  cursor: Scalars['String']['output'];
  node: AdminChargingSession;
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

/** An id tag as operators manage it. */
export type AdminIdTag = {
  __typename?: 'AdminIdTag';
  blockedByAdmin: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  idTag: Scalars['String']['output'];
  kind: IdTagKind;
  label: Maybe<Scalars['String']['output']>;
  ownerEmail: Maybe<Scalars['String']['output']>;
  ownerId: Maybe<Scalars['ID']['output']>;
  ownerName: Maybe<Scalars['String']['output']>;
  /** The group tag (OCPP parentIdTag). */
  parentIdTag: Maybe<Scalars['String']['output']>;
  status: IdTagStatus;
};

export type AdminIdTagConnection = {
  __typename?: 'AdminIdTagConnection';
  edges: Array<AdminIdTagEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<AdminIdTag>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AdminIdTagEdge = {
  __typename?: 'AdminIdTagEdge';
  cursor: Scalars['String']['output'];
  node: AdminIdTag;
};

export type AdminIdTagPayload = {
  __typename?: 'AdminIdTagPayload';
  errors: Array<UserError>;
  idTag: Maybe<AdminIdTag>;
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

/** A friend's code applied to your account. */
export type AppliedReferral = {
  __typename?: 'AppliedReferral';
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  referrerName: Scalars['String']['output'];
  rewardedAt: Maybe<Scalars['DateTime']['output']>;
  /** PENDING until your first paid session, then REWARDED. */
  status: Scalars['String']['output'];
};

export type ApplyReferralCodeInput = {
  code: Scalars['String']['input'];
};

export type ApplyReferralCodePayload = {
  __typename?: 'ApplyReferralCodePayload';
  errors: Array<UserError>;
  referral: Maybe<AppliedReferral>;
};

export type ApproveChargerInput = {
  approved?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  /** Approving: the profile the charger authenticates on from now on (1: Basic auth, 2: Basic auth over TLS, 3: client certificate); default: its current one, at least 1. */
  securityProfile?: InputMaybe<Scalars['Int']['input']>;
};

export type AssignTariffInput = {
  chargerId: Scalars['ID']['input'];
  /** Null: the charger uses the default tariff. */
  tariffId?: InputMaybe<Scalars['ID']['input']>;
};

export type AssignTariffPayload = {
  __typename?: 'AssignTariffPayload';
  chargerId: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
  /** What drivers now see. */
  price: Maybe<TariffPrice>;
  tariff: Maybe<Tariff>;
};

/** OCPP 2.0.1 AttributeEnumType. */
export type AttributeType =
  | 'ACTUAL'
  | 'MAX_SET'
  | 'MIN_SET'
  | 'TARGET';

/** One change made through the API, recorded with the change itself. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** `<area>.<verb>`, e.g. `wallet.refund`. */
  action: Scalars['String']['output'];
  /** Who did it (null if the account was deleted). */
  actor: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** What changed (secrets masked). */
  details: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  /** The global id of the object changed (of type `targetType`). */
  targetId: Maybe<Scalars['ID']['output']>;
  targetType: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Every given condition must hold. */
export type AuditLogFilter = {
  /** An action (`charger.approve`) or an area prefix (`charger.`). */
  action?: InputMaybe<Scalars['String']['input']>;
  /** The user who acted. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** At or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** e.g. Charger, User, Tariff. */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The order of the audit log. */
export type AuditOrder = {
  direction?: SortDirection;
  field: AuditSortField;
};

/** What the audit log can be sorted by. */
export type AuditSortField =
  | 'ACTION'
  | 'CREATED_AT'
  | 'TARGET_TYPE';

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

export type AvailabilityType =
  | 'INOPERATIVE'
  | 'OPERATIVE';

/** The wallet balance is below the minimum to start. */
export type BalanceTooLowError = UserError & {
  __typename?: 'BalanceTooLowError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type CancelChargerWatchInput = {
  chargePointId: Scalars['String']['input'];
};

export type CancelChargerWatchPayload = {
  __typename?: 'CancelChargerWatchPayload';
  cancelled: Scalars['Boolean']['output'];
  errors: Array<UserError>;
};

export type CancelMembershipInput = {
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type CancelReservationInput = {
  reservationId: Scalars['ID']['input'];
};

/** A node of a site's capacity tree; limits in amperes per site phase. */
export type CapacityNode = {
  __typename?: 'CapacityNode';
  chargerId: Maybe<Scalars['ID']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  kind: CapacityNodeKind;
  limitL1A: Maybe<Scalars['Int']['output']>;
  limitL2A: Maybe<Scalars['Int']['output']>;
  limitL3A: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  phaseRotation: Maybe<PhaseRotation>;
  /** The charger rejected a charging profile: it is counted at its full rating. */
  rejectsProfiles: Scalars['Boolean']['output'];
  windowFrom: Maybe<Scalars['Time']['output']>;
  windowLimitA: Maybe<Scalars['Int']['output']>;
  windowTo: Maybe<Scalars['Time']['output']>;
};

/** A new node of a site's capacity tree. */
export type CapacityNodeInput = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  kind: CapacityNodeKind;
  limitL1A?: InputMaybe<Scalars['Int']['input']>;
  limitL2A?: InputMaybe<Scalars['Int']['input']>;
  limitL3A?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phaseRotation?: InputMaybe<PhaseRotation>;
  siteId: Scalars['ID']['input'];
  windowFrom?: InputMaybe<Scalars['Time']['input']>;
  windowLimitA?: InputMaybe<Scalars['Int']['input']>;
  windowTo?: InputMaybe<Scalars['Time']['input']>;
};

/** What a capacity node is. */
export type CapacityNodeKind =
  | 'CHARGER'
  | 'CIRCUIT'
  | 'CONNECTOR'
  | 'SUPPLY';

export type CapacityNodePayload = {
  __typename?: 'CapacityNodePayload';
  errors: Array<UserError>;
  node: Maybe<CapacityNode>;
};

/** A charger whose certificate from the platform's CA ends soon. */
export type CertificateExpiry = {
  __typename?: 'CertificateExpiry';
  chargePointId: Scalars['String']['output'];
  chargerId: Scalars['ID']['output'];
  notAfter: Scalars['DateTime']['output'];
  serialNumber: Scalars['String']['output'];
};

/** OCPP CertificateHashData: how a charger names an installed certificate. */
export type CertificateHashDataInput = {
  hashAlgorithm: HashAlgorithm;
  issuerKeyHash: Scalars['String']['input'];
  issuerNameHash: Scalars['String']['input'];
  serialNumber: Scalars['String']['input'];
};

/** What a root certificate installed on a charger is for (OCPP 1.6 names; a 2.0.1 station gets CSMSRootCertificate for CentralSystemRootCertificate). */
export type CertificateUse =
  | 'CENTRAL_SYSTEM_ROOT_CERTIFICATE'
  | 'MANUFACTURER_ROOT_CERTIFICATE';

export type ChangeAvailabilityInput = {
  chargerId: Scalars['ID']['input'];
  connectorId: Scalars['Int']['input'];
  type: AvailabilityType;
};

export type ChangeConfigurationInput = {
  chargerId: Scalars['ID']['input'];
  key: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type Charger = {
  __typename?: 'Charger';
  address: Maybe<Scalars['String']['output']>;
  approved: Scalars['Boolean']['output'];
  availability: Scalars['String']['output'];
  chargePointId: Scalars['String']['output'];
  city: Maybe<Scalars['String']['output']>;
  connectedAt: Maybe<Scalars['DateTime']['output']>;
  connectors: Array<Connector>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  firmwareVersion: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  isPublic: Scalars['Boolean']['output'];
  lastBootAt: Maybe<Scalars['DateTime']['output']>;
  lastHeartbeatAt: Maybe<Scalars['DateTime']['output']>;
  latitude: Maybe<Scalars['Decimal']['output']>;
  localListVersion: Scalars['Int']['output'];
  longitude: Maybe<Scalars['Decimal']['output']>;
  maxPowerKw: Maybe<Scalars['Decimal']['output']>;
  model: Maybe<Scalars['String']['output']>;
  name: Maybe<Scalars['String']['output']>;
  /** The node holding the charger's socket. */
  nodeId: Maybe<Scalars['String']['output']>;
  /** The OCPP version of its latest connection: "1.6" or "2.0.1" (null: never connected). */
  ocppVersion: Maybe<Scalars['String']['output']>;
  online: Scalars['Boolean']['output'];
  postcode: Maybe<Scalars['String']['output']>;
  registrationStatus: Scalars['String']['output'];
  securityProfile: Scalars['Int']['output'];
  serialNumber: Maybe<Scalars['String']['output']>;
  /** The site it stands at. */
  siteId: Maybe<Scalars['ID']['output']>;
  state: Maybe<Scalars['String']['output']>;
  /** The charger's own tariff (none: drivers pay the default tariff). */
  tariffId: Maybe<Scalars['ID']['output']>;
  vendor: Maybe<Scalars['String']['output']>;
};

/** A certificate of a charger, by its OCPP certificate hash data. */
export type ChargerCertificate = {
  __typename?: 'ChargerCertificate';
  certificateType: Scalars['String']['output'];
  /** Ends within CHARGER_CERT_WARNING_DAYS (or has ended). */
  expiresSoon: Scalars['Boolean']['output'];
  hashAlgorithm: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuerKeyHash: Scalars['String']['output'];
  issuerNameHash: Scalars['String']['output'];
  notAfter: Maybe<Scalars['DateTime']['output']>;
  serialNumber: Scalars['String']['output'];
  /** signed (by the platform's charger CA) or installed. */
  source: Scalars['String']['output'];
  subject: Maybe<Scalars['String']['output']>;
};

export type ChargerCommandInput = {
  chargerId: Scalars['ID']['input'];
};

export type ChargerConnection = {
  __typename?: 'ChargerConnection';
  edges: Array<ChargerEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Charger>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An event a station notified (NotifyEvent): a variable changed or crossed a monitor. */
export type ChargerDeviceEvent = {
  __typename?: 'ChargerDeviceEvent';
  actualValue: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  cause: Maybe<Scalars['Int']['output']>;
  cleared: Maybe<Scalars['Boolean']['output']>;
  component: Scalars['String']['output'];
  componentInstance: Maybe<Scalars['String']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  eventId: Scalars['Int']['output'];
  evseId: Maybe<Scalars['Int']['output']>;
  /** HardWiredNotification, HardWiredMonitor, PreconfiguredMonitor, CustomMonitor. */
  notificationType: Scalars['String']['output'];
  techCode: Maybe<Scalars['String']['output']>;
  techInfo: Maybe<Scalars['String']['output']>;
  transactionId: Maybe<Scalars['String']['output']>;
  /** Alerting, Delta or Periodic. */
  trigger: Scalars['String']['output'];
  variable: Scalars['String']['output'];
  variableInstance: Maybe<Scalars['String']['output']>;
  variableMonitoringId: Maybe<Scalars['Int']['output']>;
};

/** A station's device model (OCPP 2.0.1) and the newest report requests. */
export type ChargerDeviceModel = {
  __typename?: 'ChargerDeviceModel';
  reports: Array<DeviceModelReport>;
  variables: Array<DeviceVariable>;
};

export type ChargerEdge = {
  __typename?: 'ChargerEdge';
  cursor: Scalars['String']['output'];
  node: Charger;
};

/** One charger of a CSV import; numbers as written in the file. */
export type ChargerImportRowInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  chargePointId: Scalars['String']['input'];
  city?: InputMaybe<Scalars['String']['input']>;
  connectors?: Array<ConnectorSetupInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: Scalars['Boolean']['input'];
  latitude?: InputMaybe<Scalars['String']['input']>;
  longitude?: InputMaybe<Scalars['String']['input']>;
  maxPowerKw?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  securityProfile?: Scalars['Int']['input'];
  state?: InputMaybe<Scalars['String']['input']>;
  /** A tariff's name. */
  tariff?: InputMaybe<Scalars['String']['input']>;
};

/** A registered charger's AuthorizationKey, shown once. */
export type ChargerKey = {
  __typename?: 'ChargerKey';
  authorizationKey: Scalars['String']['output'];
  chargePointId: Scalars['String']['output'];
};

/** The charger is not connected to any node. */
export type ChargerOfflineError = UserError & {
  __typename?: 'ChargerOfflineError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The order of a list of chargers. */
export type ChargerOrder = {
  direction?: SortDirection;
  field: ChargerSortField;
};

export type ChargerPayload = {
  __typename?: 'ChargerPayload';
  /** A new AuthorizationKey, shown once (stored hashed): 40 hex digits (20 bytes). Enter them as the charger's AuthorizationKey configuration key; the charger sends the decoded 20 bytes as its HTTP Basic password (user: the charge point id). */
  authorizationKey: Maybe<Scalars['String']['output']>;
  /** Approving: the charger's answer to TriggerMessage BootNotification, when sent. */
  bootTrigger: Maybe<Scalars['String']['output']>;
  charger: Maybe<Charger>;
  errors: Array<UserError>;
  /** Approving with a new key: the charger's answer to ChangeConfiguration AuthorizationKey (Accepted: it reconnects with the key by itself), or Offline, Timeout, NotSupported, Rejected...: enter the key on the charger by hand. */
  keyDelivery: Maybe<Scalars['String']['output']>;
};

/** A connector reservation as sent to the charger (admins). */
export type ChargerReservation = {
  __typename?: 'ChargerReservation';
  chargerId: Scalars['ID']['output'];
  connectorId: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  idTag: Scalars['String']['output'];
  /** The OCPP reservationId. */
  reservationId: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type ChargerReservationConnection = {
  __typename?: 'ChargerReservationConnection';
  edges: Array<ChargerReservationEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<ChargerReservation>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ChargerReservationEdge = {
  __typename?: 'ChargerReservationEdge';
  cursor: Scalars['String']['output'];
  node: ChargerReservation;
};

export type ChargerSecurity = {
  __typename?: 'ChargerSecurity';
  certificates: Array<ChargerCertificate>;
  /** Newest first (the last 100). */
  events: Array<ChargerSecurityEvent>;
  /** Newest first (the last 50). */
  logRequests: Array<LogRequest>;
};

/** A security event the charger reported (SecurityEventNotification). */
export type ChargerSecurityEvent = {
  __typename?: 'ChargerSecurityEvent';
  /** Opens a fault: an operator should look at it. */
  alert: Scalars['Boolean']['output'];
  /** Marked critical by OCPP (the charger sends it at once). */
  critical: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  receivedAt: Scalars['DateTime']['output'];
  techInfo: Maybe<Scalars['String']['output']>;
  type: Scalars['String']['output'];
};

/** What a list of chargers can be sorted by. */
export type ChargerSortField =
  | 'CHARGE_POINT_ID'
  | 'CITY'
  | 'CREATED_AT'
  | 'LAST_HEARTBEAT_AT'
  | 'NAME'
  | 'REGISTRATION_STATUS';

/** A connector status or online/offline change. Drivers see public availability only (`availability`, `online`); `status`, `errorCode`, `info` are for admins. */
export type ChargerStatusUpdate = {
  __typename?: 'ChargerStatusUpdate';
  /** Available | Occupied | Unavailable | Faulted */
  availability: Maybe<Scalars['String']['output']>;
  /** kind partner: the station's EVSEs AVAILABLE now. */
  availableCount: Maybe<Scalars['Int']['output']>;
  chargePointId: Scalars['String']['output'];
  connectorId: Maybe<Scalars['Int']['output']>;
  errorCode: Maybe<Scalars['String']['output']>;
  /** kind partner: its OCPI status (AVAILABLE, CHARGING, OUTOFORDER, ...). */
  evseStatus: Maybe<Scalars['String']['output']>;
  /** kind partner: the EVSE. */
  evseUid: Maybe<Scalars['String']['output']>;
  info: Maybe<Scalars['String']['output']>;
  /** connector | online | offline | boot | firmware | diagnostics | partner | subscribed (the first event, once the subscription is in place, carrying nothing else: read the chargers then; a change between an earlier read and the subscription is not lost) */
  kind: Scalars['String']['output'];
  lagged: Scalars['Int']['output'];
  online: Maybe<Scalars['Boolean']['output']>;
  /** kind partner: the PartnerStation whose EVSE changed. */
  partnerStationId: Maybe<Scalars['ID']['output']>;
  status: Maybe<Scalars['String']['output']>;
  timestamp: Maybe<Scalars['DateTime']['output']>;
};

/** A charger the driver waits for. */
export type ChargerWatch = {
  __typename?: 'ChargerWatch';
  chargePointId: Scalars['String']['output'];
  /** None: any connector. */
  connectorId: Maybe<Scalars['Int']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  /** How long the driver may hold it once free. */
  holdMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
};

export type ChargerWatchConnection = {
  __typename?: 'ChargerWatchConnection';
  edges: Array<ChargerWatchEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<ChargerWatch>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ChargerWatchEdge = {
  __typename?: 'ChargerWatchEdge';
  cursor: Scalars['String']['output'];
  node: ChargerWatch;
};

export type ChargingProfile = {
  __typename?: 'ChargingProfile';
  chargerId: Scalars['ID']['output'];
  chargingProfileId: Scalars['Int']['output'];
  connectorId: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  recurrencyKind: Maybe<Scalars['String']['output']>;
  schedule: Scalars['JSON']['output'];
  stackLevel: Scalars['Int']['output'];
  status: Scalars['String']['output'];
  transactionId: Maybe<Scalars['Int']['output']>;
  validFrom: Maybe<Scalars['DateTime']['output']>;
  validTo: Maybe<Scalars['DateTime']['output']>;
};

export type ChargingRateUnit =
  | 'A'
  | 'W';

/** The handle a startCharging returns; it resolves to the session the charger starts. */
export type ChargingRequest = {
  __typename?: 'ChargingRequest';
  connectorId: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  session: Maybe<ChargingSession>;
  status: Scalars['String']['output'];
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

export type ChargingSession = {
  __typename?: 'ChargingSession';
  billed: Scalars['Boolean']['output'];
  /** Where: the charger's public details. */
  charger: Maybe<SessionCharger>;
  connectorId: Scalars['Int']['output'];
  cost: Maybe<Money>;
  costLines: Array<CostLine>;
  /** The cost so far: the billed cost once billed, else the running cost at the session's tariff from its latest meter reading (with your membership and pending rewards). */
  costSoFar: Maybe<Money>;
  energyWh: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Idle time of the running session (none while the car draws energy). */
  idle: Maybe<SessionIdle>;
  /** Energy, power and SoC over time, oldest first: the newest `limit` samples (the power chart of the running session; `sessionProgress` brings the ones that follow). */
  meterSamples: Array<MeterSample>;
  /** Reward points this session earned you (0 until it is billed). */
  pointsAwarded: Scalars['Int']['output'];
  /** The receipt, once the session is billed. */
  receipt: Maybe<Receipt>;
  receiptId: Maybe<Scalars['ID']['output']>;
  startedAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
  stopReason: Maybe<Scalars['String']['output']>;
  stoppedAt: Maybe<Scalars['DateTime']['output']>;
  transactionId: Scalars['Int']['output'];
};


export type ChargingSessionMeterSamplesArgs = {
  limit?: Scalars['Int']['input'];
};

export type ChargingSessionConnection = {
  __typename?: 'ChargingSessionConnection';
  edges: Array<ChargingSessionEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<ChargingSession>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ChargingSessionEdge = {
  __typename?: 'ChargingSessionEdge';
  cursor: Scalars['String']['output'];
  node: ChargingSession;
};

export type ChargingSessionFilter = {
  chargePointId?: InputMaybe<Scalars['String']['input']>;
  /** With (or without) flags. */
  flagged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Started at or after. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** ACTIVE, COMPLETED, ... (any case). */
  status?: InputMaybe<Scalars['String']['input']>;
  /** Started before. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The order of a list of charging sessions. */
export type ChargingSessionOrder = {
  direction?: SortDirection;
  field: ChargingSessionSortField;
};

/** What a list of charging sessions can be sorted by. */
export type ChargingSessionSortField =
  | 'CONNECTOR'
  | 'COST'
  | 'ENERGY'
  | 'STARTED_AT'
  | 'STATUS'
  | 'STOPPED_AT';

export type ClearChargingProfileInput = {
  chargerId: Scalars['ID']['input'];
  chargingProfilePurpose?: InputMaybe<Scalars['String']['input']>;
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['Int']['input']>;
  stackLevel?: InputMaybe<Scalars['Int']['input']>;
};

export type ClearDisplayMessageInput = {
  chargerId: Scalars['ID']['input'];
  messageId: Scalars['Int']['input'];
};

export type ClearVariableMonitoringInput = {
  chargerId: Scalars['ID']['input'];
  monitorIds: Array<Scalars['Int']['input']>;
};

export type CloseChargingSessionInput = {
  id: Scalars['ID']['input'];
  /** Why (3 to 500 characters); kept in the audit log. */
  reason: Scalars['String']['input'];
};

export type CloseChargingSessionPayload = {
  __typename?: 'CloseChargingSessionPayload';
  errors: Array<UserError>;
  session: Maybe<AdminChargingSession>;
};

export type CloseProblemReportInput = {
  id: Scalars['ID']['input'];
  resolution?: InputMaybe<Scalars['String']['input']>;
};

export type CloseProblemReportPayload = {
  __typename?: 'CloseProblemReportPayload';
  errors: Array<UserError>;
  report: Maybe<ProblemReport>;
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

/** The charger answered with a CALLERROR (`errorCode` is the OCPP error code). */
export type CommandRejectedError = UserError & {
  __typename?: 'CommandRejectedError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  errorCode: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The charger did not answer in time. */
export type CommandTimeoutError = UserError & {
  __typename?: 'CommandTimeoutError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** OCPP 2.0.1 ComponentCriterionEnumType. */
export type ComponentCriterion =
  | 'ACTIVE'
  | 'AVAILABLE'
  | 'ENABLED'
  | 'PROBLEM';

/** A component (and optionally one of its variables) to report on. */
export type ComponentVariableInput = {
  component: Scalars['String']['input'];
  componentInstance?: InputMaybe<Scalars['String']['input']>;
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  evseId?: InputMaybe<Scalars['Int']['input']>;
  variable?: InputMaybe<Scalars['String']['input']>;
  variableInstance?: InputMaybe<Scalars['String']['input']>;
};

export type ConfigurationKey = {
  __typename?: 'ConfigurationKey';
  key: Scalars['String']['output'];
  readonly: Scalars['Boolean']['output'];
  updatedAt: Maybe<Scalars['DateTime']['output']>;
  value: Maybe<Scalars['String']['output']>;
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

/** A charger's connection, disconnection or refused connection. */
export type ConnectionEvent = {
  __typename?: 'ConnectionEvent';
  at: Maybe<Scalars['DateTime']['output']>;
  chargePointId: Scalars['String']['output'];
  /** None: the id is not a registered charger. */
  chargerId: Maybe<Scalars['ID']['output']>;
  /** The HTTP status of a refusal; the WebSocket close code of a disconnect. */
  code: Maybe<Scalars['Int']['output']>;
  detail: Maybe<Scalars['String']['output']>;
  id: Maybe<Scalars['ID']['output']>;
  /** connected, disconnected or refused; subscribed: the first event, once the subscription is in place. */
  kind: Scalars['String']['output'];
  lagged: Scalars['Int']['output'];
  /** Why (a code: unknown_id, wrong_password, missing_credentials, bad_subprotocol, profile_mismatch, client_certificate, invalid_id, tls_failure, server_error, closed_by_charger, ping_timeout, connection_lost, closed_by_server, replaced). */
  reason: Maybe<Scalars['String']['output']>;
  /** The reason, in words. */
  reasonText: Maybe<Scalars['String']['output']>;
  remoteAddress: Maybe<Scalars['String']['output']>;
};

export type ConnectionEventConnection = {
  __typename?: 'ConnectionEventConnection';
  edges: Array<ConnectionEventEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<ConnectionEvent>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ConnectionEventEdge = {
  __typename?: 'ConnectionEventEdge';
  cursor: Scalars['String']['output'];
  node: ConnectionEvent;
};

/** The order of a list of connection events. */
export type ConnectionEventOrder = {
  direction?: SortDirection;
  field: ConnectionEventSortField;
};

/** What a list of connection events can be sorted by. */
export type ConnectionEventSortField =
  | 'AT'
  | 'CHARGE_POINT_ID'
  | 'KIND'
  | 'REASON'
  | 'REMOTE_ADDRESS';

/** A charger's last connect, last disconnect (and why) and last refusal. */
export type ConnectionSummary = {
  __typename?: 'ConnectionSummary';
  lastConnect: Maybe<ConnectionEvent>;
  lastDisconnect: Maybe<ConnectionEvent>;
  lastRefusal: Maybe<ConnectionEvent>;
};

export type Connector = {
  __typename?: 'Connector';
  /** The OCPP connectorId (0 = the charge point). */
  connectorId: Scalars['Int']['output'];
  connectorType: Maybe<Scalars['String']['output']>;
  errorCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  info: Maybe<Scalars['String']['output']>;
  maxPowerKw: Maybe<Scalars['Decimal']['output']>;
  /** 1 or 3 (AC plugs), when registered. */
  phases: Maybe<Scalars['Int']['output']>;
  status: Scalars['String']['output'];
  statusAt: Maybe<Scalars['DateTime']['output']>;
  vendorErrorCode: Maybe<Scalars['String']['output']>;
};

export type ConnectorReservation = {
  __typename?: 'ConnectorReservation';
  /** The charger's id (as in startCharging). */
  chargerId: Scalars['ID']['output'];
  /** 0: the whole charger. */
  connectorId: Scalars['Int']['output'];
  expiresAt: Scalars['DateTime']['output'];
  fee: Money;
  id: Scalars['ID']['output'];
  status: Scalars['String']['output'];
};

/** A connector as the operator registers it. */
export type ConnectorSetupInput = {
  /** 1 to 10 (OCPP connectorId). */
  connectorId: Scalars['Int']['input'];
  maxPowerKw?: InputMaybe<Scalars['Decimal']['input']>;
  /** 1 or 3 (AC plugs). */
  phases?: InputMaybe<Scalars['Int']['input']>;
  /** CCS2, Type2, CHAdeMO or GB-T. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The connector is not available for you. */
export type ConnectorUnavailableError = UserError & {
  __typename?: 'ConnectorUnavailableError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type CostLine = {
  __typename?: 'CostLine';
  amount: Money;
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  /** The quantity as a person writes it: '12.345 kWh × RM 0.80/kWh', '1 session', '8%'. */
  quantityText: Scalars['String']['output'];
  unit: Scalars['String']['output'];
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

export type CreateIdTagInput = {
  /** 4 to 36 letters, digits or - _ . : (up to 20 for OCPP 1.6 chargers) */
  idTag: Scalars['String']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  /** None: a group tag. */
  ownerEmail?: InputMaybe<Scalars['String']['input']>;
};

export type CreateMaintenanceRecordInput = {
  chargerId: Scalars['ID']['input'];
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  kind: MaintenanceKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
  status?: MaintenanceStatus;
  technician?: InputMaybe<Scalars['String']['input']>;
};

export type CreateMembershipPlanInput = {
  active?: Scalars['Boolean']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  discountPerKwh?: Scalars['Decimal']['input'];
  includedKwh?: Scalars['Decimal']['input'];
  monthlyPrice: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
};

export type CreateRewardItemInput = {
  active?: Scalars['Boolean']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  kind: RewardKind;
  name: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  /** Null: unlimited. */
  stock?: InputMaybe<Scalars['Int']['input']>;
  /** kWh for FREE_KWH, ringgit for DISCOUNT, unused for MERCH. */
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

/** The top-up, by its id or by the sandbox checkout's reference (exactly one). */
export type CreateSandboxCheckoutLinkInput = {
  /** The last part of the checkout URL (from the sandbox page's admin link). */
  reference?: InputMaybe<Scalars['String']['input']>;
  topUpId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateSandboxCheckoutLinkPayload = {
  __typename?: 'CreateSandboxCheckoutLinkPayload';
  errors: Array<UserError>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type CreateTariffInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  idleFeePerMinute?: Scalars['Decimal']['input'];
  idleGraceMinutes?: Scalars['Int']['input'];
  isDefault?: Scalars['Boolean']['input'];
  maxCharge?: InputMaybe<Scalars['Decimal']['input']>;
  minCharge?: Scalars['Decimal']['input'];
  name: Scalars['String']['input'];
  pricePerKwh?: Scalars['Decimal']['input'];
  pricePerMinute?: Scalars['Decimal']['input'];
  reservationFee?: Scalars['Decimal']['input'];
  sessionFee?: Scalars['Decimal']['input'];
  taxRate?: Scalars['Decimal']['input'];
};

export type CreateTopUpInput = {
  amount: Scalars['Decimal']['input'];
  idempotencyKey: Scalars['String']['input'];
  method: PaymentMethodKind;
  /** Where the gateway sends the driver back after paying or failing, with `?topUp=<id>&status=<status>` added. Must be on one of this platform's origins (PUBLIC_URL, CORS_ORIGINS); another is an INVALID_INPUT error. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTopUpPayload = {
  __typename?: 'CreateTopUpPayload';
  errors: Array<UserError>;
  topUp: Maybe<TopUp>;
};

export type CreateVehicleInput = {
  batteryKwh?: InputMaybe<Scalars['Decimal']['input']>;
  brand: Scalars['String']['input'];
  connectorType?: InputMaybe<VehicleConnectorType>;
  model: Scalars['String']['input'];
  nickname?: InputMaybe<Scalars['String']['input']>;
  plateNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CsvExport = {
  __typename?: 'CsvExport';
  content: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
};

/** A customer certificate by its hash data (OCPP 2.0.1 CertificateHashDataType). */
export type CustomerCertificateInput = {
  hashAlgorithm: HashAlgorithm;
  issuerKeyHash: Scalars['String']['input'];
  issuerNameHash: Scalars['String']['input'];
  serialNumber: Scalars['String']['input'];
};

/** CustomerInformation: name the customer by exactly one of idToken, customerIdentifier, customerCertificate; ask for a report, a clearing, or both. */
export type CustomerInformationInput = {
  chargerId: Scalars['ID']['input'];
  clear?: Scalars['Boolean']['input'];
  customerCertificate?: InputMaybe<CustomerCertificateInput>;
  /** At most 64 characters. */
  customerIdentifier?: InputMaybe<Scalars['String']['input']>;
  /** At most 36 characters. */
  idToken?: InputMaybe<Scalars['String']['input']>;
  idTokenType?: IdTokenType;
  report?: Scalars['Boolean']['input'];
  /** After the station accepts clearing an idToken's data, also remove that idToken from its local authorization list (a Differential SendLocalList; its answer is in the response's localList). */
  updateLocalList?: Scalars['Boolean']['input'];
};

/** A CustomerInformation request to a station and what it reported. */
export type CustomerInformationRequest = {
  __typename?: 'CustomerInformationRequest';
  certificateSerialNumber: Maybe<Scalars['String']['output']>;
  clear: Scalars['Boolean']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  customerIdentifier: Maybe<Scalars['String']['output']>;
  /** The parts' data in seqNo order. */
  data: Scalars['String']['output'];
  generatedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  idToken: Maybe<Scalars['String']['output']>;
  parts: Scalars['Int']['output'];
  report: Scalars['Boolean']['output'];
  /** The requestId its NotifyCustomerInformation parts carry. */
  requestId: Scalars['Int']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** Requested, the station's answer (Accepted, Rejected, Invalid), Receiving (parts arriving), Complete, Failed (not answered). */
  status: Scalars['String']['output'];
  /** idToken, customerIdentifier or customerCertificate. */
  subject: Scalars['String']['output'];
};

/** Totals of one UTC day. */
export type DailyStat = {
  __typename?: 'DailyStat';
  date: Scalars['Date']['output'];
  /** Energy of the sessions started that day. */
  energyKwh: Scalars['Decimal']['output'];
  /** Billed that day (tax included). */
  revenue: Money;
  /** Sessions started that day. */
  sessions: Scalars['Int']['output'];
};

/** The dashboard's figures (admins); each equals what its list shows: chargers with the `online` filter, online chargers with a connector Charging / Faulted, sessions with status ACTIVE. */
export type DashboardStats = {
  __typename?: 'DashboardStats';
  /** Online chargers with a connector Charging. */
  chargersCharging: Scalars['Int']['output'];
  /** Online chargers with a connector Faulted. */
  chargersFaulted: Scalars['Int']['output'];
  chargersOffline: Scalars['Int']['output'];
  chargersOnline: Scalars['Int']['output'];
  chargersTotal: Scalars['Int']['output'];
  /** Energy of the sessions started today (UTC). */
  energyTodayWh: Scalars['Float']['output'];
  openFaults: Scalars['Int']['output'];
  /** Power now: the sum over the active sessions (W). */
  powerW: Scalars['Float']['output'];
  /** Billed today (UTC), tax included. */
  revenueToday: Money;
  sessionsActive: Scalars['Int']['output'];
  timestamp: Scalars['DateTime']['output'];
};

export type DataTransferInput = {
  chargerId: Scalars['ID']['input'];
  data?: InputMaybe<Scalars['String']['input']>;
  messageId?: InputMaybe<Scalars['String']['input']>;
  vendorId: Scalars['String']['input'];
};

export type DeleteAccountInput = {
  password: Scalars['String']['input'];
};

export type DeleteCertificateInput = {
  certificateHashData: CertificateHashDataInput;
  chargerId: Scalars['ID']['input'];
};

export type DeleteChargerInput = {
  id: Scalars['ID']['input'];
};

export type DeleteChargerPayload = {
  __typename?: 'DeleteChargerPayload';
  deletedId: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

export type DeleteMaintenanceRecordInput = {
  id: Scalars['ID']['input'];
};

export type DeleteMaintenanceRecordPayload = {
  __typename?: 'DeleteMaintenanceRecordPayload';
  deletedId: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

export type DeleteVehicleInput = {
  id: Scalars['ID']['input'];
};

export type DeleteVehiclePayload = {
  __typename?: 'DeleteVehiclePayload';
  deletedId: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** A report asked of a station (GetBaseReport or GetReport) and how it went. */
export type DeviceModelReport = {
  __typename?: 'DeviceModelReport';
  completedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** FullInventory, ConfigurationInventory, SummaryInventory, Criteria. */
  kind: Scalars['String']['output'];
  parts: Scalars['Int']['output'];
  requestId: Scalars['Int']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** Requested, the station's answer (Accepted, Rejected, NotSupported, EmptyResultSet), Receiving (parts arriving), Complete, Failed (not answered). */
  status: Scalars['String']['output'];
};

/** One attribute of one variable of a station's device model, as last reported. */
export type DeviceVariable = {
  __typename?: 'DeviceVariable';
  attributeType: Scalars['String']['output'];
  component: Scalars['String']['output'];
  componentInstance: Maybe<Scalars['String']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  constant: Maybe<Scalars['Boolean']['output']>;
  dataType: Maybe<Scalars['String']['output']>;
  evseId: Maybe<Scalars['Int']['output']>;
  maxLimit: Maybe<Scalars['Float']['output']>;
  minLimit: Maybe<Scalars['Float']['output']>;
  mutability: Maybe<Scalars['String']['output']>;
  persistent: Maybe<Scalars['Boolean']['output']>;
  unit: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  value: Maybe<Scalars['String']['output']>;
  valuesList: Maybe<Scalars['String']['output']>;
  variable: Scalars['String']['output'];
  variableInstance: Maybe<Scalars['String']['output']>;
};

export type DiagnosticsJob = {
  __typename?: 'DiagnosticsJob';
  chargerId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  fileName: Maybe<Scalars['String']['output']>;
  history: Array<JobStatusChange>;
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

/** A message on a station's display (OCPP 2.0.1). */
export type DisplayMessage = {
  __typename?: 'DisplayMessage';
  content: Scalars['String']['output'];
  endAt: Maybe<Scalars['DateTime']['output']>;
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  language: Maybe<Scalars['String']['output']>;
  /** The message's id on the station. */
  messageId: Maybe<Scalars['Int']['output']>;
  priority: Scalars['String']['output'];
  startAt: Maybe<Scalars['DateTime']['output']>;
  state: Maybe<Scalars['String']['output']>;
  /** Requested, the station's answer (Accepted, Rejected, NotSupported...), Reported (the station listed it), Cleared, Failed (not answered). */
  status: Scalars['String']['output'];
  transactionId: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** What drivers see of a charger. */
export type DriverPreview = {
  __typename?: 'DriverPreview';
  /** Why drivers do not find it (empty: they do). */
  hiddenBecause: Array<Scalars['String']['output']>;
  /** What it still lacks for drivers. */
  notes: Array<Scalars['String']['output']>;
  /** As the driver API returns it. */
  station: Station;
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

/** What an EV asked for at the start of its session (OCPP 2.0.1, ISO 15118). */
export type EvChargingNeeds = {
  __typename?: 'EvChargingNeeds';
  departureTime: Maybe<Scalars['DateTime']['output']>;
  energyAmountWh: Maybe<Scalars['Int']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  requestedEnergyTransfer: Scalars['String']['output'];
};

/** What ExtendedTriggerMessage (a 2.0.1 station: TriggerMessage) may ask for. */
export type ExtendedMessageTrigger =
  | 'BOOT_NOTIFICATION'
  | 'FIRMWARE_STATUS_NOTIFICATION'
  | 'HEARTBEAT'
  | 'LOG_STATUS_NOTIFICATION'
  | 'METER_VALUES'
  | 'SIGN_CHARGE_POINT_CERTIFICATE'
  | 'STATUS_NOTIFICATION';

export type ExtendedTriggerMessageInput = {
  chargerId: Scalars['ID']['input'];
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  requestedMessage: ExtendedMessageTrigger;
};

export type Fault = {
  __typename?: 'Fault';
  acknowledgedAt: Maybe<Scalars['DateTime']['output']>;
  /** The charger at fault. */
  charger: Charger;
  chargerId: Scalars['ID']['output'];
  connectorId: Maybe<Scalars['Int']['output']>;
  errorCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  info: Maybe<Scalars['String']['output']>;
  notes: Maybe<Scalars['String']['output']>;
  openedAt: Scalars['DateTime']['output'];
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  status: Scalars['String']['output'];
  vendorErrorCode: Maybe<Scalars['String']['output']>;
};

export type FaultConnection = {
  __typename?: 'FaultConnection';
  edges: Array<FaultEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Fault>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FaultEdge = {
  __typename?: 'FaultEdge';
  cursor: Scalars['String']['output'];
  node: Fault;
};

export type FaultNoteInput = {
  id: Scalars['ID']['input'];
  /** Appended to the fault's notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** The order of a list of faults. */
export type FaultOrder = {
  direction?: SortDirection;
  field: FaultSortField;
};

export type FaultPayload = {
  __typename?: 'FaultPayload';
  errors: Array<UserError>;
  fault: Maybe<Fault>;
};

/** What a list of faults can be sorted by. */
export type FaultSortField =
  | 'CONNECTOR'
  | 'ERROR_CODE'
  | 'OPENED_AT'
  | 'STATUS';

/** A charger fault opened, acknowledged or resolved. The first event (no faultId, no status) comes once the subscription is in place: read the faults then. */
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

export type FirmwareJob = {
  __typename?: 'FirmwareJob';
  chargerId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  history: Array<JobStatusChange>;
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  retrieveAt: Scalars['DateTime']['output'];
  status: Scalars['String']['output'];
};

/** The commands a fleet job may send. */
export type FleetAction =
  | 'CHANGE_AVAILABILITY'
  | 'CHANGE_CONFIGURATION'
  | 'RESET'
  | 'SEND_LOCAL_LIST'
  | 'TRIGGER_MESSAGE'
  | 'UPDATE_FIRMWARE';

/** Chargers chosen by the chargers list's filters. */
export type FleetChargerFilter = {
  city?: InputMaybe<Scalars['String']['input']>;
  /** Chargers with a connector in this OCPP status (e.g. Faulted). */
  connectorStatus?: InputMaybe<Scalars['String']['input']>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  registrationStatus?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type FleetJob = {
  __typename?: 'FleetJob';
  action: Scalars['String']['output'];
  autoContinue: Scalars['Boolean']['output'];
  /** Chargers by status. */
  counts: Scalars['JSON']['output'];
  createdAt: Scalars['DateTime']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  payload: Maybe<Scalars['JSON']['output']>;
  selection: Maybe<Scalars['JSON']['output']>;
  stage: Scalars['Int']['output'];
  stageSize: Maybe<Scalars['Int']['output']>;
  /** running, awaiting_go, completed, failed, cancelled. */
  status: Scalars['String']['output'];
  /** Each charger's progress and result. */
  targets: Array<FleetJobTarget>;
  total: Scalars['Int']['output'];
};

export type FleetJobConnection = {
  __typename?: 'FleetJobConnection';
  edges: Array<FleetJobEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<FleetJob>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FleetJobEdge = {
  __typename?: 'FleetJobEdge';
  cursor: Scalars['String']['output'];
  node: FleetJob;
};

/** A change in a fleet job: a charger's status, or the job's. */
export type FleetJobEvent = {
  __typename?: 'FleetJobEvent';
  chargerId: Maybe<Scalars['ID']['output']>;
  /** Null only in the first event of every job's updates (the subscription in place). */
  jobId: Maybe<Scalars['ID']['output']>;
  jobStatus: Maybe<Scalars['String']['output']>;
  lagged: Scalars['Int']['output'];
  stage: Maybe<Scalars['Int']['output']>;
  status: Maybe<Scalars['String']['output']>;
  targetId: Maybe<Scalars['ID']['output']>;
};

/** The order of a list of fleet jobs. */
export type FleetJobOrder = {
  direction?: SortDirection;
  field: FleetJobSortField;
};

export type FleetJobPayload = {
  __typename?: 'FleetJobPayload';
  errors: Array<UserError>;
  fleetJob: Maybe<FleetJob>;
};

/** What a list of fleet jobs can be sorted by. */
export type FleetJobSortField =
  | 'ACTION'
  | 'CREATED_AT'
  | 'FINISHED_AT'
  | 'STATUS';

/** Where a fleet job is. */
export type FleetJobStatus =
  | 'AWAITING_GO'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** One charger of a fleet job. */
export type FleetJobTarget = {
  __typename?: 'FleetJobTarget';
  answer: Maybe<Scalars['JSON']['output']>;
  chargePointId: Scalars['String']['output'];
  chargerId: Scalars['ID']['output'];
  error: Maybe<Scalars['String']['output']>;
  /** UpdateFirmware: each FirmwareStatusNotification ({status, at}). */
  firmwareHistory: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  latencyMs: Maybe<Scalars['Int']['output']>;
  stage: Scalars['Int']['output'];
  /** pending, sending, accepted, rejected, failed, skipped; UpdateFirmware: then downloading, downloaded, installing, installed (or failed). */
  status: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
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

/** One event the payment gateway sent about a top-up. */
export type GatewayEventRecord = {
  __typename?: 'GatewayEventRecord';
  error: Maybe<Scalars['String']['output']>;
  eventId: Scalars['String']['output'];
  /** The gateway's own time of the event. */
  gatewayTime: Maybe<Scalars['DateTime']['output']>;
  /** What applying it did: applied, stale (older than the latest word), ignored. */
  outcome: Maybe<Scalars['String']['output']>;
  receivedAt: Scalars['DateTime']['output'];
  sequence: Maybe<Scalars['Int']['output']>;
  type: Maybe<Scalars['String']['output']>;
};

/** A top-up's state as the payment gateway last reported it. */
export type GatewayState =
  | 'CREATED'
  | 'FAILED'
  | 'REFUNDED'
  | 'SUCCEEDED';

export type GeoPointInput = {
  latitude: Scalars['Float']['input'];
  longitude: Scalars['Float']['input'];
};

export type GetBaseReportInput = {
  chargerId: Scalars['ID']['input'];
  reportBase: ReportBase;
};

/** OCPP 2.0.1: which of its charging profiles the station reports. */
export type GetChargingProfilesInput = {
  chargerId: Scalars['ID']['input'];
  /** EMS, Other, SO, CSO. */
  chargingLimitSources?: InputMaybe<Array<Scalars['String']['input']>>;
  chargingProfileIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** ChargingStationMaxProfile, TxDefaultProfile or TxProfile. */
  chargingProfilePurpose?: InputMaybe<Scalars['String']['input']>;
  /** 0: the station's own; none: every EVSE's. */
  evseId?: InputMaybe<Scalars['Int']['input']>;
  stackLevel?: InputMaybe<Scalars['Int']['input']>;
};

export type GetCompositeScheduleInput = {
  chargerId: Scalars['ID']['input'];
  chargingRateUnit?: InputMaybe<ChargingRateUnit>;
  connectorId: Scalars['Int']['input'];
  duration: Scalars['Int']['input'];
};

export type GetConfigurationInput = {
  chargerId: Scalars['ID']['input'];
  keys?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type GetDiagnosticsInput = {
  chargerId: Scalars['ID']['input'];
  location: Scalars['String']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
  retryInterval?: InputMaybe<Scalars['Int']['input']>;
  startTime?: InputMaybe<Scalars['DateTime']['input']>;
  stopTime?: InputMaybe<Scalars['DateTime']['input']>;
};

/** GetDisplayMessages: all messages, or those matching. */
export type GetDisplayMessagesInput = {
  chargerId: Scalars['ID']['input'];
  messageIds?: InputMaybe<Array<Scalars['Int']['input']>>;
  priority?: InputMaybe<MessagePriority>;
  state?: InputMaybe<MessageState>;
};

export type GetInstalledCertificateIdsInput = {
  certificateType: CertificateUse;
  chargerId: Scalars['ID']['input'];
};

export type GetLogInput = {
  chargerId: Scalars['ID']['input'];
  latestTimestamp?: InputMaybe<Scalars['DateTime']['input']>;
  logType: LogType;
  oldestTimestamp?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the charger uploads the log (a URL). */
  remoteLocation: Scalars['String']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
  retryInterval?: InputMaybe<Scalars['Int']['input']>;
};

export type GetMonitoringReportInput = {
  chargerId: Scalars['ID']['input'];
  componentVariables?: InputMaybe<Array<ComponentVariableInput>>;
  monitoringCriteria?: InputMaybe<Array<MonitoringCriterion>>;
};

export type GetReportInput = {
  chargerId: Scalars['ID']['input'];
  componentCriteria?: InputMaybe<Array<ComponentCriterion>>;
  componentVariables?: InputMaybe<Array<ComponentVariableInput>>;
};

/** OCPP 2.0.1: ask the station about a transaction (or about any). */
export type GetTransactionStatusInput = {
  chargerId: Scalars['ID']['input'];
  /** The charging session's transactionId; none: whether any messages wait. */
  transactionId?: InputMaybe<Scalars['Int']['input']>;
};

export type HashAlgorithm =
  | 'SHA256'
  | 'SHA384'
  | 'SHA512';

/** A charger of a site that drivers do not find, and why. */
export type HiddenCharger = {
  __typename?: 'HiddenCharger';
  chargePointId: Scalars['String']['output'];
  name: Maybe<Scalars['String']['output']>;
  reasons: Array<Scalars['String']['output']>;
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

/** An id tag matching a search, with its owner. */
export type IdTagMatch = {
  __typename?: 'IdTagMatch';
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  idTag: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  label: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  userEmail: Maybe<Scalars['String']['output']>;
  userName: Maybe<Scalars['String']['output']>;
};

/** The order of a list of id tags. */
export type IdTagOrder = {
  direction?: SortDirection;
  field: IdTagSortField;
};

export type IdTagPayload = {
  __typename?: 'IdTagPayload';
  errors: Array<UserError>;
  idTag: Maybe<IdTag>;
};

/** What a list of id tags can be sorted by. */
export type IdTagSortField =
  | 'CREATED_AT'
  | 'EXPIRES_AT'
  | 'ID_TAG'
  | 'STATUS';

export type IdTagStatus =
  | 'ACCEPTED'
  | 'BLOCKED'
  | 'EXPIRED'
  | 'INVALID';

/** OCPP 2.0.1 IdTokenEnumType. */
export type IdTokenType =
  | 'CENTRAL'
  | 'E_MAID'
  | 'ISO14443'
  | 'ISO15693'
  | 'KEY_CODE'
  | 'LOCAL'
  | 'MAC_ADDRESS'
  | 'NO_AUTHORIZATION';

/** The idempotency key was already used for another request. */
export type IdempotencyConflictError = UserError & {
  __typename?: 'IdempotencyConflictError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type ImportChargersInput = {
  /** At most 500. */
  rows: Array<ChargerImportRowInput>;
};

export type ImportChargersPayload = {
  __typename?: 'ImportChargersPayload';
  chargers: Array<Charger>;
  errors: Array<UserError>;
  keys: Array<ChargerKey>;
  /** When given, nothing was imported. */
  rowErrors: Array<ImportRowError>;
};

/** A row of an import that is wrong. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  field: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The data row, 1 for the first after the header. */
  row: Scalars['Int']['output'];
};

export type InstallCertificateInput = {
  /** The root certificate, PEM. */
  certificate: Scalars['String']['input'];
  certificateType: CertificateUse;
  chargerId: Scalars['ID']['input'];
};

/** The wallet balance does not cover this. */
export type InsufficientFundsError = UserError & {
  __typename?: 'InsufficientFundsError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** Your points do not cover this reward. */
export type InsufficientPointsError = UserError & {
  __typename?: 'InsufficientPointsError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

/** The command is not valid OCPP 1.6; nothing was sent. */
export type InvalidCommandError = UserError & {
  __typename?: 'InvalidCommandError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

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

export type InviteOcpiPartnerPayload = {
  __typename?: 'InviteOcpiPartnerPayload';
  errors: Array<UserError>;
  partner: Maybe<OcpiPartner>;
  /** Shown once: hand it to the partner. */
  tokenA: Maybe<Scalars['String']['output']>;
  /** Our versions URL for the partner. */
  versionsUrl: Maybe<Scalars['String']['output']>;
};

export type InvoiceGrouping =
  | 'CHARGER'
  | 'DAY';

export type InvoiceSummary = {
  __typename?: 'InvoiceSummary';
  energyKwh: Scalars['Decimal']['output'];
  revenue: Money;
  rows: Array<InvoiceSummaryRow>;
  sessions: Scalars['Int']['output'];
  tax: Money;
  total: Money;
};

export type InvoiceSummaryRow = {
  __typename?: 'InvoiceSummaryRow';
  energyKwh: Scalars['Decimal']['output'];
  /** The day (YYYY-MM-DD) or the charge point id. */
  key: Scalars['String']['output'];
  /** Billed amount before tax. */
  revenue: Money;
  sessions: Scalars['Int']['output'];
  tax: Money;
  total: Money;
};

export type JobStatusChange = {
  __typename?: 'JobStatusChange';
  at: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

/** A site's allocation, as last computed. */
export type LoadAllocation = {
  __typename?: 'LoadAllocation';
  at: Maybe<Scalars['DateTime']['output']>;
  /** Every capacity node of the site's tree, in the order they were added. */
  nodes: Array<LoadNodeUse>;
  reason: Maybe<Scalars['String']['output']>;
  shares: Array<LoadShare>;
  siteId: Scalars['ID']['output'];
  /** The main supply's limit now (its lowest phase, amperes), less the other load. */
  supplyLimitA: Maybe<Scalars['Float']['output']>;
};

/** A limit the platform sent to a charger's transaction, and why. */
export type LoadAllocationChange = {
  __typename?: 'LoadAllocationChange';
  /** The charger's answer (null: recorded before answers were kept); only an accepted limit is in force. */
  answer: Maybe<LoadChangeAnswer>;
  at: Scalars['DateTime']['output'];
  chargePointId: Maybe<Scalars['String']['output']>;
  connectorId: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Amperes per phase sent (0: paused). */
  newLimitA: Scalars['Int']['output'];
  /** Amperes per phase in force before: the last limit the charger accepted (null: none). */
  oldLimitA: Maybe<Scalars['Int']['output']>;
  reason: LoadChangeReason;
  transactionId: Maybe<Scalars['Int']['output']>;
  /** The unit the charger takes its limits in: A or W. */
  unit: Scalars['String']['output'];
};

export type LoadAllocationChangeConnection = {
  __typename?: 'LoadAllocationChangeConnection';
  edges: Array<LoadAllocationChangeEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<LoadAllocationChange>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type LoadAllocationChangeEdge = {
  __typename?: 'LoadAllocationChangeEdge';
  cursor: Scalars['String']['output'];
  node: LoadAllocationChange;
};

/** The charger's answer to a limit the platform sent. */
export type LoadChangeAnswer =
  | 'ACCEPTED'
  | 'FAILED'
  | 'OFFLINE'
  | 'PENDING'
  | 'REJECTED'
  | 'TIMEOUT';

/** Why the platform changed a charger's limit. */
export type LoadChangeReason =
  | 'FAILSAFE'
  | 'LIMIT_CHANGE'
  | 'METER_READING'
  | 'REJECTED'
  | 'SCHEDULE'
  | 'SESSION_STARTED'
  | 'SESSION_STOPPED'
  | 'STATUS_CHANGE'
  | 'UNUSED_CAPACITY';

/** A capacity node's limit now and what the sessions below it use. */
export type LoadNodeUse = {
  __typename?: 'LoadNodeUse';
  /** The sum of what its sessions' cars draw, on its busiest phase (amperes). */
  drawnA: Scalars['Float']['output'];
  /** The sum of its sessions' limits in force, on its busiest phase (amperes). */
  inForceA: Scalars['Float']['output'];
  kind: CapacityNodeKind;
  /** Its limit now (its lowest phase, amperes; the main supply's less the other load). */
  limitA: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  nodeId: Scalars['ID']['output'];
  parentId: Maybe<Scalars['ID']['output']>;
  /** The sessions below it (their shares). */
  transactionIds: Array<Scalars['Int']['output']>;
};

/** A priority weight of a site's sessions. */
export type LoadPriority = {
  __typename?: 'LoadPriority';
  key: Scalars['String']['output'];
  kind: LoadPriorityKind;
  weight: Scalars['Int']['output'];
};

/** A weight for a membership plan's or a fleet's sessions (null removes it). */
export type LoadPriorityInput = {
  key: Scalars['String']['input'];
  kind: LoadPriorityKind;
  siteId: Scalars['ID']['input'];
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** What a priority weight applies to. */
export type LoadPriorityKind =
  | 'FLEET'
  | 'PLAN';

/** One session's share of a site's capacity. */
export type LoadShare = {
  __typename?: 'LoadShare';
  /** Capped at what the car draws (tapering). */
  cappedA: Maybe<Scalars['Int']['output']>;
  chargePointId: Scalars['String']['output'];
  connectorId: Scalars['Int']['output'];
  /** What the car draws now (its highest phase, amperes; null: no reading). */
  drawnA: Maybe<Scalars['Float']['output']>;
  /** Amperes per phase in force: the last limit the charger accepted (0: paused). */
  limitA: Scalars['Int']['output'];
  phases: Scalars['Int']['output'];
  /** active, paused, or fixed (its charger takes no limits). */
  state: Scalars['String']['output'];
  /** Amperes per phase the platform allocated (limitA until the charger accepts it). */
  targetA: Maybe<Scalars['Int']['output']>;
  transactionId: Scalars['Int']['output'];
  weight: Scalars['Int']['output'];
};

export type LocalListUpdateType =
  | 'DIFFERENTIAL'
  | 'FULL';

/** A log upload asked of the charger (GetLog) and its progress. */
export type LogRequest = {
  __typename?: 'LogRequest';
  createdAt: Scalars['DateTime']['output'];
  fileName: Maybe<Scalars['String']['output']>;
  history: Array<JobStatusChange>;
  id: Scalars['ID']['output'];
  location: Scalars['String']['output'];
  logType: Scalars['String']['output'];
  /** The GetLog requestId. */
  requestId: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type LogType =
  | 'DIAGNOSTICS_LOG'
  | 'SECURITY_LOG';

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

/** The reply could not be sent by email; nothing was recorded. */
export type MailFailedError = UserError & {
  __typename?: 'MailFailedError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type MaintenanceKind =
  | 'CORRECTIVE'
  | 'FIRMWARE'
  | 'INSPECTION'
  | 'INSTALLATION'
  | 'OTHER'
  | 'PREVENTIVE';

/** Work on a charger: planned, in progress or done. */
export type MaintenanceRecord = {
  __typename?: 'MaintenanceRecord';
  charger: Charger;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: MaintenanceKind;
  notes: Maybe<Scalars['String']['output']>;
  scheduledAt: Maybe<Scalars['DateTime']['output']>;
  startedAt: Maybe<Scalars['DateTime']['output']>;
  status: MaintenanceStatus;
  technician: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type MaintenanceRecordConnection = {
  __typename?: 'MaintenanceRecordConnection';
  edges: Array<MaintenanceRecordEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<MaintenanceRecord>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MaintenanceRecordEdge = {
  __typename?: 'MaintenanceRecordEdge';
  cursor: Scalars['String']['output'];
  node: MaintenanceRecord;
};

export type MaintenanceRecordPayload = {
  __typename?: 'MaintenanceRecordPayload';
  errors: Array<UserError>;
  maintenanceRecord: Maybe<MaintenanceRecord>;
};

export type MaintenanceStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

export type Membership = {
  __typename?: 'Membership';
  cancelAtPeriodEnd: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  includedKwhRemaining: Scalars['Decimal']['output'];
  includedKwhUsed: Scalars['Decimal']['output'];
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  plan: MembershipPlan;
  /** Null when it ends at the period end. */
  renewsAt: Maybe<Scalars['DateTime']['output']>;
  /** ACTIVE, PAST_DUE (renewal not paid), CANCELLED or EXPIRED. */
  status: Scalars['String']['output'];
};

export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  errors: Array<UserError>;
  membership: Maybe<Membership>;
};

export type MembershipPlan = {
  __typename?: 'MembershipPlan';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** Taken off the price of every kWh. */
  discountPerKwh: Money;
  id: Scalars['ID']['output'];
  /** kWh included each month (free of the kWh price). */
  includedKwh: Scalars['Decimal']['output'];
  monthlyPrice: Money;
  name: Scalars['String']['output'];
};

export type MembershipPlanConnection = {
  __typename?: 'MembershipPlanConnection';
  edges: Array<MembershipPlanEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<MembershipPlan>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type MembershipPlanEdge = {
  __typename?: 'MembershipPlanEdge';
  cursor: Scalars['String']['output'];
  node: MembershipPlan;
};

export type MembershipPlanIdInput = {
  id: Scalars['ID']['input'];
};

export type MembershipPlanPayload = {
  __typename?: 'MembershipPlanPayload';
  errors: Array<UserError>;
  plan: Maybe<MembershipPlan>;
};

/** OCPP 2.0.1 MessageFormatEnumType. */
export type MessageFormat =
  | 'ASCII'
  | 'HTML'
  | 'URI'
  | 'UTF8';

/** OCPP 2.0.1 MessagePriorityEnumType. */
export type MessagePriority =
  | 'ALWAYS_FRONT'
  | 'IN_FRONT'
  | 'NORMAL_CYCLE';

/** OCPP 2.0.1 MessageStateEnumType: when the station shows the message. */
export type MessageState =
  | 'CHARGING'
  | 'FAULTED'
  | 'IDLE'
  | 'UNAVAILABLE';

export type MessageTrigger =
  | 'BOOT_NOTIFICATION'
  | 'DIAGNOSTICS_STATUS_NOTIFICATION'
  | 'FIRMWARE_STATUS_NOTIFICATION'
  | 'HEARTBEAT'
  | 'METER_VALUES'
  | 'STATUS_NOTIFICATION';

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

/** One point of a session's meter chart. */
export type MeterSample = {
  __typename?: 'MeterSample';
  /** Energy delivered since the start of the session. */
  energyWh: Maybe<Scalars['Float']['output']>;
  powerW: Maybe<Scalars['Float']['output']>;
  soc: Maybe<Scalars['Float']['output']>;
  timestamp: Scalars['DateTime']['output'];
};

export type MeterValue = {
  __typename?: 'MeterValue';
  connectorId: Scalars['Int']['output'];
  context: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  location: Maybe<Scalars['String']['output']>;
  measurand: Scalars['String']['output'];
  phase: Maybe<Scalars['String']['output']>;
  rawValue: Scalars['String']['output'];
  timestamp: Scalars['DateTime']['output'];
  transactionId: Maybe<Scalars['Int']['output']>;
  /** The base unit (Wh, W, A, V, ...), after normalisation. */
  unit: Maybe<Scalars['String']['output']>;
  value: Maybe<Scalars['Float']['output']>;
};

/** The building meter polled over Modbus TCP: where each phase's current is. */
export type ModbusMeter = {
  __typename?: 'ModbusMeter';
  host: Scalars['String']['output'];
  intervalSeconds: Scalars['Int']['output'];
  port: Scalars['Int']['output'];
  /** The register of L1's, L2's and L3's current. */
  registers: Array<Scalars['Int']['output']>;
  registersKind: ModbusRegisterKind;
  /** Amperes per register unit (0.1: tenths of an ampere). */
  scale: Scalars['Decimal']['output'];
  unitId: Scalars['Int']['output'];
};

/** The building meter polled over Modbus TCP. */
export type ModbusMeterInput = {
  host: Scalars['String']['input'];
  intervalSeconds?: Scalars['Int']['input'];
  port?: Scalars['Int']['input'];
  registers: Array<Scalars['Int']['input']>;
  registersKind?: ModbusRegisterKind;
  scale?: Scalars['Decimal']['input'];
  unitId?: Scalars['Int']['input'];
};

/** Which Modbus registers hold the currents. */
export type ModbusRegisterKind =
  | 'HOLDING'
  | 'INPUT';

/** An amount of money: `amount` in the currency's major unit (e.g. 12.50 MYR). */
export type Money = {
  __typename?: 'Money';
  amount: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
};

/** OCPP 2.0.1 MonitorEnumType. */
export type MonitorType =
  | 'DELTA'
  | 'LOWER_THRESHOLD'
  | 'PERIODIC'
  | 'PERIODIC_CLOCK_ALIGNED'
  | 'UPPER_THRESHOLD';

/** OCPP 2.0.1 MonitoringBaseEnumType. */
export type MonitoringBase =
  | 'ALL'
  | 'FACTORY_DEFAULT'
  | 'HARD_WIRED_ONLY';

/** OCPP 2.0.1 MonitoringCriterionEnumType. */
export type MonitoringCriterion =
  | 'DELTA_MONITORING'
  | 'PERIODIC_MONITORING'
  | 'THRESHOLD_MONITORING';

export type Mutation = {
  __typename?: 'Mutation';
  /** Admins: acknowledge an open fault (someone is on it). */
  acknowledgeFault: FaultPayload;
  /** Admins: add a node to a site's capacity tree. */
  addCapacityNode: CapacityNodePayload;
  /** Register an RFID card (admins may register it for any user). */
  addRfidTag: IdTagPayload;
  /** Admins: refund to, or adjust, a driver's wallet (reason required). */
  adjustWallet: AdjustWalletPayload;
  /** Admins: create a user (email counts as verified). */
  adminCreateUser: AdminCreateUserPayload;
  /** Admins: disable (sign out, refuse sign-in, block API keys) or enable a user. */
  adminSetUserDisabled: AdminUserPayload;
  /** Admins: make a user a driver or an admin. */
  adminSetUserRole: AdminUserPayload;
  /** Admins: change a user's name, email, phone or verification. */
  adminUpdateUser: AdminUserPayload;
  /** Apply a friend's referral code (once, before your first paid session): you both get points when you complete your first paid session. */
  applyReferralCode: ApplyReferralCodePayload;
  /** Admins: approve (or reject) a charger; BootNotification answers accordingly. */
  approveCharger: ChargerPayload;
  /** Admins: give a charger its own tariff (or null for the default). */
  assignTariff: AssignTariffPayload;
  /** Block one of your id tags: chargers will refuse it. */
  blockIdTag: IdTagPayload;
  /** Admins: CancelReservation. */
  cancelChargerReservation: OcppCommandPayload;
  /** Stop waiting for this charger. */
  cancelChargerWatch: CancelChargerWatchPayload;
  /** Admins: stop a fleet job (chargers not sent yet are skipped). */
  cancelFleetJob: FleetJobPayload;
  /** Cancel your membership at the end of the paid period (no refund). */
  cancelMembership: MembershipPayload;
  /** Drivers: cancel your reservation at a partner's station. */
  cancelPartnerReservation: PartnerReservationPayload;
  /** Cancel your reservation (CancelReservation). */
  cancelReservation: ReservationPayload;
  /** Admins: ChangeAvailability (connector 0 = the whole charger). */
  changeAvailability: OcppCommandPayload;
  /** Admins: ChangeConfiguration (the configuration cache is updated). */
  changeConfiguration: OcppCommandPayload;
  /** Change your password; other sessions are signed out. */
  changePassword: AuthPayload;
  /** Admins: ClearCache (the charger's authorization cache). */
  clearCache: OcppCommandPayload;
  /** Admins: ClearChargingProfile (matching stored profiles are marked Cleared). */
  clearChargingProfile: OcppCommandPayload;
  /** Admins: ClearDisplayMessage (Accepted marks the message cleared). */
  clearDisplayMessage: OcppCommandPayload;
  /** Admins: ClearVariableMonitoring (cleared monitors are removed). */
  clearVariableMonitoring: OcppCommandPayload;
  /** Admins: close an active session its charger will never end (replaced or dead), billed on the last meter reading received, like a stop; the reason goes to the audit log. */
  closeChargingSession: CloseChargingSessionPayload;
  /** Operators: close a problem report with what was done. */
  closeProblemReport: CloseProblemReportPayload;
  /** Admins: close a support message. */
  closeSupportMessage: SupportMessagePayload;
  /** Admins: a site's load settings (on/off, voltage, stale reading age). */
  configureSiteLoad: SiteLoadPayload;
  /** Admins: the operator's go: send a staged job's second stage now. */
  continueFleetJob: FleetJobPayload;
  /** Create an API key for yourself (admins: for any user). */
  createApiKey: CreateApiKeyPayload;
  /** Admins: register an RFID card for a user, or a group tag. */
  createIdTag: AdminIdTagPayload;
  /** Admins: record maintenance of a charger. */
  createMaintenanceRecord: MaintenanceRecordPayload;
  /** Admins: create a membership plan (prices in ringgit). */
  createMembershipPlan: MembershipPlanPayload;
  /** Admins: add a reward to the catalog. */
  createRewardItem: RewardItemPayload;
  /** Admins: a link to the sandbox gateway's checkout page of a top-up, signed for you and valid for ten minutes. In production (PAYMENT_GATEWAY=sandbox) the sandbox's pages open only through such a link. */
  createSandboxCheckoutLink: CreateSandboxCheckoutLinkPayload;
  /** Admins: create a site. */
  createSite: SitePayload;
  /** Admins: create a tariff (prices in ringgit; `isDefault` makes it the default). */
  createTariff: TariffPayload;
  /** Start a wallet top-up: returns the gateway checkout URL. The same idempotency key returns the same top-up; the wallet is credited when the gateway confirms. */
  createTopUp: CreateTopUpPayload;
  /** Add a vehicle to your account. */
  createVehicle: VehiclePayload;
  /** Admins: CustomerInformation to an OCPP 2.0.1 station (report and/or clear one customer's data); the request and the reported data are in customerInformationRequests. Audited. */
  customerInformation: OcppCommandPayload;
  /** Admins: DataTransfer to the charger. */
  dataTransfer: OcppCommandPayload;
  /** Admins: withdraw a plan. Members keep it until their period ends; it is not renewed. */
  deactivateMembershipPlan: MembershipPlanPayload;
  /** Admins: deactivate a tariff; its chargers fall back to the default tariff. The default tariff cannot be deactivated (make another the default first). */
  deactivateTariff: TariffPayload;
  /** Delete your account: personal data is erased, ledger history stays anonymised. */
  deleteAccount: OkPayload;
  /** Admins: DeleteCertificate. */
  deleteCertificate: OcppCommandPayload;
  /** Admins: delete a charger that has no charging sessions. */
  deleteCharger: DeleteChargerPayload;
  /** Admins: delete a maintenance record. */
  deleteMaintenanceRecord: DeleteMaintenanceRecordPayload;
  /** Admins: withdraw a reward from the catalog (past redemptions stay). */
  deleteRewardItem: RewardItemPayload;
  /** Remove one of your vehicles. */
  deleteVehicle: DeleteVehiclePayload;
  /** Admins: ExtendedTriggerMessage (SignChargePointCertificate renews the charger's certificate). */
  extendedTriggerMessage: OcppCommandPayload;
  /** Admins: GetBaseReport to an OCPP 2.0.1 station; its NotifyReports update the device model. */
  getBaseReport: OcppCommandPayload;
  /** Admins, OCPP 2.0.1: GetChargingProfiles; the station's reports arrive as stationReports (kind ChargingProfiles) under the requestId in the response. */
  getChargingProfiles: OcppCommandPayload;
  /** Admins: GetCompositeSchedule. */
  getCompositeSchedule: OcppCommandPayload;
  /** Admins: GetConfiguration (all keys, or the given ones); cached. */
  getConfiguration: OcppCommandPayload;
  /** Admins: GetDiagnostics (a diagnostics job is recorded). */
  getDiagnostics: OcppCommandPayload;
  /** Admins: GetDisplayMessages; the station's NotifyDisplayMessages update the stored messages. */
  getDisplayMessages: OcppCommandPayload;
  /** Admins: GetInstalledCertificateIds (the charger's answer replaces what is kept of that type). */
  getInstalledCertificateIds: OcppCommandPayload;
  /** Admins: GetLocalListVersion. */
  getLocalListVersion: OcppCommandPayload;
  /** Admins: GetLog (a diagnostics or security log uploaded to the URL; the request is recorded). */
  getLog: OcppCommandPayload;
  /** Admins: GetMonitoringReport; the station's NotifyMonitoringReports update the monitors. */
  getMonitoringReport: OcppCommandPayload;
  /** Admins: GetReport (component criteria and/or components and variables) to an OCPP 2.0.1 station; its NotifyReports update the device model. */
  getReport: OcppCommandPayload;
  /** Admins, OCPP 2.0.1: GetTransactionStatus (messagesInQueue, ongoingIndicator). */
  getTransactionStatus: OcppCommandPayload;
  /** Admins: register many chargers (a CSV file's rows) in one transaction: all, or none and the rows' errors. */
  importChargers: ImportChargersPayload;
  /** Admins: InstallCertificate (a root certificate; kept as installed when Accepted). */
  installCertificate: OcppCommandPayload;
  /** Admins: a partner that will register with us; returns its token A once. */
  inviteOcpiPartner: InviteOcpiPartnerPayload;
  /** Sign in with email and password. */
  login: AuthPayload;
  /** Sign out this session (or every session with allSessions). */
  logout: LogoutPayload;
  /** Admins: pull a registered partner's Locations and Tariffs now. */
  pullOcpiPartner: OcpiPullPayload;
  /** Admins: pull a registered partner's tokens (all pages); each valid one is kept. */
  pullOcpiTokens: PullOcpiTokensPayload;
  /** Integrators (admin API keys): what the site draws besides its chargers now; older than the site's stale age, the reading is ignored and the static limits hold. */
  pushSiteLoadReading: SiteLoadPayload;
  /** Admins: raise a charger's security profile; `status` is the charger's answer to the last step sent, `steps` each command and its answer. */
  raiseSecurityProfile: RaiseSecurityProfilePayload;
  /** Redeem a reward with your points: atomic (points and stock never go negative); the same idempotency key returns the same redemption. */
  redeemReward: RedeemRewardPayload;
  /** Exchange a refresh token for new tokens (the old one stops working). */
  refreshToken: AuthPayload;
  /** Create a driver account and sign in. */
  register: AuthPayload;
  /** Admins: register a charger; its AuthorizationKey is returned once. */
  registerCharger: RegisterChargerPayload;
  /** Admins: register with a partner given its versions URL and token A. */
  registerOcpiPartner: OcpiPartnerPayload;
  /** Admins: RemoteStartTransaction. */
  remoteStartTransaction: OcppCommandPayload;
  /** Admins: RemoteStopTransaction. */
  remoteStopTransaction: OcppCommandPayload;
  /** Admins: remove a node and everything below it. */
  removeCapacityNode: SiteLoadPayload;
  /** Admins: reopen a closed support message. */
  reopenSupportMessage: SupportMessagePayload;
  /** Admins: reply to a support message by email (and optionally close it). */
  replySupportMessage: SupportMessagePayload;
  /** Report a problem at a public charger (optionally with a photo). */
  reportProblem: ReportProblemPayload;
  /** Email a 6-digit code to verify an address before registering. The answer is the same for every address; an address that already has an account gets a mail saying so instead. */
  requestEmailCode: RequestEmailCodePayload;
  /** Email a password-reset code (the answer is the same for unknown addresses). */
  requestPasswordReset: OkPayload;
  /** Reserve a connector (ReserveNow); a fee applies per the charger's tariff. */
  reserveConnector: ReservationPayload;
  /** Admins: ReserveNow (the reservation is recorded; its id is the reservationId). */
  reserveNow: OcppCommandPayload;
  /** Drivers: reserve a partner's EVSE for `minutes` (1 to 120, default 15; your wallet must hold the minimum to start). Follow it with partnerReservationUpdated. */
  reservePartnerEvse: PartnerReservationPayload;
  /** Admins: Reset (Hard or Soft). */
  resetCharger: OcppCommandPayload;
  /** Set a new password with the emailed code; every session is signed out. */
  resetPassword: OkPayload;
  /** Admins: resolve a fault. */
  resolveFault: FaultPayload;
  /** Admins: take back the credit of a flagged top-up (the gateway reported it failed, refunded or open after the wallet was credited) in one balanced posting: the wallet pays what it holds, the rest becomes the driver's debt. Idempotent; CONFLICT for a top-up that is not flagged. */
  reverseTopUpCredit: ReverseTopUpCreditPayload;
  /** Revoke one of your API keys (admins: any key). */
  revokeApiKey: ApiKeyPayload;
  /** Admins: rotate the credentials tokens with a registered partner. */
  rotateOcpiCredentials: OcpiPartnerPayload;
  /** Admins: SendLocalList built from the id tags in the database. */
  sendLocalList: OcppCommandPayload;
  /** Admins, expert mode: send any OCPP 1.6 command with raw JSON parameters, checked against the action's 1.6 schema only (not the platform's rules). The charger's raw answer is returned; the command is in the command history and the audit log. */
  sendRawOcppCommand: OcppCommandPayload;
  /** Contact form: a message to support (email optional when signed in). */
  sendSupportMessage: SendSupportMessagePayload;
  /** Admins: SetChargingProfile (the profile is recorded with its status). */
  setChargingProfile: OcppCommandPayload;
  /** Admins: make a tariff the default (for chargers without their own). */
  setDefaultTariff: TariffPayload;
  /** Admins: set one attribute of a variable of an OCPP 2.0.1 station (SetVariables); `status` is the station's attributeStatus; Accepted updates the stored device model. */
  setDeviceVariable: OcppCommandPayload;
  /** Admins: SetDisplayMessage to an OCPP 2.0.1 station (the message is recorded with the station's answer as its status). */
  setDisplayMessage: OcppCommandPayload;
  /** Star (favourite: true) or unstar a public station. Idempotent. */
  setFavouriteStation: SetFavouriteStationPayload;
  /** Admins: weight the sessions of a membership plan or a fleet. */
  setLoadPriority: SiteLoadPayload;
  /** Admins: SetMonitoringBase (All, FactoryDefault, HardWiredOnly). */
  setMonitoringBase: OcppCommandPayload;
  /** Admins: SetMonitoringLevel (the least severe events still reported). */
  setMonitoringLevel: OcppCommandPayload;
  /** Admins: SetNetworkProfile to an OCPP 2.0.1 station (OCPP-J over the given interface); activate it afterwards with OCPPCommCtrlr.NetworkConfigurationPriority and a Reset. */
  setNetworkProfile: OcppCommandPayload;
  /** Admins: SetVariableMonitoring (an accepted monitor is stored). */
  setVariableMonitoring: OcppCommandPayload;
  /** Start charging on a connector: returns a charging request handle. */
  startCharging: StartChargingPayload;
  /** Admins: send a command to many chargers (a selection or a filter), optionally in two stages. Returns at once; progress arrives on the fleetJobUpdates subscription. */
  startFleetJob: FleetJobPayload;
  /** Drivers: start charging at a partner's EVSE (with your app token; your wallet must hold the minimum to start). Follow it with partnerSessionUpdated. */
  startPartnerCharging: PartnerSessionPayload;
  /** Stop one of your charging sessions (RemoteStopTransaction). */
  stopCharging: StopChargingPayload;
  /** Drivers: stop your session at a partner's charger. */
  stopPartnerCharging: PartnerSessionPayload;
  /** Buy a plan for a month, paid from your wallet; it renews monthly until cancelled. */
  subscribeMembership: MembershipPayload;
  /** Receive notifications in this browser: charging started and stopped (and why), low balance, a charger you wait for is free. */
  subscribePush: PushSubscriptionPayload;
  /** Admins: TriggerMessage. */
  triggerMessage: OcppCommandPayload;
  /** Unblock one of your id tags. */
  unblockIdTag: IdTagPayload;
  /** Admins: UnlockConnector. */
  unlockConnector: OcppCommandPayload;
  /** Admins (help desk): unlock the connector of a driver's session at a partner's charger (UNLOCK_CONNECTOR); the result follows in partnerCommand. */
  unlockPartnerConnector: PartnerCommandPayload;
  /** Admins: end the registration with a partner (its tokens stop working). */
  unregisterOcpiPartner: OcpiPartnerPayload;
  /** Stop notifications in this browser. */
  unsubscribePush: PushSubscriptionPayload;
  /** Admins: change a node of a capacity tree (its limits, window...). */
  updateCapacityNode: CapacityNodePayload;
  /** Admins: change a charger's details, profile or AuthorizationKey. */
  updateCharger: ChargerPayload;
  /** Admins: UpdateFirmware (a firmware job is recorded). */
  updateFirmware: OcppCommandPayload;
  /** Admins: change a tag's expiry, parent, owner, label or block it. */
  updateIdTag: AdminIdTagPayload;
  /** Admins: change a maintenance record. */
  updateMaintenanceRecord: MaintenanceRecordPayload;
  /** Admins: change a plan (a new price applies from the next renewal). */
  updateMembershipPlan: MembershipPlanPayload;
  /** Admins: change platform settings (they apply at once, on every node). */
  updatePlatformSettings: PlatformSettingsPayload;
  /** Change your name or phone. */
  updateProfile: UserPayload;
  /** Admins: change a reward (name, points, category, stock, active, ...). */
  updateRewardItem: RewardItemPayload;
  /** Admins: change a site's name, address or position. */
  updateSite: SitePayload;
  /** Admins: change a tariff. Running sessions keep the prices they started with. */
  updateTariff: TariffPayload;
  /** Change one of your vehicles. */
  updateVehicle: VehiclePayload;
  /** Check the emailed code; returns a token for register. */
  verifyEmailCode: VerifyEmailCodePayload;
  /** Notify me when this busy charger (or connector) is free. */
  watchCharger: WatchChargerPayload;
};


export type MutationAcknowledgeFaultArgs = {
  input: FaultNoteInput;
};


export type MutationAddCapacityNodeArgs = {
  input: CapacityNodeInput;
};


export type MutationAddRfidTagArgs = {
  input: AddRfidTagInput;
};


export type MutationAdjustWalletArgs = {
  input: AdjustWalletInput;
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


export type MutationApplyReferralCodeArgs = {
  input: ApplyReferralCodeInput;
};


export type MutationApproveChargerArgs = {
  input: ApproveChargerInput;
};


export type MutationAssignTariffArgs = {
  input: AssignTariffInput;
};


export type MutationBlockIdTagArgs = {
  input: IdTagInput;
};


export type MutationCancelChargerReservationArgs = {
  input: AdminCancelReservationInput;
};


export type MutationCancelChargerWatchArgs = {
  input: CancelChargerWatchInput;
};


export type MutationCancelFleetJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelMembershipArgs = {
  input?: InputMaybe<CancelMembershipInput>;
};


export type MutationCancelPartnerReservationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelReservationArgs = {
  input: CancelReservationInput;
};


export type MutationChangeAvailabilityArgs = {
  input: ChangeAvailabilityInput;
};


export type MutationChangeConfigurationArgs = {
  input: ChangeConfigurationInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationClearCacheArgs = {
  input: ChargerCommandInput;
};


export type MutationClearChargingProfileArgs = {
  input: ClearChargingProfileInput;
};


export type MutationClearDisplayMessageArgs = {
  input: ClearDisplayMessageInput;
};


export type MutationClearVariableMonitoringArgs = {
  input: ClearVariableMonitoringInput;
};


export type MutationCloseChargingSessionArgs = {
  input: CloseChargingSessionInput;
};


export type MutationCloseProblemReportArgs = {
  input: CloseProblemReportInput;
};


export type MutationCloseSupportMessageArgs = {
  input: SupportMessageInput;
};


export type MutationConfigureSiteLoadArgs = {
  input: SiteLoadSettingsInput;
};


export type MutationContinueFleetJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateIdTagArgs = {
  input: CreateIdTagInput;
};


export type MutationCreateMaintenanceRecordArgs = {
  input: CreateMaintenanceRecordInput;
};


export type MutationCreateMembershipPlanArgs = {
  input: CreateMembershipPlanInput;
};


export type MutationCreateRewardItemArgs = {
  input: CreateRewardItemInput;
};


export type MutationCreateSandboxCheckoutLinkArgs = {
  input: CreateSandboxCheckoutLinkInput;
};


export type MutationCreateSiteArgs = {
  input: SiteInput;
};


export type MutationCreateTariffArgs = {
  input: CreateTariffInput;
};


export type MutationCreateTopUpArgs = {
  input: CreateTopUpInput;
};


export type MutationCreateVehicleArgs = {
  input: CreateVehicleInput;
};


export type MutationCustomerInformationArgs = {
  input: CustomerInformationInput;
};


export type MutationDataTransferArgs = {
  input: DataTransferInput;
};


export type MutationDeactivateMembershipPlanArgs = {
  input: MembershipPlanIdInput;
};


export type MutationDeactivateTariffArgs = {
  input: TariffIdInput;
};


export type MutationDeleteAccountArgs = {
  input: DeleteAccountInput;
};


export type MutationDeleteCertificateArgs = {
  input: DeleteCertificateInput;
};


export type MutationDeleteChargerArgs = {
  input: DeleteChargerInput;
};


export type MutationDeleteMaintenanceRecordArgs = {
  input: DeleteMaintenanceRecordInput;
};


export type MutationDeleteRewardItemArgs = {
  input: RewardItemIdInput;
};


export type MutationDeleteVehicleArgs = {
  input: DeleteVehicleInput;
};


export type MutationExtendedTriggerMessageArgs = {
  input: ExtendedTriggerMessageInput;
};


export type MutationGetBaseReportArgs = {
  input: GetBaseReportInput;
};


export type MutationGetChargingProfilesArgs = {
  input: GetChargingProfilesInput;
};


export type MutationGetCompositeScheduleArgs = {
  input: GetCompositeScheduleInput;
};


export type MutationGetConfigurationArgs = {
  input: GetConfigurationInput;
};


export type MutationGetDiagnosticsArgs = {
  input: GetDiagnosticsInput;
};


export type MutationGetDisplayMessagesArgs = {
  input: GetDisplayMessagesInput;
};


export type MutationGetInstalledCertificateIdsArgs = {
  input: GetInstalledCertificateIdsInput;
};


export type MutationGetLocalListVersionArgs = {
  input: ChargerCommandInput;
};


export type MutationGetLogArgs = {
  input: GetLogInput;
};


export type MutationGetMonitoringReportArgs = {
  input: GetMonitoringReportInput;
};


export type MutationGetReportArgs = {
  input: GetReportInput;
};


export type MutationGetTransactionStatusArgs = {
  input: GetTransactionStatusInput;
};


export type MutationImportChargersArgs = {
  input: ImportChargersInput;
};


export type MutationInstallCertificateArgs = {
  input: InstallCertificateInput;
};


export type MutationInviteOcpiPartnerArgs = {
  name: Scalars['String']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationPullOcpiPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPullOcpiTokensArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPushSiteLoadReadingArgs = {
  input: SiteLoadReadingInput;
};


export type MutationRaiseSecurityProfileArgs = {
  input: RaiseSecurityProfileInput;
};


export type MutationRedeemRewardArgs = {
  input: RedeemRewardInput;
};


export type MutationRefreshTokenArgs = {
  input: RefreshTokenInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRegisterChargerArgs = {
  input: RegisterChargerInput;
};


export type MutationRegisterOcpiPartnerArgs = {
  input: RegisterOcpiPartnerInput;
};


export type MutationRemoteStartTransactionArgs = {
  input: RemoteStartTransactionInput;
};


export type MutationRemoteStopTransactionArgs = {
  input: RemoteStopTransactionInput;
};


export type MutationRemoveCapacityNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReopenSupportMessageArgs = {
  input: SupportMessageInput;
};


export type MutationReplySupportMessageArgs = {
  input: ReplySupportMessageInput;
};


export type MutationReportProblemArgs = {
  input: ReportProblemInput;
};


export type MutationRequestEmailCodeArgs = {
  input: RequestEmailCodeInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationReserveConnectorArgs = {
  input: ReserveConnectorInput;
};


export type MutationReserveNowArgs = {
  input: ReserveNowInput;
};


export type MutationReservePartnerEvseArgs = {
  evseUid: Scalars['String']['input'];
  minutes?: Scalars['Int']['input'];
  stationId: Scalars['ID']['input'];
};


export type MutationResetChargerArgs = {
  input: ResetChargerInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResolveFaultArgs = {
  input: FaultNoteInput;
};


export type MutationReverseTopUpCreditArgs = {
  input: ReverseTopUpCreditInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationRotateOcpiCredentialsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendLocalListArgs = {
  input: SendLocalListInput;
};


export type MutationSendRawOcppCommandArgs = {
  input: RawOcppCommandInput;
};


export type MutationSendSupportMessageArgs = {
  input: SendSupportMessageInput;
};


export type MutationSetChargingProfileArgs = {
  input: SetChargingProfileInput;
};


export type MutationSetDefaultTariffArgs = {
  input: TariffIdInput;
};


export type MutationSetDeviceVariableArgs = {
  input: SetDeviceVariableInput;
};


export type MutationSetDisplayMessageArgs = {
  input: SetDisplayMessageInput;
};


export type MutationSetFavouriteStationArgs = {
  input: SetFavouriteStationInput;
};


export type MutationSetLoadPriorityArgs = {
  input: LoadPriorityInput;
};


export type MutationSetMonitoringBaseArgs = {
  input: SetMonitoringBaseInput;
};


export type MutationSetMonitoringLevelArgs = {
  input: SetMonitoringLevelInput;
};


export type MutationSetNetworkProfileArgs = {
  input: SetNetworkProfileInput;
};


export type MutationSetVariableMonitoringArgs = {
  input: SetVariableMonitoringInput;
};


export type MutationStartChargingArgs = {
  input: StartChargingInput;
};


export type MutationStartFleetJobArgs = {
  input: StartFleetJobInput;
};


export type MutationStartPartnerChargingArgs = {
  evseUid: Scalars['String']['input'];
  stationId: Scalars['ID']['input'];
};


export type MutationStopChargingArgs = {
  input: StopChargingInput;
};


export type MutationStopPartnerChargingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubscribeMembershipArgs = {
  input: SubscribeMembershipInput;
};


export type MutationSubscribePushArgs = {
  input: PushSubscriptionInput;
};


export type MutationTriggerMessageArgs = {
  input: TriggerMessageInput;
};


export type MutationUnblockIdTagArgs = {
  input: IdTagInput;
};


export type MutationUnlockConnectorArgs = {
  input: UnlockConnectorInput;
};


export type MutationUnlockPartnerConnectorArgs = {
  sessionId: Scalars['ID']['input'];
};


export type MutationUnregisterOcpiPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnsubscribePushArgs = {
  input: UnsubscribePushInput;
};


export type MutationUpdateCapacityNodeArgs = {
  input: UpdateCapacityNodeInput;
};


export type MutationUpdateChargerArgs = {
  input: UpdateChargerInput;
};


export type MutationUpdateFirmwareArgs = {
  input: UpdateFirmwareInput;
};


export type MutationUpdateIdTagArgs = {
  input: UpdateIdTagInput;
};


export type MutationUpdateMaintenanceRecordArgs = {
  input: UpdateMaintenanceRecordInput;
};


export type MutationUpdateMembershipPlanArgs = {
  input: UpdateMembershipPlanInput;
};


export type MutationUpdatePlatformSettingsArgs = {
  input: UpdatePlatformSettingsInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateRewardItemArgs = {
  input: UpdateRewardItemInput;
};


export type MutationUpdateSiteArgs = {
  input: UpdateSiteInput;
};


export type MutationUpdateTariffArgs = {
  input: UpdateTariffInput;
};


export type MutationUpdateVehicleArgs = {
  input: UpdateVehicleInput;
};


export type MutationVerifyEmailCodeArgs = {
  input: VerifyEmailCodeInput;
};


export type MutationWatchChargerArgs = {
  input: WatchChargerInput;
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

/** One call to or from a roaming partner (the OCPI log). */
export type OcpiCall = {
  __typename?: 'OcpiCall';
  at: Scalars['DateTime']['output'];
  /** in: the partner called us; out: we called the partner. */
  direction: Scalars['String']['output'];
  durationMs: Scalars['Int']['output'];
  httpStatus: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  message: Maybe<Scalars['String']['output']>;
  method: Scalars['String']['output'];
  ocpiStatus: Maybe<Scalars['Int']['output']>;
  url: Scalars['String']['output'];
};

/** An OCPI 2.2.1 endpoint a partner offers. */
export type OcpiEndpoint = {
  __typename?: 'OcpiEndpoint';
  identifier: Scalars['String']['output'];
  role: Maybe<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

/** A roaming partner platform (OCPI 2.2.1). */
export type OcpiPartner = {
  __typename?: 'OcpiPartner';
  countryCode: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  endpoints: Array<OcpiEndpoint>;
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  partyId: Maybe<Scalars['String']['output']>;
  state: OcpiPartnerState;
  updatedAt: Scalars['DateTime']['output'];
  version: Maybe<Scalars['String']['output']>;
  versionsUrl: Maybe<Scalars['String']['output']>;
};

export type OcpiPartnerPayload = {
  __typename?: 'OcpiPartnerPayload';
  errors: Array<UserError>;
  partner: Maybe<OcpiPartner>;
};

export type OcpiPartnerState =
  | 'PENDING'
  | 'REGISTERED'
  | 'UNREGISTERED';

export type OcpiPullPayload = {
  __typename?: 'OcpiPullPayload';
  errors: Array<UserError>;
  locations: Scalars['Int']['output'];
  pages: Scalars['Int']['output'];
  refused: Array<Scalars['String']['output']>;
  tariffs: Scalars['Int']['output'];
};

/** A command was sent, answered, or (RemoteStartTransaction) started a session. */
export type OcppCommandEvent = {
  __typename?: 'OcppCommandEvent';
  action: Scalars['String']['output'];
  chargePointId: Scalars['String']['output'];
  chargerId: Scalars['ID']['output'];
  commandId: Maybe<Scalars['ID']['output']>;
  lagged: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

/** The order of the command history. */
export type OcppCommandOrder = {
  direction?: SortDirection;
  field: OcppCommandSortField;
};

/** The charger's answer to a command. */
export type OcppCommandPayload = {
  __typename?: 'OcppCommandPayload';
  chargingProfile: Maybe<ChargingProfile>;
  configuration: Maybe<Array<ConfigurationKey>>;
  diagnosticsJob: Maybe<DiagnosticsJob>;
  errors: Array<UserError>;
  firmwareJob: Maybe<FirmwareJob>;
  reservation: Maybe<ChargerReservation>;
  /** The charger's full answer (OCPP JSON). */
  response: Maybe<Scalars['JSON']['output']>;
  /** The answer's status field, when it has one. */
  status: Maybe<Scalars['String']['output']>;
  unknownKeys: Maybe<Array<Scalars['String']['output']>>;
};

/** A command sent to a charger. */
export type OcppCommandRecord = {
  __typename?: 'OcppCommandRecord';
  action: Scalars['String']['output'];
  apiKeyName: Maybe<Scalars['String']['output']>;
  chargePointId: Scalars['String']['output'];
  chargerId: Scalars['ID']['output'];
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  error: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latencyMs: Maybe<Scalars['Int']['output']>;
  /** admin, api_key, app, or None (the platform). */
  origin: Maybe<Scalars['String']['output']>;
  /** RemoteStartTransaction: started, rejected, timed_out, waiting or not_delivered. */
  outcome: Maybe<Scalars['String']['output']>;
  /** RemoteStartTransaction waiting: when it counts as timed out. */
  outcomeDeadline: Maybe<Scalars['DateTime']['output']>;
  /** What was sent (secrets masked). */
  request: Maybe<Scalars['JSON']['output']>;
  /** The charger's answer (secrets masked). */
  response: Maybe<Scalars['JSON']['output']>;
  /** The admin's email; None: the platform itself. */
  sentBy: Maybe<Scalars['String']['output']>;
  /** RemoteStartTransaction: the session. */
  sessionId: Maybe<Scalars['ID']['output']>;
  /** sent, completed, error or timeout. */
  status: Scalars['String']['output'];
  transactionId: Maybe<Scalars['Int']['output']>;
};

export type OcppCommandRecordConnection = {
  __typename?: 'OcppCommandRecordConnection';
  edges: Array<OcppCommandRecordEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<OcppCommandRecord>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OcppCommandRecordEdge = {
  __typename?: 'OcppCommandRecordEdge';
  cursor: Scalars['String']['output'];
  node: OcppCommandRecord;
};

/** What the command history can be sorted by. */
export type OcppCommandSortField =
  | 'ACTION'
  | 'CHARGER'
  | 'SENT_AT'
  | 'STATUS';

/** OCPP 2.0.1 OCPPInterfaceEnumType. */
export type OcppInterface =
  | 'WIRED0'
  | 'WIRED1'
  | 'WIRED2'
  | 'WIRED3'
  | 'WIRELESS0'
  | 'WIRELESS1'
  | 'WIRELESS2'
  | 'WIRELESS3';

export type OcppMessage = {
  __typename?: 'OcppMessage';
  action: Maybe<Scalars['String']['output']>;
  chargePointId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** in (charger → us) or out. */
  direction: Scalars['String']['output'];
  errorCode: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latencyMs: Maybe<Scalars['Float']['output']>;
  /** 2 CALL, 3 CALLRESULT, 4 CALLERROR; null if unparseable. */
  messageType: Maybe<Scalars['Int']['output']>;
  nodeId: Maybe<Scalars['String']['output']>;
  /** The raw frame, secrets masked; in a row with errorCode NotStored, the summary of this charger's frames over its message log budget (counted, not stored). */
  payload: Scalars['String']['output'];
  uniqueId: Maybe<Scalars['String']['output']>;
};

export type OcppMessageConnection = {
  __typename?: 'OcppMessageConnection';
  edges: Array<OcppMessageEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<OcppMessage>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type OcppMessageEdge = {
  __typename?: 'OcppMessageEdge';
  cursor: Scalars['String']['output'];
  node: OcppMessage;
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

/** The reward is out of stock. */
export type OutOfStockError = UserError & {
  __typename?: 'OutOfStockError';
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

/** A command sent to a roaming partner and its result. */
export type PartnerCommand = {
  __typename?: 'PartnerCommand';
  command: Scalars['String']['output'];
  deadlineAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  response: Maybe<Scalars['String']['output']>;
  result: Maybe<Scalars['String']['output']>;
  /** SENT, ANSWERED, FAILED (refused at once) or TIMEOUT. */
  state: Scalars['String']['output'];
};

export type PartnerCommandPayload = {
  __typename?: 'PartnerCommandPayload';
  command: Maybe<PartnerCommand>;
  errors: Array<UserError>;
};

/** A connector of a partner's EVSE. */
export type PartnerConnector = {
  __typename?: 'PartnerConnector';
  maxPowerKw: Maybe<Scalars['Decimal']['output']>;
  /** AC_1_PHASE, AC_3_PHASE, DC, ... */
  powerType: Scalars['String']['output'];
  /** OCPI ConnectorType: IEC_62196_T2, IEC_62196_T2_COMBO, CHADEMO, ... */
  standard: Scalars['String']['output'];
};

/** A plug point at a partner's station. */
export type PartnerEvse = {
  __typename?: 'PartnerEvse';
  connectors: Array<PartnerConnector>;
  evseId: Maybe<Scalars['String']['output']>;
  maxPowerKw: Maybe<Scalars['Decimal']['output']>;
  /** The partner takes reservations of it (RESERVABLE). */
  reservable: Scalars['Boolean']['output'];
  standards: Array<Scalars['String']['output']>;
  /** OCPI status: AVAILABLE, CHARGING, OUTOFORDER, ... */
  status: Scalars['String']['output'];
  uid: Scalars['String']['output'];
};

/** One price of a partner's tariff, as the partner states it (excl. VAT). */
export type PartnerPrice = {
  __typename?: 'PartnerPrice';
  /** Applies only at some times or powers. */
  conditional: Scalars['Boolean']['output'];
  price: Money;
  /** ENERGY (per kWh), TIME or PARKING_TIME (per hour), FLAT (per session). */
  type: Scalars['String']['output'];
  vatPercent: Maybe<Scalars['Decimal']['output']>;
};

/** Your reservation of an EVSE at a roaming partner's station. */
export type PartnerReservation = {
  __typename?: 'PartnerReservation';
  evseUid: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The partner's answer to the newest command about it (TIMEOUT when none came in time). */
  lastResult: Maybe<Scalars['String']['output']>;
  locationId: Scalars['String']['output'];
  /** REQUESTED (sent), RESERVED, FAILED, TIMEOUT (the partner's result did not come in time), CANCELLED (by you), CANCELED_BY_CPO (by the partner). */
  state: Scalars['String']['output'];
};

export type PartnerReservationPayload = {
  __typename?: 'PartnerReservationPayload';
  errors: Array<UserError>;
  reservation: Maybe<PartnerReservation>;
};

/** Your charging session at a roaming partner's charger. */
export type PartnerSession = {
  __typename?: 'PartnerSession';
  evseUid: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kwh: Scalars['Decimal']['output'];
  locationId: Scalars['String']['output'];
  /** The partner's answer to the start (ACCEPTED, ..., TIMEOUT when none came in time). */
  startResult: Maybe<Scalars['String']['output']>;
  /** REQUESTED (start sent), FAILED, TIMEOUT (the partner's result did not come in time; should it come later, the session goes on), then the partner's: PENDING, ACTIVE, COMPLETED, INVALID. */
  state: Scalars['String']['output'];
  /** The partner's answer to the stop (ACCEPTED, ..., TIMEOUT when none came in time). */
  stopResult: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type PartnerSessionPayload = {
  __typename?: 'PartnerSessionPayload';
  errors: Array<UserError>;
  session: Maybe<PartnerSession>;
};

/** A charging station of a roaming partner (another network). */
export type PartnerStation = {
  __typename?: 'PartnerStation';
  address: Scalars['String']['output'];
  /** EVSEs AVAILABLE now (live, as the partner pushes). */
  availableCount: Scalars['Int']['output'];
  city: Scalars['String']['output'];
  distanceKm: Maybe<Scalars['Float']['output']>;
  evses: Array<PartnerEvse>;
  id: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  locationId: Scalars['String']['output'];
  longitude: Scalars['Float']['output'];
  name: Maybe<Scalars['String']['output']>;
  /** Who operates the station, as the partner names it (else the partner itself). */
  operator: Maybe<Scalars['String']['output']>;
  /** The partner network's name. */
  partner: Scalars['String']['output'];
  tariff: Maybe<PartnerTariff>;
};

/** A partner's tariff that applies at their station. */
export type PartnerTariff = {
  __typename?: 'PartnerTariff';
  currency: Scalars['String']['output'];
  prices: Array<PartnerPrice>;
  text: Maybe<Scalars['String']['output']>;
};

/** The password rule that failed. */
export type PasswordRule =
  | 'COMMON'
  | 'MATCHES_EMAIL'
  | 'REPETITIVE'
  | 'TOO_LONG'
  | 'TOO_SHORT';

/** No payment gateway is configured on this platform: top-ups are not available. */
export type PaymentGatewayNotConfiguredError = UserError & {
  __typename?: 'PaymentGatewayNotConfiguredError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
};

export type PaymentMethod = {
  __typename?: 'PaymentMethod';
  label: Scalars['String']['output'];
  method: PaymentMethodKind;
  provider: Scalars['String']['output'];
  sandbox: Scalars['Boolean']['output'];
};

export type PaymentMethodKind =
  | 'CARD'
  | 'EWALLET'
  | 'FPX';

/** How a charger's L1, L2, L3 are wired to the site's phases (OCPP 1.6). */
export type PhaseRotation =
  | 'RST'
  | 'RTS'
  | 'SRT'
  | 'STR'
  | 'TRS'
  | 'TSR';

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
  /** The WebSocket URL chargers connect to; a charger appends /<chargePointId>. */
  ocppUrl: Scalars['String']['output'];
  /** The platform's public base URL (PUBLIC_URL). */
  publicUrl: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** Settings in force (a stored override, else the environment default). */
export type PlatformSettings = {
  __typename?: 'PlatformSettings';
  /** Told to chargers at boot. */
  heartbeatIntervalSeconds: Scalars['Int']['output'];
  messageLogRetentionDays: Scalars['Int']['output'];
  /** Wallet balance needed to start charging. */
  minimumBalance: Money;
  pointsPerKwh: Scalars['Int']['output'];
  registrationPolicy: RegistrationPolicy;
  unknownChargerPolicy: UnknownChargerPolicy;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

export type PlatformSettingsPayload = {
  __typename?: 'PlatformSettingsPayload';
  errors: Array<UserError>;
  settings: Maybe<PlatformSettings>;
};

/** A change of your points balance. */
export type PointMovement = {
  __typename?: 'PointMovement';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  memo: Maybe<Scalars['String']['output']>;
  /** Positive: earned; negative: spent. */
  points: Scalars['Int']['output'];
  /** SESSION, REFERRAL, REDEMPTION, ... */
  reason: Scalars['String']['output'];
  sessionId: Maybe<Scalars['ID']['output']>;
};

export type PointMovementConnection = {
  __typename?: 'PointMovementConnection';
  edges: Array<PointMovementEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<PointMovement>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PointMovementEdge = {
  __typename?: 'PointMovementEdge';
  cursor: Scalars['String']['output'];
  node: PointMovement;
};

/** A price estimate from the tariff (and your membership), as billing computes it. */
export type PriceQuote = {
  __typename?: 'PriceQuote';
  chargingMinutes: Scalars['Decimal']['output'];
  energyKwh: Scalars['Decimal']['output'];
  /** Billable idle minutes (after the grace period). */
  idleMinutes: Scalars['Decimal']['output'];
  lines: Array<CostLine>;
  /** The plan whose benefits are applied. */
  membershipPlan: Maybe<Scalars['String']['output']>;
  subtotal: Money;
  tariff: TariffPrice;
  tax: Money;
  total: Money;
};

/** What is wrong at the charger. */
export type ProblemCategory =
  | 'BLOCKED'
  | 'CABLE'
  | 'DAMAGED'
  | 'OTHER'
  | 'PAYMENT'
  | 'SCREEN'
  | 'STOPPED'
  | 'WONT_START';

/** A problem a driver reported at a charger. */
export type ProblemReport = {
  __typename?: 'ProblemReport';
  category: ProblemCategory;
  chargePointId: Scalars['String']['output'];
  chargerId: Scalars['ID']['output'];
  closedAt: Maybe<Scalars['DateTime']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  hasPhoto: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** Operators: a link to the photo, valid for an hour (none without a photo). */
  photoUrl: Maybe<Scalars['String']['output']>;
  resolution: Maybe<Scalars['String']['output']>;
  status: ProblemReportStatus;
};

export type ProblemReportConnection = {
  __typename?: 'ProblemReportConnection';
  edges: Array<ProblemReportEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<ProblemReport>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ProblemReportEdge = {
  __typename?: 'ProblemReportEdge';
  cursor: Scalars['String']['output'];
  node: ProblemReport;
};

export type ProblemReportStatus =
  | 'CLOSED'
  | 'OPEN';

export type PullOcpiTokensPayload = {
  __typename?: 'PullOcpiTokensPayload';
  errors: Array<UserError>;
  partner: Maybe<OcpiPartner>;
  /** How many of the partner's tokens were kept. */
  pulled: Scalars['Int']['output'];
};

/** What a browser needs to subscribe to the platform's notifications. */
export type PushConfig = {
  __typename?: 'PushConfig';
  /** The applicationServerKey (base64url). */
  vapidPublicKey: Scalars['String']['output'];
};

export type PushSubscriptionInput = {
  /** The browser's auth secret (keys.auth, base64url). */
  auth: Scalars['String']['input'];
  /** The browser's push endpoint (PushSubscription.endpoint). */
  endpoint: Scalars['String']['input'];
  /** The browser's public key (keys.p256dh, base64url). */
  p256dh: Scalars['String']['input'];
};

export type PushSubscriptionPayload = {
  __typename?: 'PushSubscriptionPayload';
  errors: Array<UserError>;
  subscribed: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Your running charging session (the latest, if several), to resume the live screen after a reload; null when none is running. */
  activeSession: Maybe<ChargingSession>;
  /** Admins: one charging session in full. */
  adminChargingSession: AdminChargingSession;
  /** Admins: id tags, newest first (or in `orderBy`); `search` matches the tag, label, parent tag and owner's email or name. */
  adminIdTags: AdminIdTagConnection;
  /** Admins: the audit log, newest first. */
  auditLog: AuditEntryConnection;
  /** One charger by id (drivers: approved public chargers only). */
  charger: Charger;
  /** One charger by its OCPP charge point id (admins). */
  chargerByChargePointId: Maybe<Charger>;
  /** Admins: the platform's charger CA certificate (PEM): what profile-3 chargers' certificates are signed by (point OCPP_TLS_CA at it). */
  chargerCaCertificate: Maybe<Scalars['String']['output']>;
  /** Admins: the cached configuration keys of a charger (from GetConfiguration). */
  chargerConfiguration: Array<ConfigurationKey>;
  /** Admins: a charger's last connect, last disconnect and last refusal. */
  chargerConnectionSummary: ConnectionSummary;
  /** Admins: the newest events an OCPP 2.0.1 station notified (NotifyEvent). */
  chargerDeviceEvents: Array<ChargerDeviceEvent>;
  /** Admins: the device model an OCPP 2.0.1 station reported (NotifyReport), filtered by a part of the component's and the variable's names (either case); at most 2,000 rows. */
  chargerDeviceModel: ChargerDeviceModel;
  /** Admins: a charger as the driver app shows it (the same data as `stations`), and why drivers do not find it, if they do not. */
  chargerDriverPreview: DriverPreview;
  /** Admins: a charger's security events, certificates and log uploads. */
  chargerSecurity: ChargerSecurity;
  /** The prices that apply on a charger (its own tariff, else the default): what the driver sees before starting. */
  chargerTariff: TariffPrice;
  /** Chargers, newest first (or in `orderBy`). Drivers see the chargers of the driver app (approved, accepted, public); admins see all. `search` matches the charge point id, name, address and city; `connectorStatus` keeps chargers with a connector in that OCPP status. */
  chargers: ChargerConnection;
  /** Admins: charging profiles sent to chargers, newest first. */
  chargingProfiles: Array<ChargingProfile>;
  /** A charging request (the startCharging handle). */
  chargingRequest: ChargingRequest;
  /** One of your charging sessions (any, for admins). */
  chargingSession: ChargingSession;
  /** Admins: charging sessions, newest first (or in `orderBy`), filtered. */
  chargingSessions: AdminChargingSessionConnection;
  /** Admins: completed, billed sessions for invoicing, newest first (or in `orderBy`); those that stopped in [from, to) when given. */
  completedSessions: ChargingSessionConnection;
  /** Admins: completed sessions in [from, to) as CSV (times in the platform's TIME_ZONE). */
  completedSessionsCsv: CsvExport;
  /** Admins: chargers' connections, disconnections and refused connections, newest first or in `orderBy` (fleet-wide, or of one charger). */
  connectionEvents: ConnectionEventConnection;
  /** Admins: connectors per status. */
  connectorStatusBreakdown: Array<StatusCount>;
  /** The connectors of a charger. */
  connectors: Array<Connector>;
  /** Admins: the CustomerInformation requests to an OCPP 2.0.1 station and the data reported, newest first. */
  customerInformationRequests: Array<CustomerInformationRequest>;
  /** Admins: energy, revenue and sessions per UTC day, oldest first. */
  dailyStats: Array<DailyStat>;
  /** Admins: the dashboard counters now (the subscription keeps them live). */
  dashboardStats: DashboardStats;
  /** Admins: diagnostics upload jobs, newest first. */
  diagnosticsJobs: Array<DiagnosticsJob>;
  /** Admins: the messages on an OCPP 2.0.1 station's display, newest first. */
  displayMessages: Array<DisplayMessage>;
  /** Admins: chargers whose newest certificate signed by the platform's charger CA ends within CHARGER_CERT_WARNING_DAYS (or has ended), soonest first. */
  expiringChargerCertificates: Array<CertificateExpiry>;
  /** Admins: charger faults, newest first (or in `orderBy`). */
  faults: FaultConnection;
  /** Admins: firmware update jobs, newest first. */
  firmwareJobs: Array<FirmwareJob>;
  /** Admins: one fleet job. */
  fleetJob: FleetJob;
  /** Admins: fleet jobs, newest first (or in `orderBy`), optionally in one status or of one command. */
  fleetJobs: FleetJobConnection;
  /** One of your id tags (any tag for admins). */
  idTag: Maybe<IdTag>;
  /** Admins: id tags whose value, owner's email or name contains `text`. */
  idTagSearch: Array<IdTagMatch>;
  /** Admins: revenue, energy and sessions by day or charger (UTC, [from, to)). */
  invoiceSummary: InvoiceSummary;
  /** Admins: maintenance records, newest first. */
  maintenanceRecords: MaintenanceRecordConnection;
  /** The signed-in user; null when anonymous. */
  me: Maybe<User>;
  /** Membership plans on offer (admins may include inactive ones). */
  membershipPlans: MembershipPlanConnection;
  /** Admins: a charger's meter values in [since, until), oldest first (max 5000). */
  meterValues: Array<MeterValue>;
  /** The chargers you wait for, newest first. */
  myChargerWatches: ChargerWatchConnection;
  /** Your favourite (starred) stations, most recently starred first. */
  myFavouriteStations: Array<Station>;
  /** Your current membership (active or awaiting payment), if any. */
  myMembership: Maybe<Membership>;
  /** Drivers: your reservations at roaming partners' stations still in force. */
  myPartnerReservations: Array<PartnerReservation>;
  /** The problems you reported, newest first. */
  myProblemReports: ProblemReportConnection;
  /** Your receipts, newest first. */
  myReceipts: ReceiptConnection;
  /** Stations you charged at, the most recent first, each once (1-20). */
  myRecentStations: Array<Station>;
  /** Your redemptions, newest first. */
  myRedemptions: RewardRedemptionConnection;
  /** The friend's code applied to your account, if any. */
  myReferral: Maybe<AppliedReferral>;
  /** Your personal referral code (created on first use) and share link. */
  myReferralCode: ReferralCode;
  /** Your reservations in force (accepted, not expired), soonest to expire first: a connector Reserved for you is one you may start on. */
  myReservations: Array<ConnectorReservation>;
  /** Your charging sessions, newest first. */
  mySessions: ChargingSessionConnection;
  /** Starts refused to you at a charger (e.g. a card presented with too little in the wallet), newest first, from the last `days` days (1-30). */
  myStartRefusals: Array<StartRefusal>;
  /** Your top-ups, newest first. */
  myTopUps: TopUpConnection;
  /** Admins: the OCPI modules we offer partners, with our URLs. */
  ocpiOwnEndpoints: Array<OcpiEndpoint>;
  /** Admins: a partner's last OCPI calls in both directions, newest first. */
  ocpiPartnerCalls: Array<OcpiCall>;
  /** Admins: the roaming partners, oldest first. */
  ocpiPartners: Array<OcpiPartner>;
  /** Admins: commands sent to chargers, newest first (or in `orderBy`); all, one charger's, or one action's. */
  ocppCommands: OcppCommandRecordConnection;
  /** Admins: the OCPP message log, newest first. */
  ocppMessages: OcppMessageConnection;
  /** Admins: a command sent to a roaming partner, with its result. */
  partnerCommand: PartnerCommand;
  /** Drivers: one of your reservations at a roaming partner's station. */
  partnerReservation: PartnerReservation;
  /** Drivers: one of your sessions at a roaming partner's charger. */
  partnerSession: PartnerSession;
  /** One roaming partner's station (signed in or not), for its detail screen. */
  partnerStation: PartnerStation;
  /** Roaming partners' stations for drivers (signed in or not): near a point (within `radiusKm`, default 50, at most 1000, nearest first) or all; at most `first`. */
  partnerStations: Array<PartnerStation>;
  /** Ways to top up the wallet (none when no payment gateway is configured). */
  paymentMethods: Array<PaymentMethod>;
  /** The platform's name, version and environment. */
  platform: PlatformInfo;
  /** Admins: the platform settings in force. */
  platformSettings: PlatformSettings;
  /** How your points changed, newest first. */
  pointHistory: PointMovementConnection;
  /** Operators: drivers' problem reports, of one charger and/or status. */
  problemReports: ProblemReportConnection;
  /** The platform's Web Push key (public; needed before subscribing). */
  pushConfig: PushConfig;
  /** Estimate the cost of charging `energyKwh` over `minutes` on a charger (plus `idleMinutes` connected after charging), with your membership's benefits. */
  quote: PriceQuote;
  /** A receipt (yours; any, for admins). */
  receipt: Receipt;
  /** Admins: reservations, newest first. */
  reservations: ChargerReservationConnection;
  /** Admins: billed today (UTC), tax included. */
  revenueToday: Money;
  /** Rewards to redeem (admins may include inactive ones). */
  rewardCatalog: RewardItemConnection;
  /** Admins: redemptions (of one user, or everyone's), newest first. */
  rewardRedemptions: RewardRedemptionConnection;
  /** Your reward points and the rewards waiting for your next bill. */
  rewardsBalance: RewardsBalance;
  /** Admins: settlement with a partner for [dateFrom, dateTo): sessions, energy and amounts both ways, reconciled against the CDRs, with its CSV and PDF. */
  roamingSettlement: RoamingSettlement;
  /** Drivers (their own sessions) and admins: whether the site limits a session. */
  sessionSiteLimit: SessionSiteLimit;
  /** Admins: one site with its chargers and what drivers see of them. */
  site: SiteDetail;
  /** Admins: a site's load management (settings, tree, allocation). */
  siteLoad: SiteLoad;
  /** Admins and integrators: a site's allocation, as last computed. */
  siteLoadAllocation: LoadAllocation;
  /** Admins: the limits the platform sent to a site's chargers and why, newest first. */
  siteLoadHistory: LoadAllocationChangeConnection;
  /** Admins: sites, newest first (or in `orderBy`); `search` matches name, address, city. */
  sites: SiteConnection;
  /** A public charger by its charge point id (what its QR code opens); null when there is no such public charger. */
  station: Maybe<Station>;
  /** Admins: an OCPP 2.0.1 station's smart-charging reports (the profiles it holds, external limits, EVs' charging needs), newest first. */
  stationReports: Array<StationReport>;
  /** Public chargers for drivers (signed in or not). With `near`: those within `radiusKm` (default 50, at most 1000), nearest first, with `distanceKm`; without: all, oldest first. Filter by a connector type (CCS2, Type2, CHAdeMO, GB-T), a minimum power, `availableNow` (only stations with a plug free now, as `available`) and `maxPricePerKwh` (in ringgit: the energy price of the tariff that applies on the station). */
  stations: StationConnection;
  /** Admins: support messages, newest first. */
  supportMessages: SupportMessageConnection;
  /** Admins: one tariff. */
  tariff: Tariff;
  /** Admins: every tariff, newest first. */
  tariffs: TariffConnection;
  /** One of your top-ups. */
  topUp: TopUp;
  /** Admins: top-ups whose state differs from the payment gateway's latest event, and flagged ones (the gateway contradicted a credit: nothing was debited, an admin decides), newest first. */
  topUpReconciliation: Array<TopUpReconciliation>;
  /** A user by id: yourself, or anyone for admins. */
  user: Maybe<User>;
  /** Admins: a user's wallet. */
  userWallet: Wallet;
  /** Admins: users matching `search` (email, name or phone), newest first (or in `orderBy`). */
  users: UserConnection;
  /** Admins: the monitors known on an OCPP 2.0.1 station's variables. */
  variableMonitors: Array<VariableMonitor>;
  /** One of your vehicles (any vehicle for admins). */
  vehicle: Maybe<Vehicle>;
  /** The signed-in driver's wallet. */
  wallet: Wallet;
  /** Admins: every wallet movement, newest first. */
  walletTransactions: WalletTransactionConnection;
};


export type QueryAdminChargingSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAdminIdTagsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<IdTagOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<IdTagStatus>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuditOrder>;
};


export type QueryChargerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChargerByChargePointIdArgs = {
  chargePointId: Scalars['String']['input'];
};


export type QueryChargerConfigurationArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryChargerConnectionSummaryArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryChargerDeviceEventsArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryChargerDeviceModelArgs = {
  chargerId: Scalars['ID']['input'];
  component?: InputMaybe<Scalars['String']['input']>;
  variable?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChargerDriverPreviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChargerSecurityArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryChargerTariffArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryChargersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  connectorStatus?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  online?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<ChargerOrder>;
  registrationStatus?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChargingProfilesArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryChargingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChargingSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChargingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ChargingSessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ChargingSessionOrder>;
};


export type QueryCompletedSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  orderBy?: InputMaybe<ChargingSessionOrder>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryCompletedSessionsCsvArgs = {
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryConnectionEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  chargePointId?: InputMaybe<Scalars['String']['input']>;
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ConnectionEventOrder>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConnectorsArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryCustomerInformationRequestsArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryDailyStatsArgs = {
  days?: Scalars['Int']['input'];
};


export type QueryDiagnosticsJobsArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDisplayMessagesArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryFaultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FaultOrder>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFirmwareJobsArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFleetJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFleetJobsArgs = {
  action?: InputMaybe<FleetAction>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FleetJobOrder>;
  status?: InputMaybe<FleetJobStatus>;
};


export type QueryIdTagArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIdTagSearchArgs = {
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QueryInvoiceSummaryArgs = {
  from: Scalars['DateTime']['input'];
  groupBy?: InvoiceGrouping;
  to: Scalars['DateTime']['input'];
};


export type QueryMaintenanceRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MaintenanceStatus>;
};


export type QueryMembershipPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryMeterValuesArgs = {
  chargerId: Scalars['ID']['input'];
  limit?: Scalars['Int']['input'];
  measurand?: InputMaybe<Scalars['String']['input']>;
  since: Scalars['DateTime']['input'];
  transactionId?: InputMaybe<Scalars['Int']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryMyChargerWatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyProblemReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyRecentStationsArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryMyRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyStartRefusalsArgs = {
  days?: Scalars['Int']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryMyTopUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOcpiPartnerCallsArgs = {
  first?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type QueryOcppCommandsArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OcppCommandOrder>;
};


export type QueryOcppMessagesArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  chargePointId?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Scalars['String']['input']>;
  errorsOnly?: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  messageType?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['DateTime']['input']>;
  uniqueId?: InputMaybe<Scalars['String']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryPartnerCommandArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerReservationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerStationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerStationsArgs = {
  first?: Scalars['Int']['input'];
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryPointHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProblemReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ProblemReportStatus>;
};


export type QueryQuoteArgs = {
  chargerId: Scalars['ID']['input'];
  energyKwh: Scalars['Decimal']['input'];
  idleMinutes?: Scalars['Decimal']['input'];
  minutes?: Scalars['Decimal']['input'];
};


export type QueryReceiptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRewardCatalogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryRewardRedemptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRoamingSettlementArgs = {
  dateFrom: Scalars['DateTime']['input'];
  dateTo: Scalars['DateTime']['input'];
  partnerId: Scalars['ID']['input'];
};


export type QuerySessionSiteLimitArgs = {
  sessionId: Scalars['ID']['input'];
};


export type QuerySiteArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySiteLoadArgs = {
  siteId: Scalars['ID']['input'];
};


export type QuerySiteLoadAllocationArgs = {
  siteId: Scalars['ID']['input'];
};


export type QuerySiteLoadHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  siteId: Scalars['ID']['input'];
};


export type QuerySitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<SiteOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStationArgs = {
  chargePointId: Scalars['String']['input'];
};


export type QueryStationReportsArgs = {
  chargerId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  availableNow?: Scalars['Boolean']['input'];
  connectorType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  maxPricePerKwh?: InputMaybe<Scalars['Decimal']['input']>;
  minPowerKw?: InputMaybe<Scalars['Decimal']['input']>;
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};


export type QuerySupportMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SupportMessageStatus>;
};


export type QueryTariffArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTariffsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryTopUpArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTopUpReconciliationArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserWalletArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDeleted?: Scalars['Boolean']['input'];
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<UserOrder>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVariableMonitorsArgs = {
  chargerId: Scalars['ID']['input'];
};


export type QueryVehicleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWalletTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Raise a charger's security profile (OCTT TC_083 for 1.6, TC_A_19 for 2.0.1). A 1.6 charger gets ChangeConfiguration SecurityProfile; a 2.0.1 station SetNetworkProfile (the slot and CSMS URL given here) and OCPPCommCtrlr.NetworkConfigurationPriority. Once the charger accepts, only the new profile is admitted and Reset Hard makes it reconnect. */
export type RaiseSecurityProfileInput = {
  chargerId: Scalars['ID']['input'];
  /** 2.0.1: the network connection profile slot to write. */
  configurationSlot?: InputMaybe<Scalars['Int']['input']>;
  /** 2.0.1: the endpoint the station connects to on the new profile (ws:// for profile 1, wss:// for 2 and 3), at most 512 characters. */
  ocppCsmsUrl?: InputMaybe<Scalars['String']['input']>;
  /** 1, 2 or 3; above the charger's own. */
  securityProfile: Scalars['Int']['input'];
};

/** The steps of raising a charger's security profile, in order. */
export type RaiseSecurityProfilePayload = {
  __typename?: 'RaiseSecurityProfilePayload';
  errors: Array<UserError>;
  /** The charger's answer to the last step sent. */
  status: Maybe<Scalars['String']['output']>;
  /** Each command sent and the charger's answer; a refused step is the last. */
  steps: Array<SecurityProfileStep>;
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

/** Expert mode: one OCPP 1.6 command as raw JSON. */
export type RawOcppCommandInput = {
  /** A central-system command of OCPP 1.6, e.g. CancelReservation. */
  action: Scalars['String']['input'];
  chargerId: Scalars['ID']['input'];
  /** Its parameters (a JSON object, camelCase as in OCPP). */
  payload: Scalars['JSON']['input'];
};

export type Receipt = {
  __typename?: 'Receipt';
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  lines: Array<ReceiptLine>;
  number: Scalars['String']['output'];
  /** A signed link to the PDF, valid for an hour. */
  pdfUrl: Scalars['String']['output'];
  sessionId: Maybe<Scalars['ID']['output']>;
  subtotal: Money;
  tax: Money;
  total: Money;
};

export type ReceiptConnection = {
  __typename?: 'ReceiptConnection';
  edges: Array<ReceiptEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Receipt>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReceiptEdge = {
  __typename?: 'ReceiptEdge';
  cursor: Scalars['String']['output'];
  node: Receipt;
};

export type ReceiptLine = {
  __typename?: 'ReceiptLine';
  amount: Money;
  /** What the line is: energy, time, idle, session_fee, minimum, maximum, plan_included, reward_kwh, plan_discount, reward_discount, tax (apps name it in their language). */
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** The line's name in a language of the driver app (en, ms, zh; English else). */
  label: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  /** The quantity as a person writes it: '12.345 kWh × RM 0.80/kWh', '1 session', '8%'. */
  quantityText: Scalars['String']['output'];
  unit: Scalars['String']['output'];
  /** The price of one unit in the currency (0.8 for RM 0.80/kWh); none for fixed lines. */
  unitPrice: Maybe<Scalars['Decimal']['output']>;
};


export type ReceiptLineLabelArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type RedeemRewardInput = {
  /** The same key returns the same redemption. */
  idempotencyKey: Scalars['String']['input'];
  itemId: Scalars['ID']['input'];
};

export type RedeemRewardPayload = {
  __typename?: 'RedeemRewardPayload';
  balance: Maybe<RewardsBalance>;
  errors: Array<UserError>;
  redemption: Maybe<RewardRedemption>;
};

/** Your personal referral code and how it has been used. */
export type ReferralCode = {
  __typename?: 'ReferralCode';
  code: Scalars['String']['output'];
  /** Points to you and your friend on their first paid session. */
  pointsPerReferral: Scalars['Int']['output'];
  /** Drivers who applied your code. */
  referredCount: Scalars['Int']['output'];
  /** Of those, drivers who completed a paid session. */
  rewardedCount: Scalars['Int']['output'];
  /** A link to share: `<PUBLIC_URL>/r/<code>`. */
  shareUrl: Scalars['String']['output'];
};

export type RefreshTokenInput = {
  refreshToken: Scalars['String']['input'];
};

export type RegisterChargerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** 32 to 40 hex digits (16 to 20 bytes, as the charger's AuthorizationKey holds them) or a text of 16 to 20 bytes; omit to generate one (20 random bytes as 40 hex digits, returned once). */
  authorizationKey?: InputMaybe<Scalars['String']['input']>;
  chargePointId: Scalars['String']['input'];
  city?: InputMaybe<Scalars['String']['input']>;
  connectors?: Array<ConnectorSetupInput>;
  description?: InputMaybe<Scalars['String']['input']>;
  isPublic?: Scalars['Boolean']['input'];
  latitude?: InputMaybe<Scalars['Decimal']['input']>;
  longitude?: InputMaybe<Scalars['Decimal']['input']>;
  maxPowerKw?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  securityProfile?: Scalars['Int']['input'];
  /** The site it stands at. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  /** The tariff drivers pay on it (none: the default tariff). */
  tariffId?: InputMaybe<Scalars['ID']['input']>;
};

export type RegisterChargerPayload = {
  __typename?: 'RegisterChargerPayload';
  /** The charger's AuthorizationKey, shown once (stored hashed). Enter it as the charger's AuthorizationKey configuration key (hex digits; a text key: its UTF-8 bytes in hex); the charger sends the decoded bytes as its HTTP Basic password (user: the charge point id). */
  authorizationKey: Maybe<Scalars['String']['output']>;
  charger: Maybe<Charger>;
  errors: Array<UserError>;
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** From verifyEmailCode; required when REQUIRE_VERIFIED_EMAIL is on. */
  verificationToken?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterOcpiPartnerInput = {
  name: Scalars['String']['input'];
  tokenA: Scalars['String']['input'];
  versionsUrl: Scalars['String']['input'];
};

/** Who may register a driver account. */
export type RegistrationPolicy =
  | 'OPEN'
  | 'REQUIRE_VERIFIED_EMAIL';

export type RemoteStartTransactionInput = {
  chargerId: Scalars['ID']['input'];
  /** An OCPP csChargingProfiles object. */
  chargingProfile?: InputMaybe<Scalars['JSON']['input']>;
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  idTag: Scalars['String']['input'];
};

export type RemoteStopTransactionInput = {
  chargerId: Scalars['ID']['input'];
  transactionId: Scalars['Int']['input'];
};

export type ReplySupportMessageInput = {
  body: Scalars['String']['input'];
  /** Close the message after replying. */
  close?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};

/** OCPP 2.0.1 ReportBaseEnumType. */
export type ReportBase =
  | 'CONFIGURATION_INVENTORY'
  | 'FULL_INVENTORY'
  | 'SUMMARY_INVENTORY';

export type ReportProblemInput = {
  category: ProblemCategory;
  chargePointId: Scalars['String']['input'];
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  /** What the driver saw (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Ask for a link to send a photo to. */
  withPhoto?: Scalars['Boolean']['input'];
};

export type ReportProblemPayload = {
  __typename?: 'ReportProblemPayload';
  errors: Array<UserError>;
  /** With withPhoto: PUT the photo's bytes here (JPEG, PNG or WebP, at most 5 MB, Content-Type set) within 10 minutes. */
  photoUploadUrl: Maybe<Scalars['String']['output']>;
  report: Maybe<ProblemReport>;
};

export type RequestEmailCodeInput = {
  email: Scalars['String']['input'];
  /** The language of the mail (en, ms or zh); an account's own wins. */
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type RequestEmailCodePayload = {
  __typename?: 'RequestEmailCodePayload';
  errors: Array<UserError>;
  sent: Scalars['Boolean']['output'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type ReservationPayload = {
  __typename?: 'ReservationPayload';
  errors: Array<UserError>;
  reservation: Maybe<ConnectorReservation>;
};

export type ReserveConnectorInput = {
  chargerId: Scalars['ID']['input'];
  connectorId: Scalars['Int']['input'];
  minutes?: Scalars['Int']['input'];
};

export type ReserveNowInput = {
  chargerId: Scalars['ID']['input'];
  connectorId: Scalars['Int']['input'];
  expiryDate: Scalars['DateTime']['input'];
  idTag: Scalars['String']['input'];
  parentIdTag?: InputMaybe<Scalars['String']['input']>;
};

export type ResetChargerInput = {
  chargerId: Scalars['ID']['input'];
  type: ResetType;
};

export type ResetPasswordInput = {
  code: Scalars['String']['input'];
  email: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ResetType =
  | 'HARD'
  | 'SOFT';

export type ReverseTopUpCreditInput = {
  /** Why (1-500 characters), kept on the posting and in the audit log. */
  reason: Scalars['String']['input'];
  topUpId: Scalars['ID']['input'];
};

export type ReverseTopUpCreditPayload = {
  __typename?: 'ReverseTopUpCreditPayload';
  errors: Array<UserError>;
  topUp: Maybe<TopUp>;
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RewardItem = {
  __typename?: 'RewardItem';
  active: Scalars['Boolean']['output'];
  category: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** For DISCOUNT: taken off the next bill. */
  discount: Maybe<Money>;
  /** For FREE_KWH: kWh free at the next billing. */
  freeKwh: Maybe<Scalars['Decimal']['output']>;
  id: Scalars['ID']['output'];
  imageUrl: Maybe<Scalars['String']['output']>;
  inStock: Scalars['Boolean']['output'];
  kind: RewardKind;
  name: Scalars['String']['output'];
  points: Scalars['Int']['output'];
  /** Null: unlimited. */
  stock: Maybe<Scalars['Int']['output']>;
};

export type RewardItemConnection = {
  __typename?: 'RewardItemConnection';
  edges: Array<RewardItemEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<RewardItem>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RewardItemEdge = {
  __typename?: 'RewardItemEdge';
  cursor: Scalars['String']['output'];
  node: RewardItem;
};

export type RewardItemIdInput = {
  id: Scalars['ID']['input'];
};

export type RewardItemPayload = {
  __typename?: 'RewardItemPayload';
  errors: Array<UserError>;
  item: Maybe<RewardItem>;
};

export type RewardKind =
  | 'DISCOUNT'
  | 'FREE_KWH'
  | 'MERCH';

export type RewardRedemption = {
  __typename?: 'RewardRedemption';
  appliedAt: Maybe<Scalars['DateTime']['output']>;
  appliedSessionId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  item: RewardItem;
  points: Scalars['Int']['output'];
  /** PENDING (not yet applied or fulfilled), APPLIED, FULFILLED, ... */
  status: Scalars['String']['output'];
};

export type RewardRedemptionConnection = {
  __typename?: 'RewardRedemptionConnection';
  edges: Array<RewardRedemptionEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<RewardRedemption>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RewardRedemptionEdge = {
  __typename?: 'RewardRedemptionEdge';
  cursor: Scalars['String']['output'];
  node: RewardRedemption;
};

export type RewardsBalance = {
  __typename?: 'RewardsBalance';
  /** Redeemed discounts waiting for the next bill. */
  pendingDiscount: Money;
  /** Redeemed free kWh waiting for the next bill. */
  pendingFreeKwh: Scalars['Decimal']['output'];
  points: Scalars['Int']['output'];
};

/** Settlement with a roaming partner for a period, both directions. */
export type RoamingSettlement = {
  __typename?: 'RoamingSettlement';
  /** The partner's drivers at ours (owed to us). */
  cpo: SettlementTotals;
  csv: Scalars['String']['output'];
  /** Our drivers at the partner's chargers (we owe). */
  emsp: SettlementTotals;
  lines: Array<SettlementLine>;
  mismatches: Array<SettlementMismatch>;
  /** Owed to us (negative: we owe the partner). */
  net: Money;
  partner: Scalars['String']['output'];
  pdfBase64: Scalars['String']['output'];
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

/** One command of raising a charger's security profile and the charger's answer. */
export type SecurityProfileStep = {
  __typename?: 'SecurityProfileStep';
  /** The OCPP action sent: ChangeConfiguration (1.6); SetNetworkProfile, then SetVariables (2.0.1). */
  action: Scalars['String']['output'];
  /** The answer's status (SetVariables: the attributeStatus); null when it had none. */
  status: Maybe<Scalars['String']['output']>;
};

export type SendLocalListInput = {
  /** Differential: the tags changed since then. */
  changedSince?: InputMaybe<Scalars['DateTime']['input']>;
  chargerId: Scalars['ID']['input'];
  /** Limit to these id tags (tags missing from the database are removed). */
  idTags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: the current version + 1. */
  listVersion?: InputMaybe<Scalars['Int']['input']>;
  updateType: LocalListUpdateType;
};

export type SendSupportMessageInput = {
  body: Scalars['String']['input'];
  /** Required when not signed in. Signed in, replies go to the account's email address (leave this empty; another address is refused). */
  email?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

export type SendSupportMessagePayload = {
  __typename?: 'SendSupportMessagePayload';
  errors: Array<UserError>;
  message: Maybe<SupportMessage>;
};

/** The charger of a session: what a receipt and the history show. */
export type SessionCharger = {
  __typename?: 'SessionCharger';
  address: Maybe<Scalars['String']['output']>;
  chargePointId: Scalars['String']['output'];
  city: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Maybe<Scalars['String']['output']>;
};

/** A running session whose car stopped drawing energy while still plugged in, at a tariff with an idle fee: the fee applies from the end of the grace period until the session stops. */
export type SessionIdle = {
  __typename?: 'SessionIdle';
  /** When the car stopped drawing energy. */
  chargingEndedAt: Scalars['DateTime']['output'];
  feePerMinute: Money;
  /** The idle fee so far (before tax), at the time of asking. */
  feeSoFar: Money;
  /** When the idle fee starts. */
  graceEndsAt: Scalars['DateTime']['output'];
  graceMinutes: Scalars['Int']['output'];
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

/** How the site's load management limits a charging session now. */
export type SessionSiteLimit = {
  __typename?: 'SessionSiteLimit';
  /** Amperes per phase allowed now (null: not managed). */
  limitA: Maybe<Scalars['Int']['output']>;
  /** The same in kW (null: not managed). */
  limitKw: Maybe<Scalars['Float']['output']>;
  /** The site gives this session less than its charger could deliver. */
  limitedBySite: Scalars['Boolean']['output'];
  /** Paused for now: the site has no room; it takes turns. */
  paused: Scalars['Boolean']['output'];
  sessionId: Scalars['ID']['output'];
};

export type SetChargingProfileInput = {
  chargerId: Scalars['ID']['input'];
  connectorId: Scalars['Int']['input'];
  /** The OCPP csChargingProfiles object. */
  csChargingProfiles: Scalars['JSON']['input'];
};

/** A new value for one attribute of a variable (SetVariables). */
export type SetDeviceVariableInput = {
  attributeType?: AttributeType;
  chargerId: Scalars['ID']['input'];
  component: Scalars['String']['input'];
  componentInstance?: InputMaybe<Scalars['String']['input']>;
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  evseId?: InputMaybe<Scalars['Int']['input']>;
  value: Scalars['String']['input'];
  variable: Scalars['String']['input'];
  variableInstance?: InputMaybe<Scalars['String']['input']>;
};

/** SetDisplayMessage: a message for the station's display. */
export type SetDisplayMessageInput = {
  chargerId: Scalars['ID']['input'];
  /** At most 512 characters. */
  content: Scalars['String']['input'];
  endDateTime?: InputMaybe<Scalars['DateTime']['input']>;
  format?: MessageFormat;
  /** e.g. en, ms (at most 8 characters). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Replace the message with this id. */
  messageId?: InputMaybe<Scalars['Int']['input']>;
  priority?: MessagePriority;
  startDateTime?: InputMaybe<Scalars['DateTime']['input']>;
  state?: InputMaybe<MessageState>;
  /** Show it during this transaction only (the station's transactionId). */
  transactionId?: InputMaybe<Scalars['String']['input']>;
};

export type SetFavouriteStationInput = {
  chargePointId: Scalars['String']['input'];
  favourite: Scalars['Boolean']['input'];
};

export type SetFavouriteStationPayload = {
  __typename?: 'SetFavouriteStationPayload';
  errors: Array<UserError>;
  favourite: Maybe<Scalars['Boolean']['output']>;
  station: Maybe<Station>;
};

export type SetMonitoringBaseInput = {
  chargerId: Scalars['ID']['input'];
  monitoringBase: MonitoringBase;
};

export type SetMonitoringLevelInput = {
  chargerId: Scalars['ID']['input'];
  /** Report events of this severity and more severe (0–9). */
  severity: Scalars['Int']['input'];
};

/** SetNetworkProfile: a connection profile for a configuration slot (OCPP-J). */
export type SetNetworkProfileInput = {
  chargerId: Scalars['ID']['input'];
  configurationSlot: Scalars['Int']['input'];
  messageTimeout?: Scalars['Int']['input'];
  ocppCsmsUrl: Scalars['String']['input'];
  ocppInterface?: OcppInterface;
  securityProfile: Scalars['Int']['input'];
};

/** SetVariableMonitoring: one monitor on one variable. */
export type SetVariableMonitoringInput = {
  chargerId: Scalars['ID']['input'];
  component: Scalars['String']['input'];
  componentInstance?: InputMaybe<Scalars['String']['input']>;
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  evseId?: InputMaybe<Scalars['Int']['input']>;
  /** Replace the monitor with this id. */
  monitorId?: InputMaybe<Scalars['Int']['input']>;
  /** 0 (Danger) … 9 (Debug). */
  severity: Scalars['Int']['input'];
  transaction?: Scalars['Boolean']['input'];
  type: MonitorType;
  value: Scalars['Float']['input'];
  variable: Scalars['String']['input'];
  variableInstance?: InputMaybe<Scalars['String']['input']>;
};

/** One session in a settlement. */
export type SettlementLine = {
  __typename?: 'SettlementLine';
  amount: Money;
  /** EMSP (our driver at theirs) or CPO (theirs at ours). */
  direction: Scalars['String']['output'];
  endedAt: Maybe<Scalars['DateTime']['output']>;
  energyKwh: Scalars['Decimal']['output'];
  reference: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

/** A difference found when reconciling against the CDRs. */
export type SettlementMismatch = {
  __typename?: 'SettlementMismatch';
  direction: Scalars['String']['output'];
  problem: Scalars['String']['output'];
  reference: Scalars['String']['output'];
};

/** Sessions, energy and amount of one direction of a settlement. */
export type SettlementTotals = {
  __typename?: 'SettlementTotals';
  amount: Money;
  energyKwh: Scalars['Decimal']['output'];
  sessions: Scalars['Int']['output'];
};

/** A place with chargers (a car park, a mall). */
export type Site = {
  __typename?: 'Site';
  address: Maybe<Scalars['String']['output']>;
  chargerCount: Scalars['Int']['output'];
  city: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  latitude: Maybe<Scalars['Decimal']['output']>;
  longitude: Maybe<Scalars['Decimal']['output']>;
  name: Scalars['String']['output'];
  postcode: Maybe<Scalars['String']['output']>;
  state: Maybe<Scalars['String']['output']>;
};

export type SiteConnection = {
  __typename?: 'SiteConnection';
  edges: Array<SiteEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Site>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A site with its chargers and what drivers see of each. */
export type SiteDetail = {
  __typename?: 'SiteDetail';
  chargers: Array<Charger>;
  driverPreviews: Array<DriverPreview>;
  /** What drivers see of the site as a whole. */
  driverView: SiteDriverView;
  site: Site;
};

/** What drivers see of a site, by the driver app's rules: the chargers it lists there (as the driver API returns them), how many are available now, and the energy prices. */
export type SiteDriverView = {
  __typename?: 'SiteDriverView';
  /** Visible chargers available now (online, operative, a plug free). */
  availableNow: Scalars['Int']['output'];
  hidden: Array<HiddenCharger>;
  /** The lowest energy price of the visible chargers. */
  pricePerKwhFrom: Maybe<Money>;
  /** The highest energy price of the visible chargers. */
  pricePerKwhTo: Maybe<Money>;
  stations: Array<Station>;
};

export type SiteEdge = {
  __typename?: 'SiteEdge';
  cursor: Scalars['String']['output'];
  node: Site;
};

export type SiteInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Decimal']['input']>;
  longitude?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  postcode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

/** A site's load management: settings, the other-load reading, its tree. */
export type SiteLoad = {
  __typename?: 'SiteLoad';
  allocation: LoadAllocation;
  enabled: Scalars['Boolean']['output'];
  meter: Maybe<ModbusMeter>;
  /** Why the last poll of the meter failed. */
  meterError: Maybe<Scalars['String']['output']>;
  nodes: Array<CapacityNode>;
  otherAt: Maybe<Scalars['DateTime']['output']>;
  otherL1A: Maybe<Scalars['Int']['output']>;
  otherL2A: Maybe<Scalars['Int']['output']>;
  otherL3A: Maybe<Scalars['Int']['output']>;
  priorities: Array<LoadPriority>;
  siteId: Scalars['ID']['output'];
  staleAfterSeconds: Scalars['Int']['output'];
  voltage: Scalars['Int']['output'];
  /** A charger that does not obey, for instance. */
  warning: Maybe<Scalars['String']['output']>;
};

export type SiteLoadPayload = {
  __typename?: 'SiteLoadPayload';
  errors: Array<UserError>;
  siteLoad: Maybe<SiteLoad>;
};

/** What the site draws besides its chargers, now, in amperes per phase. */
export type SiteLoadReadingInput = {
  l1A: Scalars['Int']['input'];
  l2A: Scalars['Int']['input'];
  l3A: Scalars['Int']['input'];
  siteId: Scalars['ID']['input'];
};

/** A site's load settings; only the fields given are changed. */
export type SiteLoadSettingsInput = {
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Poll this meter (null: no meter; readings are pushed). */
  meter?: InputMaybe<ModbusMeterInput>;
  siteId: Scalars['ID']['input'];
  staleAfterSeconds?: InputMaybe<Scalars['Int']['input']>;
  voltage?: InputMaybe<Scalars['Int']['input']>;
};

/** The order of a list of sites. */
export type SiteOrder = {
  direction?: SortDirection;
  field: SiteSortField;
};

export type SitePayload = {
  __typename?: 'SitePayload';
  errors: Array<UserError>;
  site: Maybe<Site>;
};

/** What a list of sites can be sorted by. */
export type SiteSortField =
  | 'CITY'
  | 'CREATED_AT'
  | 'NAME';

/** Sort direction. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StartChargingInput = {
  chargerId: Scalars['ID']['input'];
  connectorId: Scalars['Int']['input'];
  vehicleId?: InputMaybe<Scalars['ID']['input']>;
};

export type StartChargingPayload = {
  __typename?: 'StartChargingPayload';
  errors: Array<UserError>;
  request: Maybe<ChargingRequest>;
};

export type StartFleetJobInput = {
  action: FleetAction;
  /** Start stage 2 by itself once every stage-1 charger succeeded. */
  autoContinue?: Scalars['Boolean']['input'];
  /** The chargers (or pass `filter`). */
  chargerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  filter?: InputMaybe<FleetChargerFilter>;
  /** The OCPP 1.6 request payload sent to every charger. */
  payload: Scalars['JSON']['input'];
  /** Send to this many chargers first; the rest is stage 2. */
  stageSize?: InputMaybe<Scalars['Int']['input']>;
};

/** A start the platform refused for a reason you can fix: with NO_CREDIT the wallet held less than `required` when the card was presented; top up to charge. */
export type StartRefusal = {
  __typename?: 'StartRefusal';
  /** The wallet balance at the refusal. */
  balance: Money;
  chargePointId: Maybe<Scalars['String']['output']>;
  chargerName: Maybe<Scalars['String']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  reason: StartRefusalReason;
  /** The minimum balance needed to start. */
  required: Money;
  /** What was missing: required minus balance. */
  shortfall: Money;
  stage: StartRefusalStage;
  /** The charger had started anyway (offline or from its list) and was told to stop. */
  stoppedSession: Scalars['Boolean']['output'];
};

/** Why a start was refused although the card or app tag is fine. */
export type StartRefusalReason =
  | 'NO_CREDIT';

/** Where the start was refused. */
export type StartRefusalStage =
  | 'AUTHORIZE'
  | 'START_TRANSACTION';

/** A public charger as drivers see it. */
export type Station = {
  __typename?: 'Station';
  address: Maybe<Scalars['String']['output']>;
  /** Online, operative, with a connector Available. */
  available: Scalars['Boolean']['output'];
  chargePointId: Scalars['String']['output'];
  city: Maybe<Scalars['String']['output']>;
  connectors: Array<StationConnector>;
  description: Maybe<Scalars['String']['output']>;
  /** From `near`, when given. */
  distanceKm: Maybe<Scalars['Float']['output']>;
  /** The charger's id (as in startCharging). */
  id: Scalars['ID']['output'];
  latitude: Maybe<Scalars['Float']['output']>;
  longitude: Maybe<Scalars['Float']['output']>;
  maxPowerKw: Maybe<Scalars['Decimal']['output']>;
  name: Maybe<Scalars['String']['output']>;
  online: Scalars['Boolean']['output'];
  /** False when the operator took it out of service. */
  operative: Scalars['Boolean']['output'];
  postcode: Maybe<Scalars['String']['output']>;
  state: Maybe<Scalars['String']['output']>;
  tariff: StationTariff;
};

export type StationConnection = {
  __typename?: 'StationConnection';
  edges: Array<StationEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Station>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A plug of a public charger. */
export type StationConnector = {
  __typename?: 'StationConnector';
  /** What drivers are told: Available, Occupied, Unavailable or Faulted. */
  availability: Scalars['String']['output'];
  connectorId: Scalars['Int']['output'];
  maxPowerKw: Maybe<Scalars['Decimal']['output']>;
  /** The OCPP status: Available, Charging, Faulted, ... */
  status: Scalars['String']['output'];
  /** CCS2, Type2, CHAdeMO or GB-T. */
  type: Maybe<Scalars['String']['output']>;
  updatedAt: Maybe<Scalars['DateTime']['output']>;
};

export type StationEdge = {
  __typename?: 'StationEdge';
  cursor: Scalars['String']['output'];
  node: Station;
};

/** A smart-charging report of an OCPP 2.0.1 station, as it came. */
export type StationReport = {
  __typename?: 'StationReport';
  evseId: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** ChargingProfiles (ReportChargingProfiles, the answer to getChargingProfiles), ChargingLimit (NotifyChargingLimit / ClearedChargingLimit) or EVChargingNeeds. */
  kind: Scalars['String']['output'];
  /** The station's message (OCPP 2.0.1 JSON). */
  payload: Scalars['JSON']['output'];
  receivedAt: Scalars['DateTime']['output'];
  /** getChargingProfiles' requestId. */
  requestId: Maybe<Scalars['Int']['output']>;
  /** The charging session it concerns. */
  transactionId: Maybe<Scalars['Int']['output']>;
};

/** What charging costs on a station (its own tariff, else the default). */
export type StationTariff = {
  __typename?: 'StationTariff';
  currency: Scalars['String']['output'];
  free: Scalars['Boolean']['output'];
  idleFeePerMinute: Money;
  idleGraceMinutes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  pricePerKwh: Money;
  pricePerMinute: Money;
  reservationFee: Money;
  sessionFee: Money;
  /** e.g. 0.08 for 8% service tax. */
  taxRate: Scalars['Decimal']['output'];
};

/** How many connectors are in one status (Offline: their charger is offline). */
export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type StopChargingInput = {
  sessionId: Scalars['ID']['input'];
};

export type StopChargingPayload = {
  __typename?: 'StopChargingPayload';
  errors: Array<UserError>;
  session: Maybe<ChargingSession>;
};

export type SubscribeMembershipInput = {
  /** The same key returns the same membership and never charges twice. */
  idempotencyKey: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Connector status and online/offline changes of one charger, or of all chargers when `chargerId` is omitted. Drivers see public chargers' availability only. The first event (kind `subscribed`) comes once the subscription is in place: read the chargers then. */
  chargerStatus: ChargerStatusUpdate;
  /** Progress of a remote-start request. Starts with its current state. */
  chargingRequest: ChargingRequestUpdate;
  /** Progress of a charging request: Requested → Accepted/Rejected → Started → Stopped. */
  chargingRequestUpdated: ChargingRequest;
  /** Admins: chargers' connections, disconnections and refused connections as they happen (fleet-wide, or of one charger). The first event (kind `subscribed`, no id) comes once the subscription is in place: read the connections then. */
  connectionEvents: ConnectionEvent;
  /** Live dashboard counters (admins): chargers online, sessions active, power now, energy today. Starts with the current values, then every DASHBOARD_STATS_INTERVAL seconds. */
  dashboardStats: DashboardStats;
  /** Charger faults as they open and change (admins). The first event (no faultId) comes once the subscription is in place: read the faults then. */
  faults: FaultUpdate;
  /** Admins: a fleet job's progress (or every job's), as it happens. The first event (no target, no status; with `id` that job, without it no job) comes once the subscription is in place: read the job (or the jobs) then. */
  fleetJobUpdates: FleetJobEvent;
  /** Each meter reading as it arrives. Pass `sessionId` (the driver's own session, or any for admins) or `chargerId` (admins). */
  meterValues: MeterReading;
  /** Admins: commands as they are sent and answered (all, or one charger's). The first event (status `subscribed`, no command) comes once the subscription is in place: read the commands then. */
  ocppCommandUpdates: OcppCommandEvent;
  /** The live OCPP message log of one charger or all (admins). */
  ocppMessages: OcppMessageEvent;
  /** Drivers: your reservation at a partner's station, live. */
  partnerReservationUpdated: PartnerReservation;
  /** Drivers: your session at a partner's charger, live. */
  partnerSessionUpdated: PartnerSession;
  /** A charging session's progress: energy so far, power now, cost so far, SoC, elapsed time, status. Starts with the current state. */
  sessionProgress: SessionProgress;
  /** Drivers (their own sessions) and admins: the site's limit on a session, each time it changes. Starts with the current one, read once the subscription is in place. */
  sessionSiteLimit: SessionSiteLimit;
  /** Admins and integrators: a site's allocation, each time it changes. Starts with the current one, read once the subscription is in place. */
  siteLoadAllocation: LoadAllocation;
  /** The signed-in driver's own wallet: each movement and the balance. */
  walletUpdates: WalletUpdate;
};


export type SubscriptionChargerStatusArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionChargingRequestArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionChargingRequestUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionConnectionEventsArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionFleetJobUpdatesArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMeterValuesArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOcppCommandUpdatesArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOcppMessagesArgs = {
  chargerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPartnerReservationUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionPartnerSessionUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionSessionProgressArgs = {
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionSessionSiteLimitArgs = {
  sessionId: Scalars['ID']['input'];
};


export type SubscriptionSiteLoadAllocationArgs = {
  siteId: Scalars['ID']['input'];
};

/** A message from the contact form, and the reply sent to it. */
export type SupportMessage = {
  __typename?: 'SupportMessage';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Maybe<Scalars['String']['output']>;
  repliedAt: Maybe<Scalars['DateTime']['output']>;
  reply: Maybe<Scalars['String']['output']>;
  status: SupportMessageStatus;
  subject: Scalars['String']['output'];
  /** The sender's account, when they were signed in (admins). */
  user: Maybe<User>;
};

export type SupportMessageConnection = {
  __typename?: 'SupportMessageConnection';
  edges: Array<SupportMessageEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<SupportMessage>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type SupportMessageEdge = {
  __typename?: 'SupportMessageEdge';
  cursor: Scalars['String']['output'];
  node: SupportMessage;
};

export type SupportMessageInput = {
  id: Scalars['ID']['input'];
};

export type SupportMessagePayload = {
  __typename?: 'SupportMessagePayload';
  errors: Array<UserError>;
  message: Maybe<SupportMessage>;
};

export type SupportMessageStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'REPLIED';

export type Tariff = {
  __typename?: 'Tariff';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  idleFeePerMinute: Money;
  idleGraceMinutes: Scalars['Int']['output'];
  isDefault: Scalars['Boolean']['output'];
  maxCharge: Maybe<Money>;
  minCharge: Money;
  name: Scalars['String']['output'];
  pricePerKwh: Money;
  pricePerMinute: Money;
  reservationFee: Money;
  sessionFee: Money;
  taxRate: Scalars['Decimal']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TariffConnection = {
  __typename?: 'TariffConnection';
  edges: Array<TariffEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<Tariff>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TariffEdge = {
  __typename?: 'TariffEdge';
  cursor: Scalars['String']['output'];
  node: Tariff;
};

export type TariffIdInput = {
  id: Scalars['ID']['input'];
};

export type TariffPayload = {
  __typename?: 'TariffPayload';
  errors: Array<UserError>;
  tariff: Maybe<Tariff>;
};

/** What charging costs on a charger: the prices a driver sees before starting. */
export type TariffPrice = {
  __typename?: 'TariffPrice';
  currency: Scalars['String']['output'];
  free: Scalars['Boolean']['output'];
  /** Per minute connected after charging has ended, after the grace period. */
  idleFeePerMinute: Money;
  idleGraceMinutes: Scalars['Int']['output'];
  maxCharge: Maybe<Money>;
  minCharge: Money;
  name: Scalars['String']['output'];
  pricePerKwh: Money;
  /** Per minute of charging. */
  pricePerMinute: Money;
  /** Charged when a reservation is accepted. */
  reservationFee: Money;
  sessionFee: Money;
  /** Null when charging is free. */
  tariffId: Maybe<Scalars['ID']['output']>;
  /** e.g. 0.08 for 8% service tax. */
  taxRate: Scalars['Decimal']['output'];
};

export type TopUp = {
  __typename?: 'TopUp';
  amount: Money;
  checkoutUrl: Maybe<Scalars['String']['output']>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  failureReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  method: PaymentMethodKind;
  provider: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type TopUpConnection = {
  __typename?: 'TopUpConnection';
  edges: Array<TopUpEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<TopUp>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TopUpEdge = {
  __typename?: 'TopUpEdge';
  cursor: Scalars['String']['output'];
  node: TopUp;
};

/** A top-up an admin must reconcile with the payment gateway. */
export type TopUpReconciliation = {
  __typename?: 'TopUpReconciliation';
  events: Array<GatewayEventRecord>;
  /** Why it needs an admin: failed_after_credit, refunded_after_credit, pending_after_credit (the gateway contradicts a credit; nothing was debited: refund or adjust with adjustWallet), amount_mismatch (the gateway reported another amount; nothing credited). */
  flag: Maybe<Scalars['String']['output']>;
  flaggedAt: Maybe<Scalars['DateTime']['output']>;
  /** The gateway's latest word. */
  gatewayState: Maybe<GatewayState>;
  gatewayTime: Maybe<Scalars['DateTime']['output']>;
  topUp: TopUp;
  userId: Scalars['ID']['output'];
};

export type TriggerMessageInput = {
  chargerId: Scalars['ID']['input'];
  connectorId?: InputMaybe<Scalars['Int']['input']>;
  requestedMessage: MessageTrigger;
};

/** What happens when a charger the platform does not know connects. */
export type UnknownChargerPolicy =
  | 'PENDING'
  | 'REJECT';

export type UnlockConnectorInput = {
  chargerId: Scalars['ID']['input'];
  connectorId: Scalars['Int']['input'];
};

export type UnsubscribePushInput = {
  endpoint: Scalars['String']['input'];
};

/** Only the fields given are changed. */
export type UpdateCapacityNodeInput = {
  id: Scalars['ID']['input'];
  limitL1A?: InputMaybe<Scalars['Int']['input']>;
  limitL2A?: InputMaybe<Scalars['Int']['input']>;
  limitL3A?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  phaseRotation?: InputMaybe<PhaseRotation>;
  rejectsProfiles?: InputMaybe<Scalars['Boolean']['input']>;
  windowFrom?: InputMaybe<Scalars['Time']['input']>;
  windowLimitA?: InputMaybe<Scalars['Int']['input']>;
  windowTo?: InputMaybe<Scalars['Time']['input']>;
};

/** Only the fields given are changed. */
export type UpdateChargerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  /** Type, maximum power and phases of these connectors (others keep theirs). */
  connectors?: InputMaybe<Array<ConnectorSetupInput>>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  isPublic?: InputMaybe<Scalars['Boolean']['input']>;
  latitude?: InputMaybe<Scalars['Decimal']['input']>;
  longitude?: InputMaybe<Scalars['Decimal']['input']>;
  maxPowerKw?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  /** Generate a new AuthorizationKey (returned once). */
  rotateAuthorizationKey?: Scalars['Boolean']['input'];
  securityProfile?: InputMaybe<Scalars['Int']['input']>;
  /** The site it stands at (null: none). */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  /** The tariff drivers pay on it (null: the default tariff). */
  tariffId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdateFirmwareInput = {
  chargerId: Scalars['ID']['input'];
  /** When the charger installs the firmware it downloaded (OCPP 2.0.1, and signed firmware on 1.6); not given: as soon as it can. */
  installDate?: InputMaybe<Scalars['DateTime']['input']>;
  location: Scalars['String']['input'];
  retries?: InputMaybe<Scalars['Int']['input']>;
  retrieveDate: Scalars['DateTime']['input'];
  retryInterval?: InputMaybe<Scalars['Int']['input']>;
  /** Signed firmware: its signature, Base64 (with signingCertificate). */
  signature?: InputMaybe<Scalars['String']['input']>;
  /** Signed firmware (OCPP 2.0.1, and 1.6 chargers with the security extension, which get SignedUpdateFirmware): the PEM certificate that signed it. */
  signingCertificate?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given are changed. */
export type UpdateIdTagInput = {
  blocked?: InputMaybe<Scalars['Boolean']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  ownerEmail?: InputMaybe<Scalars['String']['input']>;
  parentIdTag?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateMaintenanceRecordInput = {
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<MaintenanceKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<MaintenanceStatus>;
  technician?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change. */
export type UpdateMembershipPlanInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  discountPerKwh?: InputMaybe<Scalars['Decimal']['input']>;
  id: Scalars['ID']['input'];
  includedKwh?: InputMaybe<Scalars['Decimal']['input']>;
  monthlyPrice?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; `resetToDefaults` lists fields to reset. */
export type UpdatePlatformSettingsInput = {
  heartbeatIntervalSeconds?: InputMaybe<Scalars['Int']['input']>;
  messageLogRetentionDays?: InputMaybe<Scalars['Int']['input']>;
  minimumBalance?: InputMaybe<Scalars['Decimal']['input']>;
  pointsPerKwh?: InputMaybe<Scalars['Int']['input']>;
  registrationPolicy?: InputMaybe<RegistrationPolicy>;
  /** Field names (as in this input) to reset to the environment default. */
  resetToDefaults?: InputMaybe<Array<Scalars['String']['input']>>;
  unknownChargerPolicy?: InputMaybe<UnknownChargerPolicy>;
};

/** Only the fields given are changed; `phone: null` clears the phone. */
export type UpdateProfileInput = {
  /** The app's and your mails' language: en, ms or zh. */
  locale?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; `stock: null` makes it unlimited. */
export type UpdateRewardItemInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<RewardKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  points?: InputMaybe<Scalars['Int']['input']>;
  stock?: InputMaybe<Scalars['Int']['input']>;
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Only the fields given are changed. */
export type UpdateSiteInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  latitude?: InputMaybe<Scalars['Decimal']['input']>;
  longitude?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

/** Only the fields given change; `maxCharge: null` removes the cap. */
export type UpdateTariffInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idleFeePerMinute?: InputMaybe<Scalars['Decimal']['input']>;
  idleGraceMinutes?: InputMaybe<Scalars['Int']['input']>;
  maxCharge?: InputMaybe<Scalars['Decimal']['input']>;
  minCharge?: InputMaybe<Scalars['Decimal']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  pricePerKwh?: InputMaybe<Scalars['Decimal']['input']>;
  pricePerMinute?: InputMaybe<Scalars['Decimal']['input']>;
  reservationFee?: InputMaybe<Scalars['Decimal']['input']>;
  sessionFee?: InputMaybe<Scalars['Decimal']['input']>;
  taxRate?: InputMaybe<Scalars['Decimal']['input']>;
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
  /** The app's and the mails' language (en, ms, zh). */
  locale: Maybe<Scalars['String']['output']>;
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

/** The order of a list of users. */
export type UserOrder = {
  direction?: SortDirection;
  field: UserSortField;
};

export type UserPayload = {
  __typename?: 'UserPayload';
  errors: Array<UserError>;
  user: Maybe<User>;
};

/** What a list of users can be sorted by. */
export type UserSortField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'LAST_LOGIN_AT'
  | 'NAME'
  | 'ROLE';

/** A monitor on a station's variable. */
export type VariableMonitor = {
  __typename?: 'VariableMonitor';
  component: Scalars['String']['output'];
  componentInstance: Maybe<Scalars['String']['output']>;
  connectorId: Maybe<Scalars['Int']['output']>;
  evseId: Maybe<Scalars['Int']['output']>;
  monitorId: Scalars['Int']['output'];
  severity: Scalars['Int']['output'];
  transaction: Scalars['Boolean']['output'];
  type: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  variable: Scalars['String']['output'];
  variableInstance: Maybe<Scalars['String']['output']>;
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

export type Wallet = {
  __typename?: 'Wallet';
  balance: Money;
  /** What the driver owes from sessions the wallet did not cover. */
  debt: Money;
  /** The largest top-up accepted. */
  maximumTopUp: Money;
  /** The balance needed to start charging (the platform's minimum in force). */
  minimumToStart: Money;
  /** The smallest top-up accepted. */
  minimumTopUp: Money;
  /** Wallet movements, newest first. */
  transactions: WalletTransactionConnection;
};


export type WalletTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A user's wallet as the ledger holds it. */
export type WalletSummary = {
  __typename?: 'WalletSummary';
  balance: Money;
  /** What the user owes (zero when nothing). */
  debt: Money;
};

export type WalletTransaction = {
  __typename?: 'WalletTransaction';
  amount: Money;
  balanceAfter: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  memo: Maybe<Scalars['String']['output']>;
  reason: Maybe<Scalars['String']['output']>;
  sessionId: Maybe<Scalars['ID']['output']>;
};

export type WalletTransactionConnection = {
  __typename?: 'WalletTransactionConnection';
  edges: Array<WalletTransactionEdge>;
  /** The nodes of `edges`, for clients that do not need cursors. */
  nodes: Array<WalletTransaction>;
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type WalletTransactionEdge = {
  __typename?: 'WalletTransactionEdge';
  cursor: Scalars['String']['output'];
  node: WalletTransaction;
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

export type WatchChargerInput = {
  chargePointId: Scalars['String']['input'];
  connectorId?: InputMaybe<Scalars['Int']['input']>;
};

export type WatchChargerPayload = {
  __typename?: 'WatchChargerPayload';
  errors: Array<UserError>;
  watch: Maybe<ChargerWatch>;
};

/** The password does not meet the policy: at least 8 characters (12 for admins), at most 256, not a common or breached password, not the email address, not a run of a few characters. */
export type WeakPasswordError = UserError & {
  __typename?: 'WeakPasswordError';
  /** Stable machine-readable code, e.g. EMAIL_TAKEN. */
  code: Scalars['String']['output'];
  /** The input field concerned, if any. */
  field: Maybe<Scalars['String']['output']>;
  /** Human-readable message, safe to show. */
  message: Scalars['String']['output'];
  /** Which rule failed. */
  rule: PasswordRule;
};

type UserErrorFields_AccountDisabledError_Fragment = { __typename: 'AccountDisabledError', code: string, message: string, field: string | null };

type UserErrorFields_BalanceTooLowError_Fragment = { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null };

type UserErrorFields_ChargerOfflineError_Fragment = { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null };

type UserErrorFields_CodeExpiredError_Fragment = { __typename: 'CodeExpiredError', code: string, message: string, field: string | null };

type UserErrorFields_CodeInvalidError_Fragment = { __typename: 'CodeInvalidError', code: string, message: string, field: string | null };

type UserErrorFields_CodeUsedUpError_Fragment = { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null };

type UserErrorFields_CommandRejectedError_Fragment = { __typename: 'CommandRejectedError', code: string, message: string, field: string | null };

type UserErrorFields_CommandTimeoutError_Fragment = { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null };

type UserErrorFields_ConflictError_Fragment = { __typename: 'ConflictError', code: string, message: string, field: string | null };

type UserErrorFields_ConnectorUnavailableError_Fragment = { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null };

type UserErrorFields_EmailNotVerifiedError_Fragment = { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null };

type UserErrorFields_EmailTakenError_Fragment = { __typename: 'EmailTakenError', code: string, message: string, field: string | null };

type UserErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string, field: string | null };

type UserErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null };

type UserErrorFields_InsufficientFundsError_Fragment = { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null };

type UserErrorFields_InsufficientPointsError_Fragment = { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidCommandError_Fragment = { __typename: 'InvalidCommandError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidCredentialsError_Fragment = { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidInputError_Fragment = { __typename: 'InvalidInputError', code: string, message: string, field: string | null };

type UserErrorFields_InvalidTokenError_Fragment = { __typename: 'InvalidTokenError', code: string, message: string, field: string | null };

type UserErrorFields_MailFailedError_Fragment = { __typename: 'MailFailedError', code: string, message: string, field: string | null };

type UserErrorFields_NotAuthenticatedError_Fragment = { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null };

type UserErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', code: string, message: string, field: string | null };

type UserErrorFields_OperationError_Fragment = { __typename: 'OperationError', code: string, message: string, field: string | null };

type UserErrorFields_OutOfStockError_Fragment = { __typename: 'OutOfStockError', code: string, message: string, field: string | null };

type UserErrorFields_PaymentGatewayNotConfiguredError_Fragment = { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null };

type UserErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null };

type UserErrorFields_WeakPasswordError_Fragment = { __typename: 'WeakPasswordError', code: string, message: string, field: string | null };

export type UserErrorFieldsFragment = UserErrorFields_AccountDisabledError_Fragment | UserErrorFields_BalanceTooLowError_Fragment | UserErrorFields_ChargerOfflineError_Fragment | UserErrorFields_CodeExpiredError_Fragment | UserErrorFields_CodeInvalidError_Fragment | UserErrorFields_CodeUsedUpError_Fragment | UserErrorFields_CommandRejectedError_Fragment | UserErrorFields_CommandTimeoutError_Fragment | UserErrorFields_ConflictError_Fragment | UserErrorFields_ConnectorUnavailableError_Fragment | UserErrorFields_EmailNotVerifiedError_Fragment | UserErrorFields_EmailTakenError_Fragment | UserErrorFields_ForbiddenError_Fragment | UserErrorFields_IdempotencyConflictError_Fragment | UserErrorFields_InsufficientFundsError_Fragment | UserErrorFields_InsufficientPointsError_Fragment | UserErrorFields_InvalidCommandError_Fragment | UserErrorFields_InvalidCredentialsError_Fragment | UserErrorFields_InvalidInputError_Fragment | UserErrorFields_InvalidTokenError_Fragment | UserErrorFields_MailFailedError_Fragment | UserErrorFields_NotAuthenticatedError_Fragment | UserErrorFields_NotFoundError_Fragment | UserErrorFields_OperationError_Fragment | UserErrorFields_OutOfStockError_Fragment | UserErrorFields_PaymentGatewayNotConfiguredError_Fragment | UserErrorFields_RateLimitedError_Fragment | UserErrorFields_WeakPasswordError_Fragment;

export type AuthResultFragment = { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> };

export type RequestEmailCodeMutationVariables = Exact<{
  input: RequestEmailCodeInput;
}>;


export type RequestEmailCodeMutation = { __typename?: 'Mutation', requestEmailCode: { __typename?: 'RequestEmailCodePayload', sent: boolean, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type VerifyEmailCodeMutationVariables = Exact<{
  input: VerifyEmailCodeInput;
}>;


export type VerifyEmailCodeMutation = { __typename?: 'Mutation', verifyEmailCode: { __typename?: 'VerifyEmailCodePayload', verificationToken: string | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type RefreshTokenMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, email: string | null, name: string } | null, tokens: { __typename?: 'AuthTokens', accessToken: string, refreshToken: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type LogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: { __typename?: 'LogoutPayload', revokedSessions: number, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email: string | null, name: string, phone: string | null, emailVerified: boolean, locale: string | null } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'UserPayload', user: { __typename?: 'User', id: string, name: string, phone: string | null, locale: string | null } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type VehicleFieldsFragment = { __typename?: 'Vehicle', id: string, brand: string, model: string, batteryKwh: string | null, connectorType: VehicleConnectorType | null, nickname: string | null, plateNumber: string | null };

export type MyVehiclesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehiclesQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, vehicles: { __typename?: 'VehicleConnection', nodes: Array<{ __typename?: 'Vehicle', id: string, brand: string, model: string, batteryKwh: string | null, connectorType: VehicleConnectorType | null, nickname: string | null, plateNumber: string | null }> } } | null };

export type CreateVehicleMutationVariables = Exact<{
  input: CreateVehicleInput;
}>;


export type CreateVehicleMutation = { __typename?: 'Mutation', createVehicle: { __typename?: 'VehiclePayload', vehicle: { __typename?: 'Vehicle', id: string, brand: string, model: string, batteryKwh: string | null, connectorType: VehicleConnectorType | null, nickname: string | null, plateNumber: string | null } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type DeleteVehicleMutationVariables = Exact<{
  input: DeleteVehicleInput;
}>;


export type DeleteVehicleMutation = { __typename?: 'Mutation', deleteVehicle: { __typename?: 'DeleteVehiclePayload', deletedId: string | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type WalletBalanceQueryVariables = Exact<{ [key: string]: never; }>;


export type WalletBalanceQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, wallet: { __typename?: 'WalletSummary', balance: { __typename?: 'Money', amount: string, currency: string }, debt: { __typename?: 'Money', amount: string, currency: string } } } | null, wallet: { __typename?: 'Wallet', minimumToStart: { __typename?: 'Money', amount: string, currency: string }, minimumTopUp: { __typename?: 'Money', amount: string, currency: string }, maximumTopUp: { __typename?: 'Money', amount: string, currency: string } } };

export type MySessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MySessionsQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, chargingSessions: { __typename?: 'UserChargingSessionConnection', nodes: Array<{ __typename?: 'UserChargingSession', id: string, transactionId: number, connectorId: number, status: string, startedAt: string, stoppedAt: string | null, energyWh: number | null, totalCost: { __typename?: 'Money', amount: string, currency: string } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } } | null };

export type SessionFieldsFragment = { __typename?: 'ChargingSession', id: string, transactionId: number, status: string, connectorId: number, startedAt: string, stoppedAt: string | null, energyWh: number, cost: { __typename?: 'Money', amount: string, currency: string } | null, charger: { __typename?: 'SessionCharger', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null } | null };

export type RequestFieldsFragment = { __typename?: 'ChargingRequest', id: string, status: string, error: string | null, session: { __typename?: 'ChargingSession', id: string } | null };

export type StartChargingMutationVariables = Exact<{
  input: StartChargingInput;
}>;


export type StartChargingMutation = { __typename?: 'Mutation', startCharging: { __typename?: 'StartChargingPayload', request: { __typename?: 'ChargingRequest', id: string, status: string, error: string | null, session: { __typename?: 'ChargingSession', id: string } | null } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type ChargingRequestQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChargingRequestQueryQuery = { __typename?: 'Query', chargingRequest: { __typename?: 'ChargingRequest', id: string, status: string, error: string | null, session: { __typename?: 'ChargingSession', id: string } | null } };

export type ActiveSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveSessionQuery = { __typename?: 'Query', activeSession: { __typename?: 'ChargingSession', id: string, transactionId: number, status: string, connectorId: number, startedAt: string, stoppedAt: string | null, energyWh: number, cost: { __typename?: 'Money', amount: string, currency: string } | null, charger: { __typename?: 'SessionCharger', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null } | null } | null };

export type ChargingSessionQueryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ChargingSessionQueryQuery = { __typename?: 'Query', chargingSession: { __typename?: 'ChargingSession', id: string, transactionId: number, status: string, connectorId: number, startedAt: string, stoppedAt: string | null, energyWh: number, costSoFar: { __typename?: 'Money', amount: string, currency: string } | null, idle: { __typename?: 'SessionIdle', chargingEndedAt: string, graceMinutes: number, graceEndsAt: string, feePerMinute: { __typename?: 'Money', amount: string, currency: string }, feeSoFar: { __typename?: 'Money', amount: string, currency: string } } | null, cost: { __typename?: 'Money', amount: string, currency: string } | null, charger: { __typename?: 'SessionCharger', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null } | null } };

export type StopChargingMutationVariables = Exact<{
  input: StopChargingInput;
}>;


export type StopChargingMutation = { __typename?: 'Mutation', stopCharging: { __typename?: 'StopChargingPayload', session: { __typename?: 'ChargingSession', id: string, status: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type MyReservationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReservationsQuery = { __typename?: 'Query', myReservations: Array<{ __typename?: 'ConnectorReservation', id: string, chargerId: string, connectorId: number, expiresAt: string }> };

export type ReserveConnectorMutationVariables = Exact<{
  input: ReserveConnectorInput;
}>;


export type ReserveConnectorMutation = { __typename?: 'Mutation', reserveConnector: { __typename?: 'ReservationPayload', reservation: { __typename?: 'ConnectorReservation', id: string, status: string, expiresAt: string, fee: { __typename?: 'Money', amount: string, currency: string } } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type SessionReceiptQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionReceiptQuery = { __typename?: 'Query', chargingSession: { __typename?: 'ChargingSession', billed: boolean, pointsAwarded: number, id: string, transactionId: number, status: string, connectorId: number, startedAt: string, stoppedAt: string | null, energyWh: number, receipt: { __typename?: 'Receipt', id: string, number: string, issuedAt: string, pdfUrl: string, subtotal: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, lines: Array<{ __typename?: 'ReceiptLine', code: string, description: string, label: string, quantity: string, unit: string, unitPrice: string | null, quantityText: string, amount: { __typename?: 'Money', amount: string, currency: string } }> } | null, cost: { __typename?: 'Money', amount: string, currency: string } | null, charger: { __typename?: 'SessionCharger', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null } | null } };

export type SessionHistoryQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionHistoryQuery = { __typename?: 'Query', mySessions: { __typename?: 'ChargingSessionConnection', nodes: Array<{ __typename?: 'ChargingSession', pointsAwarded: number, id: string, transactionId: number, status: string, connectorId: number, startedAt: string, stoppedAt: string | null, energyWh: number, cost: { __typename?: 'Money', amount: string, currency: string } | null, charger: { __typename?: 'SessionCharger', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type SessionChartQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionChartQuery = { __typename?: 'Query', chargingSession: { __typename?: 'ChargingSession', id: string, startedAt: string, meterSamples: Array<{ __typename?: 'MeterSample', timestamp: string, powerW: number | null }> } };

export type SessionSiteLimitSubscriptionVariables = Exact<{
  sessionId: Scalars['ID']['input'];
}>;


export type SessionSiteLimitSubscription = { __typename?: 'Subscription', sessionSiteLimit: { __typename?: 'SessionSiteLimit', sessionId: string, limitedBySite: boolean, paused: boolean, limitA: number | null, limitKw: number | null } };

export type PartnerStationsQueryVariables = Exact<{
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type PartnerStationsQuery = { __typename?: 'Query', partnerStations: Array<{ __typename?: 'PartnerStation', id: string, operator: string | null, partner: string, locationId: string, name: string | null, address: string, city: string, latitude: number, longitude: number, distanceKm: number | null, availableCount: number, evses: Array<{ __typename?: 'PartnerEvse', uid: string, evseId: string | null, status: string, standards: Array<string>, maxPowerKw: string | null, reservable: boolean, connectors: Array<{ __typename?: 'PartnerConnector', standard: string, powerType: string, maxPowerKw: string | null }> }>, tariff: { __typename?: 'PartnerTariff', currency: string, text: string | null, prices: Array<{ __typename?: 'PartnerPrice', type: string, vatPercent: string | null, conditional: boolean, price: { __typename?: 'Money', amount: string, currency: string } }> } | null }> };

export type PartnerStationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerStationQuery = { __typename?: 'Query', partnerStation: { __typename?: 'PartnerStation', id: string, operator: string | null, partner: string, locationId: string, name: string | null, address: string, city: string, latitude: number, longitude: number, distanceKm: number | null, availableCount: number, evses: Array<{ __typename?: 'PartnerEvse', uid: string, evseId: string | null, status: string, standards: Array<string>, maxPowerKw: string | null, reservable: boolean, connectors: Array<{ __typename?: 'PartnerConnector', standard: string, powerType: string, maxPowerKw: string | null }> }>, tariff: { __typename?: 'PartnerTariff', currency: string, text: string | null, prices: Array<{ __typename?: 'PartnerPrice', type: string, vatPercent: string | null, conditional: boolean, price: { __typename?: 'Money', amount: string, currency: string } }> } | null } };

export type PartnerStationFieldsFragment = { __typename?: 'PartnerStation', id: string, operator: string | null, partner: string, locationId: string, name: string | null, address: string, city: string, latitude: number, longitude: number, distanceKm: number | null, availableCount: number, evses: Array<{ __typename?: 'PartnerEvse', uid: string, evseId: string | null, status: string, standards: Array<string>, maxPowerKw: string | null, reservable: boolean, connectors: Array<{ __typename?: 'PartnerConnector', standard: string, powerType: string, maxPowerKw: string | null }> }>, tariff: { __typename?: 'PartnerTariff', currency: string, text: string | null, prices: Array<{ __typename?: 'PartnerPrice', type: string, vatPercent: string | null, conditional: boolean, price: { __typename?: 'Money', amount: string, currency: string } }> } | null };

export type PartnerEvseFieldsFragment = { __typename?: 'PartnerEvse', uid: string, evseId: string | null, status: string, standards: Array<string>, maxPowerKw: string | null, reservable: boolean, connectors: Array<{ __typename?: 'PartnerConnector', standard: string, powerType: string, maxPowerKw: string | null }> };

export type PartnerSessionFieldsFragment = { __typename?: 'PartnerSession', id: string, locationId: string, evseUid: string | null, state: string, startResult: string | null, stopResult: string | null, kwh: string, updatedAt: string };

export type StartPartnerChargingMutationVariables = Exact<{
  stationId: Scalars['ID']['input'];
  evseUid: Scalars['String']['input'];
}>;


export type StartPartnerChargingMutation = { __typename?: 'Mutation', startPartnerCharging: { __typename?: 'PartnerSessionPayload', session: { __typename?: 'PartnerSession', id: string, locationId: string, evseUid: string | null, state: string, startResult: string | null, stopResult: string | null, kwh: string, updatedAt: string } | null, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type StopPartnerChargingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StopPartnerChargingMutation = { __typename?: 'Mutation', stopPartnerCharging: { __typename?: 'PartnerSessionPayload', session: { __typename?: 'PartnerSession', id: string, locationId: string, evseUid: string | null, state: string, startResult: string | null, stopResult: string | null, kwh: string, updatedAt: string } | null, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type PartnerSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerSessionQuery = { __typename?: 'Query', partnerSession: { __typename?: 'PartnerSession', id: string, locationId: string, evseUid: string | null, state: string, startResult: string | null, stopResult: string | null, kwh: string, updatedAt: string } };

export type PartnerSessionUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerSessionUpdatedSubscription = { __typename?: 'Subscription', partnerSessionUpdated: { __typename?: 'PartnerSession', id: string, locationId: string, evseUid: string | null, state: string, startResult: string | null, stopResult: string | null, kwh: string, updatedAt: string } };

export type PartnerReservationFieldsFragment = { __typename?: 'PartnerReservation', id: string, locationId: string, evseUid: string, state: string, expiresAt: string, lastResult: string | null };

export type ReservePartnerEvseMutationVariables = Exact<{
  stationId: Scalars['ID']['input'];
  evseUid: Scalars['String']['input'];
  minutes?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReservePartnerEvseMutation = { __typename?: 'Mutation', reservePartnerEvse: { __typename?: 'PartnerReservationPayload', reservation: { __typename?: 'PartnerReservation', id: string, locationId: string, evseUid: string, state: string, expiresAt: string, lastResult: string | null } | null, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type CancelPartnerReservationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelPartnerReservationMutation = { __typename?: 'Mutation', cancelPartnerReservation: { __typename?: 'PartnerReservationPayload', reservation: { __typename?: 'PartnerReservation', id: string, locationId: string, evseUid: string, state: string, expiresAt: string, lastResult: string | null } | null, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type PartnerReservationUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerReservationUpdatedSubscription = { __typename?: 'Subscription', partnerReservationUpdated: { __typename?: 'PartnerReservation', id: string, locationId: string, evseUid: string, state: string, expiresAt: string, lastResult: string | null } };

export type MyPartnerReservationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartnerReservationsQuery = { __typename?: 'Query', myPartnerReservations: Array<{ __typename?: 'PartnerReservation', id: string, locationId: string, evseUid: string, state: string, expiresAt: string, lastResult: string | null }> };

export type PlatformInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformInfoQuery = { __typename?: 'Query', platform: { __typename?: 'PlatformInfo', name: string, version: string, environment: string, currency: string } };

export type ReportProblemMutationVariables = Exact<{
  input: ReportProblemInput;
}>;


export type ReportProblemMutation = { __typename?: 'Mutation', reportProblem: { __typename?: 'ReportProblemPayload', photoUploadUrl: string | null, report: { __typename?: 'ProblemReport', id: string, status: ProblemReportStatus, category: ProblemCategory } | null, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type PushConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type PushConfigQuery = { __typename?: 'Query', pushConfig: { __typename?: 'PushConfig', vapidPublicKey: string } };

export type SubscribePushMutationVariables = Exact<{
  input: PushSubscriptionInput;
}>;


export type SubscribePushMutation = { __typename?: 'Mutation', subscribePush: { __typename?: 'PushSubscriptionPayload', subscribed: boolean, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

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


export type ChargerStatusSubscription = { __typename?: 'Subscription', chargerStatus: { __typename?: 'ChargerStatusUpdate', chargePointId: string, connectorId: number | null, kind: string, availability: string | null, online: boolean | null, status: string | null, timestamp: string | null, partnerStationId: string | null, evseUid: string | null, evseStatus: string | null, availableCount: number | null } };

export type WalletUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WalletUpdatesSubscription = { __typename?: 'Subscription', walletUpdates: { __typename?: 'WalletUpdate', balance: string | null, currency: string, amount: string | null, kind: string | null, description: string | null, timestamp: string | null } };

export type RewardsQueryVariables = Exact<{ [key: string]: never; }>;


export type RewardsQuery = { __typename?: 'Query', rewardsBalance: { __typename?: 'RewardsBalance', points: number, pendingFreeKwh: string, pendingDiscount: { __typename?: 'Money', amount: string, currency: string } }, rewardCatalog: { __typename?: 'RewardItemConnection', nodes: Array<{ __typename?: 'RewardItem', id: string, name: string, description: string | null, points: number, category: string | null, kind: RewardKind, stock: number | null, inStock: boolean }> }, myRedemptions: { __typename?: 'RewardRedemptionConnection', nodes: Array<{ __typename?: 'RewardRedemption', id: string, status: string, points: number, createdAt: string, item: { __typename?: 'RewardItem', id: string, name: string } }> }, pointHistory: { __typename?: 'PointMovementConnection', nodes: Array<{ __typename?: 'PointMovement', id: string, points: number, reason: string, memo: string | null, createdAt: string }> } };

export type RedeemRewardMutationVariables = Exact<{
  input: RedeemRewardInput;
}>;


export type RedeemRewardMutation = { __typename?: 'Mutation', redeemReward: { __typename?: 'RedeemRewardPayload', redemption: { __typename?: 'RewardRedemption', id: string, status: string } | null, balance: { __typename?: 'RewardsBalance', points: number } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type MembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipsQuery = { __typename?: 'Query', membershipPlans: { __typename?: 'MembershipPlanConnection', nodes: Array<{ __typename?: 'MembershipPlan', id: string, name: string, description: string | null, includedKwh: string, monthlyPrice: { __typename?: 'Money', amount: string, currency: string }, discountPerKwh: { __typename?: 'Money', amount: string, currency: string } }> }, myMembership: { __typename?: 'Membership', id: string, status: string, periodEnd: string, renewsAt: string | null, cancelAtPeriodEnd: boolean, includedKwhRemaining: string, plan: { __typename?: 'MembershipPlan', id: string, name: string } } | null };

export type SubscribeMembershipMutationVariables = Exact<{
  input: SubscribeMembershipInput;
}>;


export type SubscribeMembershipMutation = { __typename?: 'Mutation', subscribeMembership: { __typename?: 'MembershipPayload', membership: { __typename?: 'Membership', id: string, status: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type CancelMembershipMutationVariables = Exact<{
  input?: InputMaybe<CancelMembershipInput>;
}>;


export type CancelMembershipMutation = { __typename?: 'Mutation', cancelMembership: { __typename?: 'MembershipPayload', membership: { __typename?: 'Membership', id: string, status: string, cancelAtPeriodEnd: boolean } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type MyReferralQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReferralQuery = { __typename?: 'Query', myReferralCode: { __typename?: 'ReferralCode', code: string, shareUrl: string, pointsPerReferral: number, referredCount: number, rewardedCount: number }, myReferral: { __typename?: 'AppliedReferral', id: string, code: string, status: string } | null };

export type ApplyReferralCodeMutationVariables = Exact<{
  input: ApplyReferralCodeInput;
}>;


export type ApplyReferralCodeMutation = { __typename?: 'Mutation', applyReferralCode: { __typename?: 'ApplyReferralCodePayload', referral: { __typename?: 'AppliedReferral', id: string, code: string, status: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type StationConnectorFieldsFragment = { __typename?: 'StationConnector', connectorId: number, status: string, availability: string, type: string | null, maxPowerKw: string | null };

export type StationTariffFieldsFragment = { __typename?: 'StationTariff', name: string, currency: string, free: boolean, idleGraceMinutes: number, taxRate: string, pricePerKwh: { __typename?: 'Money', amount: string, currency: string }, pricePerMinute: { __typename?: 'Money', amount: string, currency: string }, sessionFee: { __typename?: 'Money', amount: string, currency: string }, idleFeePerMinute: { __typename?: 'Money', amount: string, currency: string }, reservationFee: { __typename?: 'Money', amount: string, currency: string } };

export type StationFieldsFragment = { __typename?: 'Station', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, available: boolean, maxPowerKw: string | null, distanceKm: number | null, connectors: Array<{ __typename?: 'StationConnector', connectorId: number, status: string, availability: string, type: string | null, maxPowerKw: string | null }>, tariff: { __typename?: 'StationTariff', name: string, currency: string, free: boolean, idleGraceMinutes: number, taxRate: string, pricePerKwh: { __typename?: 'Money', amount: string, currency: string }, pricePerMinute: { __typename?: 'Money', amount: string, currency: string }, sessionFee: { __typename?: 'Money', amount: string, currency: string }, idleFeePerMinute: { __typename?: 'Money', amount: string, currency: string }, reservationFee: { __typename?: 'Money', amount: string, currency: string } } };

export type StationsQueryVariables = Exact<{
  near?: InputMaybe<GeoPointInput>;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
  connectorType?: InputMaybe<Scalars['String']['input']>;
  minPowerKw?: InputMaybe<Scalars['Decimal']['input']>;
  availableNow?: InputMaybe<Scalars['Boolean']['input']>;
  maxPricePerKwh?: InputMaybe<Scalars['Decimal']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StationsQuery = { __typename?: 'Query', stations: { __typename?: 'StationConnection', totalCount: number, nodes: Array<{ __typename?: 'Station', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, available: boolean, maxPowerKw: string | null, distanceKm: number | null, connectors: Array<{ __typename?: 'StationConnector', connectorId: number, status: string, availability: string, type: string | null, maxPowerKw: string | null }>, tariff: { __typename?: 'StationTariff', name: string, currency: string, free: boolean, idleGraceMinutes: number, taxRate: string, pricePerKwh: { __typename?: 'Money', amount: string, currency: string }, pricePerMinute: { __typename?: 'Money', amount: string, currency: string }, sessionFee: { __typename?: 'Money', amount: string, currency: string }, idleFeePerMinute: { __typename?: 'Money', amount: string, currency: string }, reservationFee: { __typename?: 'Money', amount: string, currency: string } } }> } };

export type StationQueryVariables = Exact<{
  chargePointId: Scalars['String']['input'];
}>;


export type StationQuery = { __typename?: 'Query', station: { __typename?: 'Station', description: string | null, id: string, chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, available: boolean, maxPowerKw: string | null, distanceKm: number | null, connectors: Array<{ __typename?: 'StationConnector', connectorId: number, status: string, availability: string, type: string | null, maxPowerKw: string | null }>, tariff: { __typename?: 'StationTariff', name: string, currency: string, free: boolean, idleGraceMinutes: number, taxRate: string, pricePerKwh: { __typename?: 'Money', amount: string, currency: string }, pricePerMinute: { __typename?: 'Money', amount: string, currency: string }, sessionFee: { __typename?: 'Money', amount: string, currency: string }, idleFeePerMinute: { __typename?: 'Money', amount: string, currency: string }, reservationFee: { __typename?: 'Money', amount: string, currency: string } } } | null };

export type MyFavouriteAndRecentStationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFavouriteAndRecentStationsQuery = { __typename?: 'Query', myFavouriteStations: Array<{ __typename?: 'Station', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, available: boolean, maxPowerKw: string | null, distanceKm: number | null, connectors: Array<{ __typename?: 'StationConnector', connectorId: number, status: string, availability: string, type: string | null, maxPowerKw: string | null }>, tariff: { __typename?: 'StationTariff', name: string, currency: string, free: boolean, idleGraceMinutes: number, taxRate: string, pricePerKwh: { __typename?: 'Money', amount: string, currency: string }, pricePerMinute: { __typename?: 'Money', amount: string, currency: string }, sessionFee: { __typename?: 'Money', amount: string, currency: string }, idleFeePerMinute: { __typename?: 'Money', amount: string, currency: string }, reservationFee: { __typename?: 'Money', amount: string, currency: string } } }>, myRecentStations: Array<{ __typename?: 'Station', id: string, chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, available: boolean, maxPowerKw: string | null, distanceKm: number | null, connectors: Array<{ __typename?: 'StationConnector', connectorId: number, status: string, availability: string, type: string | null, maxPowerKw: string | null }>, tariff: { __typename?: 'StationTariff', name: string, currency: string, free: boolean, idleGraceMinutes: number, taxRate: string, pricePerKwh: { __typename?: 'Money', amount: string, currency: string }, pricePerMinute: { __typename?: 'Money', amount: string, currency: string }, sessionFee: { __typename?: 'Money', amount: string, currency: string }, idleFeePerMinute: { __typename?: 'Money', amount: string, currency: string }, reservationFee: { __typename?: 'Money', amount: string, currency: string } } }> };

export type SetFavouriteStationMutationVariables = Exact<{
  input: SetFavouriteStationInput;
}>;


export type SetFavouriteStationMutation = { __typename?: 'Mutation', setFavouriteStation: { __typename?: 'SetFavouriteStationPayload', favourite: boolean | null, station: { __typename?: 'Station', id: string, chargePointId: string } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type SendSupportMessageMutationVariables = Exact<{
  input: SendSupportMessageInput;
}>;


export type SendSupportMessageMutation = { __typename?: 'Mutation', sendSupportMessage: { __typename?: 'SendSupportMessagePayload', message: { __typename?: 'SupportMessage', id: string, status: SupportMessageStatus } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type WalletTransactionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WalletTransactionsQuery = { __typename?: 'Query', wallet: { __typename?: 'Wallet', balance: { __typename?: 'Money', amount: string, currency: string }, transactions: { __typename?: 'WalletTransactionConnection', nodes: Array<{ __typename?: 'WalletTransaction', id: string, kind: string, memo: string | null, reason: string | null, createdAt: string, amount: { __typename?: 'Money', amount: string, currency: string } }> } } };

export type PaymentMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentMethodsQuery = { __typename?: 'Query', paymentMethods: Array<{ __typename?: 'PaymentMethod', method: PaymentMethodKind, label: string, provider: string, sandbox: boolean }> };

export type CreateTopUpMutationVariables = Exact<{
  input: CreateTopUpInput;
}>;


export type CreateTopUpMutation = { __typename?: 'Mutation', createTopUp: { __typename?: 'CreateTopUpPayload', topUp: { __typename?: 'TopUp', id: string, status: string, checkoutUrl: string | null, amount: { __typename?: 'Money', amount: string, currency: string } } | null, errors: Array<{ __typename: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename: 'ConflictError', code: string, message: string, field: string | null } | { __typename: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename: 'MailFailedError', code: string, message: string, field: string | null } | { __typename: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename: 'NotFoundError', code: string, message: string, field: string | null } | { __typename: 'OperationError', code: string, message: string, field: string | null } | { __typename: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename: 'RateLimitedError', retryAfterSeconds: number, code: string, message: string, field: string | null } | { __typename: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export type TopUpQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TopUpQuery = { __typename?: 'Query', topUp: { __typename?: 'TopUp', id: string, status: string, failureReason: string | null, amount: { __typename?: 'Money', amount: string, currency: string } } };

export type MyStartRefusalsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyStartRefusalsQuery = { __typename?: 'Query', myStartRefusals: Array<{ __typename?: 'StartRefusal', id: string, reason: StartRefusalReason, stage: StartRefusalStage, chargePointId: string | null, chargerName: string | null, stoppedSession: boolean, createdAt: string, required: { __typename?: 'Money', amount: string, currency: string }, balance: { __typename?: 'Money', amount: string, currency: string }, shortfall: { __typename?: 'Money', amount: string, currency: string } }> };

export type WatchChargerMutationVariables = Exact<{
  input: WatchChargerInput;
}>;


export type WatchChargerMutation = { __typename?: 'Mutation', watchCharger: { __typename?: 'WatchChargerPayload', watch: { __typename?: 'ChargerWatch', chargePointId: string, connectorId: number | null, expiresAt: string, holdMinutes: number } | null, errors: Array<{ __typename?: 'AccountDisabledError', code: string, message: string, field: string | null } | { __typename?: 'BalanceTooLowError', code: string, message: string, field: string | null } | { __typename?: 'ChargerOfflineError', code: string, message: string, field: string | null } | { __typename?: 'CodeExpiredError', code: string, message: string, field: string | null } | { __typename?: 'CodeInvalidError', code: string, message: string, field: string | null } | { __typename?: 'CodeUsedUpError', code: string, message: string, field: string | null } | { __typename?: 'CommandRejectedError', code: string, message: string, field: string | null } | { __typename?: 'CommandTimeoutError', code: string, message: string, field: string | null } | { __typename?: 'ConflictError', code: string, message: string, field: string | null } | { __typename?: 'ConnectorUnavailableError', code: string, message: string, field: string | null } | { __typename?: 'EmailNotVerifiedError', code: string, message: string, field: string | null } | { __typename?: 'EmailTakenError', code: string, message: string, field: string | null } | { __typename?: 'ForbiddenError', code: string, message: string, field: string | null } | { __typename?: 'IdempotencyConflictError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientFundsError', code: string, message: string, field: string | null } | { __typename?: 'InsufficientPointsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCommandError', code: string, message: string, field: string | null } | { __typename?: 'InvalidCredentialsError', code: string, message: string, field: string | null } | { __typename?: 'InvalidInputError', code: string, message: string, field: string | null } | { __typename?: 'InvalidTokenError', code: string, message: string, field: string | null } | { __typename?: 'MailFailedError', code: string, message: string, field: string | null } | { __typename?: 'NotAuthenticatedError', code: string, message: string, field: string | null } | { __typename?: 'NotFoundError', code: string, message: string, field: string | null } | { __typename?: 'OperationError', code: string, message: string, field: string | null } | { __typename?: 'OutOfStockError', code: string, message: string, field: string | null } | { __typename?: 'PaymentGatewayNotConfiguredError', code: string, message: string, field: string | null } | { __typename?: 'RateLimitedError', code: string, message: string, field: string | null } | { __typename?: 'WeakPasswordError', code: string, message: string, field: string | null }> } };

export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const AuthResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<AuthResultFragment, unknown>;
export const VehicleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]} as unknown as DocumentNode<VehicleFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const RequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RequestFieldsFragment, unknown>;
export const PartnerEvseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerEvseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEvse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"reservable"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]}}]} as unknown as DocumentNode<PartnerEvseFieldsFragment, unknown>;
export const PartnerStationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerStationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}},{"kind":"Field","name":{"kind":"Name","value":"evses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerEvseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"conditional"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerEvseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEvse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"reservable"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]}}]} as unknown as DocumentNode<PartnerStationFieldsFragment, unknown>;
export const PartnerSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startResult"}},{"kind":"Field","name":{"kind":"Name","value":"stopResult"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PartnerSessionFieldsFragment, unknown>;
export const PartnerReservationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResult"}}]}}]} as unknown as DocumentNode<PartnerReservationFieldsFragment, unknown>;
export const StationConnectorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]} as unknown as DocumentNode<StationConnectorFieldsFragment, unknown>;
export const StationTariffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationTariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]} as unknown as DocumentNode<StationTariffFieldsFragment, unknown>;
export const StationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationConnectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTariffFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationTariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}}]} as unknown as DocumentNode<StationFieldsFragment, unknown>;
export const RequestEmailCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestEmailCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RequestEmailCodeMutation, RequestEmailCodeMutationVariables>;
export const VerifyEmailCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmailCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationToken"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailCodeMutation, VerifyEmailCodeMutationVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]} as unknown as DocumentNode<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const MyVehiclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}}]} as unknown as DocumentNode<MyVehiclesQuery, MyVehiclesQueryVariables>;
export const CreateVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vehicle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VehicleFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VehicleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vehicle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateVehicleMutation, CreateVehicleMutationVariables>;
export const DeleteVehicleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVehicle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVehicleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVehicle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<DeleteVehicleMutation, DeleteVehicleMutationVariables>;
export const WalletBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minimumTopUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maximumTopUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<WalletBalanceQuery, WalletBalanceQueryVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const StartChargingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCharging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChargingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCharging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StartChargingMutation, StartChargingMutationVariables>;
export const ChargingRequestQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargingRequestQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChargingRequestQueryQuery, ChargingRequestQueryQueryVariables>;
export const ActiveSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<ActiveSessionQuery, ActiveSessionQueryVariables>;
export const ChargingSessionQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargingSessionQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"costSoFar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingEndedAt"}},{"kind":"Field","name":{"kind":"Name","value":"graceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"graceEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"feePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSoFar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<ChargingSessionQueryQuery, ChargingSessionQueryQueryVariables>;
export const StopChargingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopCharging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopChargingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopCharging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<StopChargingMutation, StopChargingMutationVariables>;
export const MyReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<MyReservationsQuery, MyReservationsQueryVariables>;
export const ReserveConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ReserveConnectorMutation, ReserveConnectorMutationVariables>;
export const SessionReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"billed"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAwarded"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"}},{"kind":"Field","name":{"kind":"Name","value":"quantityText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SessionReceiptQuery, SessionReceiptQueryVariables>;
export const SessionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"pointsAwarded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<SessionHistoryQuery, SessionHistoryQueryVariables>;
export const SessionChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"meterSamples"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"240"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}}]}}]}}]}}]} as unknown as DocumentNode<SessionChartQuery, SessionChartQueryVariables>;
export const SessionSiteLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionSiteLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionSiteLimit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"limitedBySite"}},{"kind":"Field","name":{"kind":"Name","value":"paused"}},{"kind":"Field","name":{"kind":"Name","value":"limitA"}},{"kind":"Field","name":{"kind":"Name","value":"limitKw"}}]}}]}}]} as unknown as DocumentNode<SessionSiteLimitSubscription, SessionSiteLimitSubscriptionVariables>;
export const PartnerStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerStations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerStationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerEvseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEvse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"reservable"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerStationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}},{"kind":"Field","name":{"kind":"Name","value":"evses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerEvseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"conditional"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerStationsQuery, PartnerStationsQueryVariables>;
export const PartnerStationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerStationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerEvseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerEvse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"standards"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"reservable"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"powerType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerStationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerStation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}},{"kind":"Field","name":{"kind":"Name","value":"evses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerEvseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vatPercent"}},{"kind":"Field","name":{"kind":"Name","value":"conditional"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerStationQuery, PartnerStationQueryVariables>;
export const StartPartnerChargingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPartnerCharging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evseUid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startPartnerCharging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"evseUid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evseUid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startResult"}},{"kind":"Field","name":{"kind":"Name","value":"stopResult"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StartPartnerChargingMutation, StartPartnerChargingMutationVariables>;
export const StopPartnerChargingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopPartnerCharging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopPartnerCharging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startResult"}},{"kind":"Field","name":{"kind":"Name","value":"stopResult"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<StopPartnerChargingMutation, StopPartnerChargingMutationVariables>;
export const PartnerSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startResult"}},{"kind":"Field","name":{"kind":"Name","value":"stopResult"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PartnerSessionQuery, PartnerSessionQueryVariables>;
export const PartnerSessionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PartnerSessionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerSessionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startResult"}},{"kind":"Field","name":{"kind":"Name","value":"stopResult"}},{"kind":"Field","name":{"kind":"Name","value":"kwh"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PartnerSessionUpdatedSubscription, PartnerSessionUpdatedSubscriptionVariables>;
export const ReservePartnerEvseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReservePartnerEvse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"evseUid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservePartnerEvse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"evseUid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"evseUid"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerReservationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResult"}}]}}]} as unknown as DocumentNode<ReservePartnerEvseMutation, ReservePartnerEvseMutationVariables>;
export const CancelPartnerReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPartnerReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPartnerReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerReservationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResult"}}]}}]} as unknown as DocumentNode<CancelPartnerReservationMutation, CancelPartnerReservationMutationVariables>;
export const PartnerReservationUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PartnerReservationUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerReservationUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerReservationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResult"}}]}}]} as unknown as DocumentNode<PartnerReservationUpdatedSubscription, PartnerReservationUpdatedSubscriptionVariables>;
export const MyPartnerReservationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPartnerReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPartnerReservations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerReservationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerReservationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReservation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResult"}}]}}]} as unknown as DocumentNode<MyPartnerReservationsQuery, MyPartnerReservationsQueryVariables>;
export const PlatformInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<PlatformInfoQuery, PlatformInfoQueryVariables>;
export const ReportProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"photoUploadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReportProblemMutation, ReportProblemMutationVariables>;
export const PushConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PushConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pushConfig"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vapidPublicKey"}}]}}]}}]} as unknown as DocumentNode<PushConfigQuery, PushConfigQueryVariables>;
export const SubscribePushDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribePush"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PushSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribePush"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribed"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubscribePushMutation, SubscribePushMutationVariables>;
export const SessionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SessionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"soc"}},{"kind":"Field","name":{"kind":"Name","value":"costSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<SessionProgressSubscription, SessionProgressSubscriptionVariables>;
export const ChargingRequestProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChargingRequestProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<ChargingRequestProgressSubscription, ChargingRequestProgressSubscriptionVariables>;
export const ChargerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChargerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"partnerStationId"}},{"kind":"Field","name":{"kind":"Name","value":"evseUid"}},{"kind":"Field","name":{"kind":"Name","value":"evseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"availableCount"}}]}}]}}]} as unknown as DocumentNode<ChargerStatusSubscription, ChargerStatusSubscriptionVariables>;
export const WalletUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WalletUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"walletUpdates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<WalletUpdatesSubscription, WalletUpdatesSubscriptionVariables>;
export const RewardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rewards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardsBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"pendingFreeKwh"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDiscount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rewardCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRedemptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<RewardsQuery, RewardsQueryVariables>;
export const RedeemRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeemReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeemRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeemReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redemption"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<RedeemRewardMutation, RedeemRewardMutationVariables>;
export const MembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedKwh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"renewsAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"includedKwhRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipsQuery, MembershipsQueryVariables>;
export const SubscribeMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubscribeMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubscribeMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribeMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<SubscribeMembershipMutation, SubscribeMembershipMutationVariables>;
export const CancelMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMembershipInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelAtPeriodEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CancelMembershipMutation, CancelMembershipMutationVariables>;
export const MyReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReferralCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shareUrl"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerReferral"}},{"kind":"Field","name":{"kind":"Name","value":"referredCount"}},{"kind":"Field","name":{"kind":"Name","value":"rewardedCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyReferralQuery, MyReferralQueryVariables>;
export const ApplyReferralCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyReferralCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyReferralCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyReferralCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<ApplyReferralCodeMutation, ApplyReferralCodeMutationVariables>;
export const StationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minPowerKw"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"availableNow"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxPricePerKwh"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}},{"kind":"Argument","name":{"kind":"Name","value":"connectorType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorType"}}},{"kind":"Argument","name":{"kind":"Name","value":"minPowerKw"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minPowerKw"}}},{"kind":"Argument","name":{"kind":"Name","value":"availableNow"},"value":{"kind":"Variable","name":{"kind":"Name","value":"availableNow"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxPricePerKwh"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxPricePerKwh"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationTariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationConnectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTariffFields"}}]}}]}}]} as unknown as DocumentNode<StationsQuery, StationsQueryVariables>;
export const StationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Station"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"station"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargePointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationTariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationConnectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTariffFields"}}]}}]}}]} as unknown as DocumentNode<StationQuery, StationQueryVariables>;
export const MyFavouriteAndRecentStationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFavouriteAndRecentStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFavouriteStations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myRecentStations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationConnectorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationConnector"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationTariffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StationTariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Station"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationConnectorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StationTariffFields"}}]}}]}}]} as unknown as DocumentNode<MyFavouriteAndRecentStationsQuery, MyFavouriteAndRecentStationsQueryVariables>;
export const SetFavouriteStationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetFavouriteStation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFavouriteStationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFavouriteStation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"favourite"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<SetFavouriteStationMutation, SetFavouriteStationMutationVariables>;
export const SendSupportMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSupportMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendSupportMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSupportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<SendSupportMessageMutation, SendSupportMessageMutationVariables>;
export const WalletTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalletTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WalletTransactionsQuery, WalletTransactionsQueryVariables>;
export const PaymentMethodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"sandbox"}}]}}]}}]} as unknown as DocumentNode<PaymentMethodsQuery, PaymentMethodsQueryVariables>;
export const CreateTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTopUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}}]}}]} as unknown as DocumentNode<CreateTopUpMutation, CreateTopUpMutationVariables>;
export const TopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<TopUpQuery, TopUpQueryVariables>;
export const MyStartRefusalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyStartRefusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myStartRefusals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"chargerName"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedSession"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<MyStartRefusalsQuery, MyStartRefusalsQueryVariables>;
export const WatchChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WatchCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WatchChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watchCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"watch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"holdMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<WatchChargerMutation, WatchChargerMutationVariables>;