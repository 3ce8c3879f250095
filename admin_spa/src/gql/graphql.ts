/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdjustWalletInput = {
  /** Positive credits the wallet, negative debits it. */
  amount: string;
  idempotencyKey: string;
  kind: AdjustmentKind;
  reason: string;
  sessionId?: string | number | null | undefined;
  userId: string | number;
};

export type AdjustmentKind =
  | 'ADJUSTMENT'
  | 'REFUND';

export type AdminCancelReservationInput = {
  chargerId: string | number;
  reservationId: number;
};

export type AdminCreateUserInput = {
  email: string;
  name: string;
  /** Omit to generate one (returned once). */
  password?: string | null | undefined;
  phone?: string | null | undefined;
  role?: Role;
};

export type AdminSetUserDisabledInput = {
  disabled: boolean;
  id: string | number;
};

export type AdminSetUserRoleInput = {
  id: string | number;
  role: Role;
};

/** Only the fields given are changed. */
export type AdminUpdateUserInput = {
  email?: string | null | undefined;
  emailVerified?: boolean | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  phone?: string | null | undefined;
};

export type ApiKeyScope =
  | 'READ'
  | 'READ_WRITE';

export type ApproveChargerInput = {
  approved?: boolean;
  id: string | number;
  /** Approving: the profile the charger authenticates on from now on (1: Basic auth, 2: Basic auth over TLS, 3: client certificate); default: its current one, at least 1. */
  securityProfile?: number | null | undefined;
};

/** OCPP 2.0.1 AttributeEnumType. */
export type AttributeType =
  | 'ACTUAL'
  | 'MAX_SET'
  | 'MIN_SET'
  | 'TARGET';

/** Every given condition must hold. */
export type AuditLogFilter = {
  /** An action (`charger.approve`) or an area prefix (`charger.`). */
  action?: string | null | undefined;
  /** The user who acted. */
  actorId?: string | number | null | undefined;
  /** At or after. */
  from?: string | null | undefined;
  /** e.g. Charger, User, Tariff. */
  targetType?: string | null | undefined;
  /** Before. */
  to?: string | null | undefined;
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

export type AvailabilityType =
  | 'INOPERATIVE'
  | 'OPERATIVE';

/** A new node of a site's capacity tree. */
export type CapacityNodeInput = {
  chargerId?: string | number | null | undefined;
  connectorId?: number | null | undefined;
  kind: CapacityNodeKind;
  limitL1A?: number | null | undefined;
  limitL2A?: number | null | undefined;
  limitL3A?: number | null | undefined;
  name: string;
  parentId?: string | number | null | undefined;
  phaseRotation?: PhaseRotation | null | undefined;
  siteId: string | number;
  windowFrom?: unknown;
  windowLimitA?: number | null | undefined;
  windowTo?: unknown;
};

/** What a capacity node is. */
export type CapacityNodeKind =
  | 'CHARGER'
  | 'CIRCUIT'
  | 'CONNECTOR'
  | 'SUPPLY';

/** OCPP CertificateHashData: how a charger names an installed certificate. */
export type CertificateHashDataInput = {
  hashAlgorithm: HashAlgorithm;
  issuerKeyHash: string;
  issuerNameHash: string;
  serialNumber: string;
};

/** What a root certificate installed on a charger is for (OCPP 1.6 names; a 2.0.1 station gets CSMSRootCertificate for CentralSystemRootCertificate). */
export type CertificateUse =
  | 'CENTRAL_SYSTEM_ROOT_CERTIFICATE'
  | 'MANUFACTURER_ROOT_CERTIFICATE';

export type ChangeAvailabilityInput = {
  chargerId: string | number;
  connectorId: number;
  type: AvailabilityType;
};

export type ChangeConfigurationInput = {
  chargerId: string | number;
  key: string;
  value: string;
};

export type ChargerCommandInput = {
  chargerId: string | number;
};

/** One charger of a CSV import; numbers as written in the file. */
export type ChargerImportRowInput = {
  address?: string | null | undefined;
  chargePointId: string;
  city?: string | null | undefined;
  connectors?: Array<ConnectorSetupInput>;
  description?: string | null | undefined;
  isPublic?: boolean;
  latitude?: string | null | undefined;
  longitude?: string | null | undefined;
  maxPowerKw?: string | null | undefined;
  name?: string | null | undefined;
  postcode?: string | null | undefined;
  securityProfile?: number;
  state?: string | null | undefined;
  /** A tariff's name. */
  tariff?: string | null | undefined;
};

/** The order of a list of chargers. */
export type ChargerOrder = {
  direction?: SortDirection;
  field: ChargerSortField;
};

/** What a list of chargers can be sorted by. */
export type ChargerSortField =
  | 'CHARGE_POINT_ID'
  | 'CITY'
  | 'CREATED_AT'
  | 'LAST_HEARTBEAT_AT'
  | 'NAME'
  | 'REGISTRATION_STATUS';

export type ChargingRateUnit =
  | 'A'
  | 'W';

export type ChargingSessionFilter = {
  chargePointId?: string | null | undefined;
  /** With (or without) flags. */
  flagged?: boolean | null | undefined;
  /** Started at or after. */
  from?: string | null | undefined;
  /** ACTIVE, COMPLETED, ... (any case). */
  status?: string | null | undefined;
  /** Started before. */
  to?: string | null | undefined;
  userId?: string | number | null | undefined;
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
  chargerId: string | number;
  chargingProfilePurpose?: string | null | undefined;
  connectorId?: number | null | undefined;
  id?: number | null | undefined;
  stackLevel?: number | null | undefined;
};

export type ClearDisplayMessageInput = {
  chargerId: string | number;
  messageId: number;
};

export type ClearVariableMonitoringInput = {
  chargerId: string | number;
  monitorIds: Array<number>;
};

export type CloseChargingSessionInput = {
  id: string | number;
  /** Why (3 to 500 characters); kept in the audit log. */
  reason: string;
};

export type CloseProblemReportInput = {
  id: string | number;
  resolution?: string | null | undefined;
};

/** A component (and optionally one of its variables) to report on. */
export type ComponentVariableInput = {
  component: string;
  componentInstance?: string | null | undefined;
  connectorId?: number | null | undefined;
  evseId?: number | null | undefined;
  variable?: string | null | undefined;
  variableInstance?: string | null | undefined;
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

/** A connector as the operator registers it. */
export type ConnectorSetupInput = {
  /** 1 to 10 (OCPP connectorId). */
  connectorId: number;
  maxPowerKw?: string | null | undefined;
  /** 1 or 3 (AC plugs). */
  phases?: number | null | undefined;
  /** CCS2, Type2, CHAdeMO or GB-T. */
  type?: string | null | undefined;
};

export type CreateApiKeyInput = {
  name: string;
  scope?: ApiKeyScope;
  /** Admins only: the key's owner. */
  userId?: string | number | null | undefined;
};

export type CreateIdTagInput = {
  /** 4 to 36 letters, digits or - _ . : (up to 20 for OCPP 1.6 chargers) */
  idTag: string;
  label?: string | null | undefined;
  /** None: a group tag. */
  ownerEmail?: string | null | undefined;
};

export type CreateMaintenanceRecordInput = {
  chargerId: string | number;
  completedAt?: string | null | undefined;
  kind: MaintenanceKind;
  notes?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  startedAt?: string | null | undefined;
  status?: MaintenanceStatus;
  technician?: string | null | undefined;
};

export type CreateMembershipPlanInput = {
  active?: boolean;
  description?: string | null | undefined;
  discountPerKwh?: string;
  includedKwh?: string;
  monthlyPrice: string;
  name: string;
};

export type CreateRewardItemInput = {
  active?: boolean;
  category?: string | null | undefined;
  description?: string | null | undefined;
  imageUrl?: string | null | undefined;
  kind: RewardKind;
  name: string;
  points: number;
  /** Null: unlimited. */
  stock?: number | null | undefined;
  /** kWh for FREE_KWH, ringgit for DISCOUNT, unused for MERCH. */
  value?: string | null | undefined;
};

/** The top-up, by its id or by the sandbox checkout's reference (exactly one). */
export type CreateSandboxCheckoutLinkInput = {
  /** The last part of the checkout URL (from the sandbox page's admin link). */
  reference?: string | null | undefined;
  topUpId?: string | number | null | undefined;
};

export type CreateTariffInput = {
  description?: string | null | undefined;
  idleFeePerMinute?: string;
  idleGraceMinutes?: number;
  isDefault?: boolean;
  maxCharge?: string | null | undefined;
  minCharge?: string;
  name: string;
  pricePerKwh?: string;
  pricePerMinute?: string;
  reservationFee?: string;
  sessionFee?: string;
  taxRate?: string;
};

/** A customer certificate by its hash data (OCPP 2.0.1 CertificateHashDataType). */
export type CustomerCertificateInput = {
  hashAlgorithm: HashAlgorithm;
  issuerKeyHash: string;
  issuerNameHash: string;
  serialNumber: string;
};

/** CustomerInformation: name the customer by exactly one of idToken, customerIdentifier, customerCertificate; ask for a report, a clearing, or both. */
export type CustomerInformationInput = {
  chargerId: string | number;
  clear?: boolean;
  customerCertificate?: CustomerCertificateInput | null | undefined;
  /** At most 64 characters. */
  customerIdentifier?: string | null | undefined;
  /** At most 36 characters. */
  idToken?: string | null | undefined;
  idTokenType?: IdTokenType;
  report?: boolean;
  /** After the station accepts clearing an idToken's data, also remove that idToken from its local authorization list (a Differential SendLocalList; its answer is in the response's localList). */
  updateLocalList?: boolean;
};

export type DataTransferInput = {
  chargerId: string | number;
  data?: string | null | undefined;
  messageId?: string | null | undefined;
  vendorId: string;
};

export type DeleteCertificateInput = {
  certificateHashData: CertificateHashDataInput;
  chargerId: string | number;
};

export type DeleteMaintenanceRecordInput = {
  id: string | number;
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
  chargerId: string | number;
  connectorId?: number | null | undefined;
  requestedMessage: ExtendedMessageTrigger;
};

export type FaultNoteInput = {
  id: string | number;
  /** Appended to the fault's notes. */
  notes?: string | null | undefined;
};

/** The order of a list of faults. */
export type FaultOrder = {
  direction?: SortDirection;
  field: FaultSortField;
};

/** What a list of faults can be sorted by. */
export type FaultSortField =
  | 'CONNECTOR'
  | 'ERROR_CODE'
  | 'OPENED_AT'
  | 'STATUS';

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
  city?: string | null | undefined;
  /** Chargers with a connector in this OCPP status (e.g. Faulted). */
  connectorStatus?: string | null | undefined;
  online?: boolean | null | undefined;
  registrationStatus?: string | null | undefined;
  search?: string | null | undefined;
};

/** The order of a list of fleet jobs. */
export type FleetJobOrder = {
  direction?: SortDirection;
  field: FleetJobSortField;
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

/** A top-up's state as the payment gateway last reported it. */
export type GatewayState =
  | 'CREATED'
  | 'FAILED'
  | 'REFUNDED'
  | 'SUCCEEDED';

export type GetBaseReportInput = {
  chargerId: string | number;
  reportBase: ReportBase;
};

/** OCPP 2.0.1: which of its charging profiles the station reports. */
export type GetChargingProfilesInput = {
  chargerId: string | number;
  /** EMS, Other, SO, CSO. */
  chargingLimitSources?: Array<string> | null | undefined;
  chargingProfileIds?: Array<number> | null | undefined;
  /** ChargingStationMaxProfile, TxDefaultProfile or TxProfile. */
  chargingProfilePurpose?: string | null | undefined;
  /** 0: the station's own; none: every EVSE's. */
  evseId?: number | null | undefined;
  stackLevel?: number | null | undefined;
};

export type GetCompositeScheduleInput = {
  chargerId: string | number;
  chargingRateUnit?: ChargingRateUnit | null | undefined;
  connectorId: number;
  duration: number;
};

export type GetConfigurationInput = {
  chargerId: string | number;
  keys?: Array<string> | null | undefined;
};

export type GetDiagnosticsInput = {
  chargerId: string | number;
  location: string;
  retries?: number | null | undefined;
  retryInterval?: number | null | undefined;
  startTime?: string | null | undefined;
  stopTime?: string | null | undefined;
};

/** GetDisplayMessages: all messages, or those matching. */
export type GetDisplayMessagesInput = {
  chargerId: string | number;
  messageIds?: Array<number> | null | undefined;
  priority?: MessagePriority | null | undefined;
  state?: MessageState | null | undefined;
};

export type GetInstalledCertificateIdsInput = {
  certificateType: CertificateUse;
  chargerId: string | number;
};

export type GetLogInput = {
  chargerId: string | number;
  latestTimestamp?: string | null | undefined;
  logType: LogType;
  oldestTimestamp?: string | null | undefined;
  /** Where the charger uploads the log (a URL). */
  remoteLocation: string;
  retries?: number | null | undefined;
  retryInterval?: number | null | undefined;
};

export type GetMonitoringReportInput = {
  chargerId: string | number;
  componentVariables?: Array<ComponentVariableInput> | null | undefined;
  monitoringCriteria?: Array<MonitoringCriterion> | null | undefined;
};

/** OCPP 2.0.1: ask the station about a transaction (or about any). */
export type GetTransactionStatusInput = {
  chargerId: string | number;
  /** The charging session's transactionId; none: whether any messages wait. */
  transactionId?: number | null | undefined;
};

export type HashAlgorithm =
  | 'SHA256'
  | 'SHA384'
  | 'SHA512';

export type IdTagKind =
  | 'APP'
  | 'RFID';

/** The order of a list of id tags. */
export type IdTagOrder = {
  direction?: SortDirection;
  field: IdTagSortField;
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

export type ImportChargersInput = {
  /** At most 500. */
  rows: Array<ChargerImportRowInput>;
};

export type InstallCertificateInput = {
  /** The root certificate, PEM. */
  certificate: string;
  certificateType: CertificateUse;
  chargerId: string | number;
};

export type InvoiceGrouping =
  | 'CHARGER'
  | 'DAY';

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

export type LocalListUpdateType =
  | 'DIFFERENTIAL'
  | 'FULL';

export type LogType =
  | 'DIAGNOSTICS_LOG'
  | 'SECURITY_LOG';

export type LoginInput = {
  email: string;
  password: string;
};

export type LogoutInput = {
  allSessions?: boolean;
  refreshToken?: string | null | undefined;
};

export type MaintenanceKind =
  | 'CORRECTIVE'
  | 'FIRMWARE'
  | 'INSPECTION'
  | 'INSTALLATION'
  | 'OTHER'
  | 'PREVENTIVE';

export type MaintenanceStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'SCHEDULED';

export type MembershipPlanIdInput = {
  id: string | number;
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

export type OcpiPartnerState =
  | 'PENDING'
  | 'REGISTERED'
  | 'UNREGISTERED';

/** The order of the command history. */
export type OcppCommandOrder = {
  direction?: SortDirection;
  field: OcppCommandSortField;
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

export type ProblemReportStatus =
  | 'CLOSED'
  | 'OPEN';

/** Raise a charger's security profile (OCTT TC_083 for 1.6, TC_A_19 for 2.0.1). A 1.6 charger gets ChangeConfiguration SecurityProfile; a 2.0.1 station SetNetworkProfile (the slot and CSMS URL given here) and OCPPCommCtrlr.NetworkConfigurationPriority. Once the charger accepts, only the new profile is admitted and Reset Hard makes it reconnect. */
export type RaiseSecurityProfileInput = {
  chargerId: string | number;
  /** 2.0.1: the network connection profile slot to write. */
  configurationSlot?: number | null | undefined;
  /** 2.0.1: the endpoint the station connects to on the new profile (ws:// for profile 1, wss:// for 2 and 3), at most 512 characters. */
  ocppCsmsUrl?: string | null | undefined;
  /** 1, 2 or 3; above the charger's own. */
  securityProfile: number;
};

/** Expert mode: one OCPP 1.6 command as raw JSON. */
export type RawOcppCommandInput = {
  /** A central-system command of OCPP 1.6, e.g. CancelReservation. */
  action: string;
  chargerId: string | number;
  /** Its parameters (a JSON object, camelCase as in OCPP). */
  payload: unknown;
};

export type RefreshTokenInput = {
  refreshToken: string;
};

export type RegisterChargerInput = {
  address?: string | null | undefined;
  /** 32 to 40 hex digits (16 to 20 bytes, as the charger's AuthorizationKey holds them) or a text of 16 to 20 bytes; omit to generate one (20 random bytes as 40 hex digits, returned once). */
  authorizationKey?: string | null | undefined;
  chargePointId: string;
  city?: string | null | undefined;
  connectors?: Array<ConnectorSetupInput>;
  description?: string | null | undefined;
  isPublic?: boolean;
  latitude?: string | null | undefined;
  longitude?: string | null | undefined;
  maxPowerKw?: string | null | undefined;
  name?: string | null | undefined;
  postcode?: string | null | undefined;
  securityProfile?: number;
  /** The site it stands at. */
  siteId?: string | number | null | undefined;
  state?: string | null | undefined;
  /** The tariff drivers pay on it (none: the default tariff). */
  tariffId?: string | number | null | undefined;
};

export type RegisterOcpiPartnerInput = {
  name: string;
  tokenA: string;
  versionsUrl: string;
};

/** Who may register a driver account. */
export type RegistrationPolicy =
  | 'OPEN'
  | 'REQUIRE_VERIFIED_EMAIL';

export type RemoteStartTransactionInput = {
  chargerId: string | number;
  /** An OCPP csChargingProfiles object. */
  chargingProfile?: unknown;
  connectorId?: number | null | undefined;
  idTag: string;
};

export type RemoteStopTransactionInput = {
  chargerId: string | number;
  transactionId: number;
};

export type ReplySupportMessageInput = {
  body: string;
  /** Close the message after replying. */
  close?: boolean;
  id: string | number;
};

/** OCPP 2.0.1 ReportBaseEnumType. */
export type ReportBase =
  | 'CONFIGURATION_INVENTORY'
  | 'FULL_INVENTORY'
  | 'SUMMARY_INVENTORY';

export type ReserveNowInput = {
  chargerId: string | number;
  connectorId: number;
  expiryDate: string;
  idTag: string;
  parentIdTag?: string | null | undefined;
};

export type ResetChargerInput = {
  chargerId: string | number;
  type: ResetType;
};

export type ResetType =
  | 'HARD'
  | 'SOFT';

export type ReverseTopUpCreditInput = {
  /** Why (1-500 characters), kept on the posting and in the audit log. */
  reason: string;
  topUpId: string | number;
};

export type RevokeApiKeyInput = {
  id: string | number;
};

export type RewardItemIdInput = {
  id: string | number;
};

export type RewardKind =
  | 'DISCOUNT'
  | 'FREE_KWH'
  | 'MERCH';

/** What a user may do: drivers manage their own data, admins everything. */
export type Role =
  | 'ADMIN'
  | 'DRIVER';

export type SendLocalListInput = {
  /** Differential: the tags changed since then. */
  changedSince?: string | null | undefined;
  chargerId: string | number;
  /** Limit to these id tags (tags missing from the database are removed). */
  idTags?: Array<string> | null | undefined;
  /** Default: the current version + 1. */
  listVersion?: number | null | undefined;
  updateType: LocalListUpdateType;
};

export type SetChargingProfileInput = {
  chargerId: string | number;
  connectorId: number;
  /** The OCPP csChargingProfiles object. */
  csChargingProfiles: unknown;
};

/** A new value for one attribute of a variable (SetVariables). */
export type SetDeviceVariableInput = {
  attributeType?: AttributeType;
  chargerId: string | number;
  component: string;
  componentInstance?: string | null | undefined;
  connectorId?: number | null | undefined;
  evseId?: number | null | undefined;
  value: string;
  variable: string;
  variableInstance?: string | null | undefined;
};

/** SetDisplayMessage: a message for the station's display. */
export type SetDisplayMessageInput = {
  chargerId: string | number;
  /** At most 512 characters. */
  content: string;
  endDateTime?: string | null | undefined;
  format?: MessageFormat;
  /** e.g. en, ms (at most 8 characters). */
  language?: string | null | undefined;
  /** Replace the message with this id. */
  messageId?: number | null | undefined;
  priority?: MessagePriority;
  startDateTime?: string | null | undefined;
  state?: MessageState | null | undefined;
  /** Show it during this transaction only (the station's transactionId). */
  transactionId?: string | null | undefined;
};

export type SetMonitoringBaseInput = {
  chargerId: string | number;
  monitoringBase: MonitoringBase;
};

export type SetMonitoringLevelInput = {
  chargerId: string | number;
  /** Report events of this severity and more severe (0–9). */
  severity: number;
};

/** SetNetworkProfile: a connection profile for a configuration slot (OCPP-J). */
export type SetNetworkProfileInput = {
  chargerId: string | number;
  configurationSlot: number;
  messageTimeout?: number;
  ocppCsmsUrl: string;
  ocppInterface?: OcppInterface;
  securityProfile: number;
};

/** SetVariableMonitoring: one monitor on one variable. */
export type SetVariableMonitoringInput = {
  chargerId: string | number;
  component: string;
  componentInstance?: string | null | undefined;
  connectorId?: number | null | undefined;
  evseId?: number | null | undefined;
  /** Replace the monitor with this id. */
  monitorId?: number | null | undefined;
  /** 0 (Danger) … 9 (Debug). */
  severity: number;
  transaction?: boolean;
  type: MonitorType;
  value: number;
  variable: string;
  variableInstance?: string | null | undefined;
};

export type SiteInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  description?: string | null | undefined;
  latitude?: string | null | undefined;
  longitude?: string | null | undefined;
  name: string;
  postcode?: string | null | undefined;
  state?: string | null | undefined;
};

/** The order of a list of sites. */
export type SiteOrder = {
  direction?: SortDirection;
  field: SiteSortField;
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

export type StartFleetJobInput = {
  action: FleetAction;
  /** Start stage 2 by itself once every stage-1 charger succeeded. */
  autoContinue?: boolean;
  /** The chargers (or pass `filter`). */
  chargerIds?: Array<string | number> | null | undefined;
  filter?: FleetChargerFilter | null | undefined;
  /** The OCPP 1.6 request payload sent to every charger. */
  payload: unknown;
  /** Send to this many chargers first; the rest is stage 2. */
  stageSize?: number | null | undefined;
};

export type StopChargingInput = {
  sessionId: string | number;
};

export type SupportMessageInput = {
  id: string | number;
};

export type SupportMessageStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'REPLIED';

export type TariffIdInput = {
  id: string | number;
};

export type TriggerMessageInput = {
  chargerId: string | number;
  connectorId?: number | null | undefined;
  requestedMessage: MessageTrigger;
};

/** What happens when a charger the platform does not know connects. */
export type UnknownChargerPolicy =
  | 'PENDING'
  | 'REJECT';

export type UnlockConnectorInput = {
  chargerId: string | number;
  connectorId: number;
};

/** Only the fields given are changed. */
export type UpdateChargerInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  /** Type, maximum power and phases of these connectors (others keep theirs). */
  connectors?: Array<ConnectorSetupInput> | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  isPublic?: boolean | null | undefined;
  latitude?: string | null | undefined;
  longitude?: string | null | undefined;
  maxPowerKw?: string | null | undefined;
  name?: string | null | undefined;
  postcode?: string | null | undefined;
  /** Generate a new AuthorizationKey (returned once). */
  rotateAuthorizationKey?: boolean;
  securityProfile?: number | null | undefined;
  /** The site it stands at (null: none). */
  siteId?: string | number | null | undefined;
  state?: string | null | undefined;
  /** The tariff drivers pay on it (null: the default tariff). */
  tariffId?: string | number | null | undefined;
};

export type UpdateFirmwareInput = {
  chargerId: string | number;
  /** When the charger installs the firmware it downloaded (OCPP 2.0.1, and signed firmware on 1.6); not given: as soon as it can. */
  installDate?: string | null | undefined;
  location: string;
  retries?: number | null | undefined;
  retrieveDate: string;
  retryInterval?: number | null | undefined;
  /** Signed firmware: its signature, Base64 (with signingCertificate). */
  signature?: string | null | undefined;
  /** Signed firmware (OCPP 2.0.1, and 1.6 chargers with the security extension, which get SignedUpdateFirmware): the PEM certificate that signed it. */
  signingCertificate?: string | null | undefined;
};

/** Only the fields given are changed. */
export type UpdateIdTagInput = {
  blocked?: boolean | null | undefined;
  expiresAt?: string | null | undefined;
  id: string | number;
  label?: string | null | undefined;
  ownerEmail?: string | null | undefined;
  parentIdTag?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateMaintenanceRecordInput = {
  completedAt?: string | null | undefined;
  id: string | number;
  kind?: MaintenanceKind | null | undefined;
  notes?: string | null | undefined;
  scheduledAt?: string | null | undefined;
  startedAt?: string | null | undefined;
  status?: MaintenanceStatus | null | undefined;
  technician?: string | null | undefined;
};

/** Only the fields given change. */
export type UpdateMembershipPlanInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  discountPerKwh?: string | null | undefined;
  id: string | number;
  includedKwh?: string | null | undefined;
  monthlyPrice?: string | null | undefined;
  name?: string | null | undefined;
};

/** Only the fields given change; `resetToDefaults` lists fields to reset. */
export type UpdatePlatformSettingsInput = {
  heartbeatIntervalSeconds?: number | null | undefined;
  messageLogRetentionDays?: number | null | undefined;
  minimumBalance?: string | null | undefined;
  pointsPerKwh?: number | null | undefined;
  registrationPolicy?: RegistrationPolicy | null | undefined;
  /** Field names (as in this input) to reset to the environment default. */
  resetToDefaults?: Array<string> | null | undefined;
  unknownChargerPolicy?: UnknownChargerPolicy | null | undefined;
};

/** Only the fields given change; `stock: null` makes it unlimited. */
export type UpdateRewardItemInput = {
  active?: boolean | null | undefined;
  category?: string | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  imageUrl?: string | null | undefined;
  kind?: RewardKind | null | undefined;
  name?: string | null | undefined;
  points?: number | null | undefined;
  stock?: number | null | undefined;
  value?: string | null | undefined;
};

/** Only the fields given are changed. */
export type UpdateSiteInput = {
  address?: string | null | undefined;
  city?: string | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  latitude?: string | null | undefined;
  longitude?: string | null | undefined;
  name?: string | null | undefined;
  postcode?: string | null | undefined;
  state?: string | null | undefined;
};

/** Only the fields given change; `maxCharge: null` removes the cap. */
export type UpdateTariffInput = {
  active?: boolean | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  idleFeePerMinute?: string | null | undefined;
  idleGraceMinutes?: number | null | undefined;
  maxCharge?: string | null | undefined;
  minCharge?: string | null | undefined;
  name?: string | null | undefined;
  pricePerKwh?: string | null | undefined;
  pricePerMinute?: string | null | undefined;
  reservationFee?: string | null | undefined;
  sessionFee?: string | null | undefined;
  taxRate?: string | null | undefined;
};

/** The order of a list of users. */
export type UserOrder = {
  direction?: SortDirection;
  field: UserSortField;
};

/** What a list of users can be sorted by. */
export type UserSortField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'LAST_LOGIN_AT'
  | 'NAME'
  | 'ROLE';

export type ChargerCasesQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type ChargerCasesQuery = { faults: { nodes: Array<{ id: string, connectorId: number | null, errorCode: string, info: string | null, status: string, openedAt: string }> }, problemReports: { nodes: Array<{ id: string, connectorId: number | null, category: ProblemCategory, note: string | null, status: ProblemReportStatus, hasPhoto: boolean, photoUrl: string | null, createdAt: string, closedAt: string | null, resolution: string | null }> } };

export type CloseProblemReportMutationVariables = Exact<{
  input: CloseProblemReportInput;
}>;


export type CloseProblemReportMutation = { closeProblemReport: { report: { id: string, status: ProblemReportStatus, resolution: string | null, closedAt: string | null } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminFaultFragment = { id: string, connectorId: number | null, errorCode: string, info: string | null, vendorErrorCode: string | null, status: string, openedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, notes: string | null, charger: { id: string, chargePointId: string } };

export type AdminFaultsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: string | null | undefined;
  orderBy?: FaultOrder | null | undefined;
}>;


export type AdminFaultsQuery = { faults: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, connectorId: number | null, errorCode: string, info: string | null, vendorErrorCode: string | null, status: string, openedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, notes: string | null, charger: { id: string, chargePointId: string } }> } };

export type AdminFaultLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AdminFaultLiveSubscription = { faults: { faultId: string | null, chargePointId: string | null, status: string | null, errorCode: string | null, timestamp: string | null } };

export type AdminAckFaultMutationVariables = Exact<{
  input: FaultNoteInput;
}>;


export type AdminAckFaultMutation = { acknowledgeFault: { fault: { id: string, connectorId: number | null, errorCode: string, info: string | null, vendorErrorCode: string | null, status: string, openedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, notes: string | null, charger: { id: string, chargePointId: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminResolveFaultMutationVariables = Exact<{
  input: FaultNoteInput;
}>;


export type AdminResolveFaultMutation = { resolveFault: { fault: { id: string, connectorId: number | null, errorCode: string, info: string | null, vendorErrorCode: string | null, status: string, openedAt: string, acknowledgedAt: string | null, resolvedAt: string | null, notes: string | null, charger: { id: string, chargePointId: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminMaintenanceFragment = { id: string, kind: MaintenanceKind, technician: string | null, scheduledAt: string | null, startedAt: string | null, completedAt: string | null, notes: string | null, status: MaintenanceStatus, createdAt: string, charger: { id: string, chargePointId: string } };

export type AdminMaintenanceQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: MaintenanceStatus | null | undefined;
}>;


export type AdminMaintenanceQuery = { maintenanceRecords: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, kind: MaintenanceKind, technician: string | null, scheduledAt: string | null, startedAt: string | null, completedAt: string | null, notes: string | null, status: MaintenanceStatus, createdAt: string, charger: { id: string, chargePointId: string } }> } };

export type AdminCreateMaintenanceMutationVariables = Exact<{
  input: CreateMaintenanceRecordInput;
}>;


export type AdminCreateMaintenanceMutation = { createMaintenanceRecord: { maintenanceRecord: { id: string, kind: MaintenanceKind, technician: string | null, scheduledAt: string | null, startedAt: string | null, completedAt: string | null, notes: string | null, status: MaintenanceStatus, createdAt: string, charger: { id: string, chargePointId: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateMaintenanceMutationVariables = Exact<{
  input: UpdateMaintenanceRecordInput;
}>;


export type AdminUpdateMaintenanceMutation = { updateMaintenanceRecord: { maintenanceRecord: { id: string, kind: MaintenanceKind, technician: string | null, scheduledAt: string | null, startedAt: string | null, completedAt: string | null, notes: string | null, status: MaintenanceStatus, createdAt: string, charger: { id: string, chargePointId: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminDeleteMaintenanceMutationVariables = Exact<{
  input: DeleteMaintenanceRecordInput;
}>;


export type AdminDeleteMaintenanceMutation = { deleteMaintenanceRecord: { deletedId: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSupportMessageFragment = { id: string, name: string | null, email: string, subject: string, body: string, status: SupportMessageStatus, reply: string | null, repliedAt: string | null, createdAt: string };

export type AdminSupportQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: SupportMessageStatus | null | undefined;
  search?: string | null | undefined;
}>;


export type AdminSupportQuery = { supportMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string | null, email: string, subject: string, body: string, status: SupportMessageStatus, reply: string | null, repliedAt: string | null, createdAt: string }> } };

export type AdminReplySupportMutationVariables = Exact<{
  input: ReplySupportMessageInput;
}>;


export type AdminReplySupportMutation = { replySupportMessage: { message: { id: string, name: string | null, email: string, subject: string, body: string, status: SupportMessageStatus, reply: string | null, repliedAt: string | null, createdAt: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminCloseSupportMutationVariables = Exact<{
  input: SupportMessageInput;
}>;


export type AdminCloseSupportMutation = { closeSupportMessage: { message: { id: string, name: string | null, email: string, subject: string, body: string, status: SupportMessageStatus, reply: string | null, repliedAt: string | null, createdAt: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminReopenSupportMutationVariables = Exact<{
  input: SupportMessageInput;
}>;


export type AdminReopenSupportMutation = { reopenSupportMessage: { message: { id: string, name: string | null, email: string, subject: string, body: string, status: SupportMessageStatus, reply: string | null, repliedAt: string | null, createdAt: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSettingsFragment = { registrationPolicy: RegistrationPolicy, unknownChargerPolicy: UnknownChargerPolicy, heartbeatIntervalSeconds: number, pointsPerKwh: number, messageLogRetentionDays: number, updatedAt: string | null, minimumBalance: { amount: string, currency: string } };

export type AdminSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSettingsQuery = { platformSettings: { registrationPolicy: RegistrationPolicy, unknownChargerPolicy: UnknownChargerPolicy, heartbeatIntervalSeconds: number, pointsPerKwh: number, messageLogRetentionDays: number, updatedAt: string | null, minimumBalance: { amount: string, currency: string } }, platform: { publicUrl: string, ocppUrl: string } };

export type AdminUpdateSettingsMutationVariables = Exact<{
  input: UpdatePlatformSettingsInput;
}>;


export type AdminUpdateSettingsMutation = { updatePlatformSettings: { settings: { registrationPolicy: RegistrationPolicy, unknownChargerPolicy: UnknownChargerPolicy, heartbeatIntervalSeconds: number, pointsPerKwh: number, messageLogRetentionDays: number, updatedAt: string | null, minimumBalance: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminApiKeyFragment = { id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, revoked: boolean };

export type AdminApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiKeysQuery = { me: { id: string, apiKeys: { totalCount: number, nodes: Array<{ id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, revoked: boolean }> } } | null };

export type AdminCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type AdminCreateApiKeyMutation = { createApiKey: { secret: string | null, apiKey: { id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, revoked: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type AdminRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, revoked: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUserFieldsFragment = { id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean };

export type AdminUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  role?: Role | null | undefined;
  disabled?: boolean | null | undefined;
  orderBy?: UserOrder | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean, wallet: { balance: { amount: string, currency: string } } }> } };

export type AdminUserQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUserQuery = { user: { id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean, idTags: { nodes: Array<{ id: string, idTag: string, kind: IdTagKind, status: IdTagStatus, expiresAt: string | null, label: string | null }> }, vehicles: { nodes: Array<{ id: string, brand: string, model: string, batteryKwh: string | null, plateNumber: string | null, nickname: string | null }> }, chargingSessions: { totalCount: number, nodes: Array<{ id: string, transactionId: number, connectorId: number, idTag: string, status: string, startedAt: string, stoppedAt: string | null, energyWh: number | null, stopReason: string | null, totalCost: { amount: string, currency: string } | null }> } } | null, userWallet: { balance: { amount: string, currency: string }, debt: { amount: string, currency: string }, transactions: { totalCount: number, nodes: Array<{ id: string, kind: string, memo: string | null, reason: string | null, createdAt: string, sessionId: string | null, amount: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } | null }> } } };

export type AdminCreateUserMutationVariables = Exact<{
  input: AdminCreateUserInput;
}>;


export type AdminCreateUserMutation = { adminCreateUser: { user: { id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateUserMutationVariables = Exact<{
  input: AdminUpdateUserInput;
}>;


export type AdminUpdateUserMutation = { adminUpdateUser: { user: { id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetUserRoleMutationVariables = Exact<{
  input: AdminSetUserRoleInput;
}>;


export type AdminSetUserRoleMutation = { adminSetUserRole: { user: { id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetUserDisabledMutationVariables = Exact<{
  input: AdminSetUserDisabledInput;
}>;


export type AdminSetUserDisabledMutation = { adminSetUserDisabled: { user: { id: string, email: string | null, name: string, phone: string | null, role: Role, disabled: boolean, emailVerified: boolean, createdAt: string, lastLoginAt: string | null, deleted: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminAdjustWalletMutationVariables = Exact<{
  input: AdjustWalletInput;
}>;


export type AdminAdjustWalletMutation = { adjustWallet: { wallet: { balance: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminTariffFragment = { id: string, name: string, description: string | null, currency: string, taxRate: string, idleGraceMinutes: number, isDefault: boolean, active: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, idleFeePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string }, minCharge: { amount: string, currency: string }, maxCharge: { amount: string, currency: string } | null, reservationFee: { amount: string, currency: string } };

export type AdminTariffsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AdminTariffsQuery = { tariffs: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null, currency: string, taxRate: string, idleGraceMinutes: number, isDefault: boolean, active: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, idleFeePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string }, minCharge: { amount: string, currency: string }, maxCharge: { amount: string, currency: string } | null, reservationFee: { amount: string, currency: string } }> } };

export type AdminCreateTariffMutationVariables = Exact<{
  input: CreateTariffInput;
}>;


export type AdminCreateTariffMutation = { createTariff: { tariff: { id: string, name: string, description: string | null, currency: string, taxRate: string, idleGraceMinutes: number, isDefault: boolean, active: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, idleFeePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string }, minCharge: { amount: string, currency: string }, maxCharge: { amount: string, currency: string } | null, reservationFee: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateTariffMutationVariables = Exact<{
  input: UpdateTariffInput;
}>;


export type AdminUpdateTariffMutation = { updateTariff: { tariff: { id: string, name: string, description: string | null, currency: string, taxRate: string, idleGraceMinutes: number, isDefault: boolean, active: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, idleFeePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string }, minCharge: { amount: string, currency: string }, maxCharge: { amount: string, currency: string } | null, reservationFee: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetDefaultTariffMutationVariables = Exact<{
  input: TariffIdInput;
}>;


export type AdminSetDefaultTariffMutation = { setDefaultTariff: { tariff: { id: string, name: string, description: string | null, currency: string, taxRate: string, idleGraceMinutes: number, isDefault: boolean, active: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, idleFeePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string }, minCharge: { amount: string, currency: string }, maxCharge: { amount: string, currency: string } | null, reservationFee: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminDeactivateTariffMutationVariables = Exact<{
  input: TariffIdInput;
}>;


export type AdminDeactivateTariffMutation = { deactivateTariff: { tariff: { id: string, name: string, description: string | null, currency: string, taxRate: string, idleGraceMinutes: number, isDefault: boolean, active: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, idleFeePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string }, minCharge: { amount: string, currency: string }, maxCharge: { amount: string, currency: string } | null, reservationFee: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminPlanFragment = { id: string, name: string, description: string | null, includedKwh: string, active: boolean, createdAt: string, monthlyPrice: { amount: string, currency: string }, discountPerKwh: { amount: string, currency: string } };

export type AdminPlansQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AdminPlansQuery = { membershipPlans: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null, includedKwh: string, active: boolean, createdAt: string, monthlyPrice: { amount: string, currency: string }, discountPerKwh: { amount: string, currency: string } }> } };

export type AdminCreatePlanMutationVariables = Exact<{
  input: CreateMembershipPlanInput;
}>;


export type AdminCreatePlanMutation = { createMembershipPlan: { plan: { id: string, name: string, description: string | null, includedKwh: string, active: boolean, createdAt: string, monthlyPrice: { amount: string, currency: string }, discountPerKwh: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdatePlanMutationVariables = Exact<{
  input: UpdateMembershipPlanInput;
}>;


export type AdminUpdatePlanMutation = { updateMembershipPlan: { plan: { id: string, name: string, description: string | null, includedKwh: string, active: boolean, createdAt: string, monthlyPrice: { amount: string, currency: string }, discountPerKwh: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminDeactivatePlanMutationVariables = Exact<{
  input: MembershipPlanIdInput;
}>;


export type AdminDeactivatePlanMutation = { deactivateMembershipPlan: { plan: { id: string, name: string, description: string | null, includedKwh: string, active: boolean, createdAt: string, monthlyPrice: { amount: string, currency: string }, discountPerKwh: { amount: string, currency: string } } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminRewardFragment = { id: string, name: string, description: string | null, points: number, category: string | null, kind: RewardKind, freeKwh: string | null, stock: number | null, inStock: boolean, imageUrl: string | null, active: boolean, discount: { amount: string, currency: string } | null };

export type AdminRewardsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AdminRewardsQuery = { rewardCatalog: { totalCount: number, nodes: Array<{ id: string, name: string, description: string | null, points: number, category: string | null, kind: RewardKind, freeKwh: string | null, stock: number | null, inStock: boolean, imageUrl: string | null, active: boolean, discount: { amount: string, currency: string } | null }> } };

export type AdminCreateRewardMutationVariables = Exact<{
  input: CreateRewardItemInput;
}>;


export type AdminCreateRewardMutation = { createRewardItem: { item: { id: string, name: string, description: string | null, points: number, category: string | null, kind: RewardKind, freeKwh: string | null, stock: number | null, inStock: boolean, imageUrl: string | null, active: boolean, discount: { amount: string, currency: string } | null } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateRewardMutationVariables = Exact<{
  input: UpdateRewardItemInput;
}>;


export type AdminUpdateRewardMutation = { updateRewardItem: { item: { id: string, name: string, description: string | null, points: number, category: string | null, kind: RewardKind, freeKwh: string | null, stock: number | null, inStock: boolean, imageUrl: string | null, active: boolean, discount: { amount: string, currency: string } | null } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminDeleteRewardMutationVariables = Exact<{
  input: RewardItemIdInput;
}>;


export type AdminDeleteRewardMutation = { deleteRewardItem: { item: { id: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
  orderBy?: AuditOrder | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, createdAt: string, action: string, targetType: string | null, targetId: string | null, details: unknown, actor: { id: string, email: string | null, name: string } | null }> } };

export type AdminAuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAuditActorsQuery = { users: { nodes: Array<{ id: string, email: string | null, name: string }> } };

export type AdminLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AdminLoginMutation = { login: { tokens: { accessToken: string, refreshToken: string } | null, user: { id: string, email: string | null, name: string, role: Role } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminRefreshMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type AdminRefreshMutation = { refreshToken: { tokens: { accessToken: string, refreshToken: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminLogoutMutationVariables = Exact<{
  input: LogoutInput;
}>;


export type AdminLogoutMutation = { logout: { revokedSessions: number, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminChargerFieldsFragment = { id: string, chargePointId: string, name: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, online: boolean, registrationStatus: string, approved: boolean, availability: string, lastHeartbeatAt: string | null, lastBootAt: string | null, address: string | null, city: string | null, securityProfile: number, localListVersion: number, maxPowerKw: string | null, ocppVersion: string | null, connectors: Array<{ id: string, connectorId: number, status: string, errorCode: string, info: string | null, vendorErrorCode: string | null, connectorType: string | null, maxPowerKw: string | null, phases: number | null, statusAt: string | null }> };

export type AdminChargersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
  online?: boolean | null | undefined;
  registrationStatus?: string | null | undefined;
  city?: string | null | undefined;
  connectorStatus?: string | null | undefined;
  orderBy?: ChargerOrder | null | undefined;
}>;


export type AdminChargersQuery = { chargers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, chargePointId: string, name: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, online: boolean, registrationStatus: string, approved: boolean, availability: string, lastHeartbeatAt: string | null, lastBootAt: string | null, address: string | null, city: string | null, securityProfile: number, localListVersion: number, maxPowerKw: string | null, ocppVersion: string | null, connectors: Array<{ id: string, connectorId: number, status: string, errorCode: string, info: string | null, vendorErrorCode: string | null, connectorType: string | null, maxPowerKw: string | null, phases: number | null, statusAt: string | null }> }> } };

export type AdminChargerStatusSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type AdminChargerStatusSubscription = { chargerStatus: { chargePointId: string, connectorId: number | null, kind: string, availability: string | null, online: boolean | null, status: string | null, errorCode: string | null, info: string | null, timestamp: string | null } };

export type AdminChargerQueryVariables = Exact<{
  chargePointId: string;
}>;


export type AdminChargerQuery = { chargerByChargePointId: { description: string | null, latitude: string | null, longitude: string | null, nodeId: string | null, connectedAt: string | null, isPublic: boolean, state: string | null, postcode: string | null, tariffId: string | null, siteId: string | null, id: string, chargePointId: string, name: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, online: boolean, registrationStatus: string, approved: boolean, availability: string, lastHeartbeatAt: string | null, lastBootAt: string | null, address: string | null, city: string | null, securityProfile: number, localListVersion: number, maxPowerKw: string | null, ocppVersion: string | null, connectors: Array<{ id: string, connectorId: number, status: string, errorCode: string, info: string | null, vendorErrorCode: string | null, connectorType: string | null, maxPowerKw: string | null, phases: number | null, statusAt: string | null }> } | null };

export type AdminChargerExtrasQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminChargerExtrasQuery = { chargerConfiguration: Array<{ key: string, value: string | null, readonly: boolean }>, firmwareJobs: Array<{ id: string, status: string, location: string, createdAt: string }>, diagnosticsJobs: Array<{ id: string, status: string, location: string, fileName: string | null, createdAt: string }>, reservations: { totalCount: number, nodes: Array<{ id: string, reservationId: number, connectorId: number, idTag: string, expiresAt: string, status: string }> }, chargingProfiles: Array<{ id: string, chargingProfileId: number, connectorId: number, purpose: string, stackLevel: number, status: string, schedule: unknown }>, stationReports: Array<{ id: string, kind: string, evseId: number | null, requestId: number | null, transactionId: number | null, payload: unknown, receivedAt: string }> };

export type AdminRegisterChargerMutationVariables = Exact<{
  input: RegisterChargerInput;
}>;


export type AdminRegisterChargerMutation = { registerCharger: { authorizationKey: string | null, charger: { id: string, chargePointId: string, name: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, online: boolean, registrationStatus: string, approved: boolean, availability: string, lastHeartbeatAt: string | null, lastBootAt: string | null, address: string | null, city: string | null, securityProfile: number, localListVersion: number, maxPowerKw: string | null, ocppVersion: string | null, connectors: Array<{ id: string, connectorId: number, status: string, errorCode: string, info: string | null, vendorErrorCode: string | null, connectorType: string | null, maxPowerKw: string | null, phases: number | null, statusAt: string | null }> } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminApproveChargerMutationVariables = Exact<{
  input: ApproveChargerInput;
}>;


export type AdminApproveChargerMutation = { approveCharger: { authorizationKey: string | null, keyDelivery: string | null, bootTrigger: string | null, charger: { id: string, chargePointId: string, name: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, online: boolean, registrationStatus: string, approved: boolean, availability: string, lastHeartbeatAt: string | null, lastBootAt: string | null, address: string | null, city: string | null, securityProfile: number, localListVersion: number, maxPowerKw: string | null, ocppVersion: string | null, connectors: Array<{ id: string, connectorId: number, status: string, errorCode: string, info: string | null, vendorErrorCode: string | null, connectorType: string | null, maxPowerKw: string | null, phases: number | null, statusAt: string | null }> } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateChargerMutationVariables = Exact<{
  input: UpdateChargerInput;
}>;


export type AdminUpdateChargerMutation = { updateCharger: { authorizationKey: string | null, charger: { id: string, chargePointId: string, name: string | null, vendor: string | null, model: string | null, serialNumber: string | null, firmwareVersion: string | null, online: boolean, registrationStatus: string, approved: boolean, availability: string, lastHeartbeatAt: string | null, lastBootAt: string | null, address: string | null, city: string | null, securityProfile: number, localListVersion: number, maxPowerKw: string | null, ocppVersion: string | null, connectors: Array<{ id: string, connectorId: number, status: string, errorCode: string, info: string | null, vendorErrorCode: string | null, connectorType: string | null, maxPowerKw: string | null, phases: number | null, statusAt: string | null }> } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminChargerDriverPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminChargerDriverPreviewQuery = { chargerDriverPreview: { hiddenBecause: Array<string>, notes: Array<string>, station: { chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, available: boolean, maxPowerKw: string | null, tariff: { name: string, free: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string, currency: string }, sessionFee: { amount: string, currency: string } }, connectors: Array<{ connectorId: number, status: string, type: string | null, maxPowerKw: string | null }> } } };

export type AdminImportChargersMutationVariables = Exact<{
  input: ImportChargersInput;
}>;


export type AdminImportChargersMutation = { importChargers: { chargers: Array<{ id: string, chargePointId: string }>, keys: Array<{ chargePointId: string, authorizationKey: string }>, rowErrors: Array<{ row: number, field: string | null, message: string }>, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminTariffChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTariffChoicesQuery = { tariffs: { nodes: Array<{ id: string, name: string }> } };

export type AdminRawOcppCommandMutationVariables = Exact<{
  input: RawOcppCommandInput;
}>;


export type AdminRawOcppCommandMutation = { sendRawOcppCommand: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminIdTagsQueryVariables = Exact<{
  search?: string | null | undefined;
  status?: IdTagStatus | null | undefined;
  orderBy?: IdTagOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminIdTagsQuery = { adminIdTags: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, idTag: string, kind: IdTagKind, status: IdTagStatus, label: string | null, expiresAt: string | null, parentIdTag: string | null, blockedByAdmin: boolean, ownerId: string | null, ownerEmail: string | null, ownerName: string | null, createdAt: string }> } };

export type AdminCreateIdTagMutationVariables = Exact<{
  input: CreateIdTagInput;
}>;


export type AdminCreateIdTagMutation = { createIdTag: { idTag: { id: string, idTag: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateIdTagMutationVariables = Exact<{
  input: UpdateIdTagInput;
}>;


export type AdminUpdateIdTagMutation = { updateIdTag: { idTag: { id: string, idTag: string, status: IdTagStatus, expiresAt: string | null, parentIdTag: string | null, ownerEmail: string | null, label: string | null } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSitesQueryVariables = Exact<{
  search?: string | null | undefined;
  orderBy?: SiteOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminSitesQuery = { sites: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, name: string, description: string | null, address: string | null, city: string | null, state: string | null, postcode: string | null, latitude: string | null, longitude: string | null, chargerCount: number }> } };

export type AdminSiteQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminSiteQuery = { site: { site: { id: string, name: string, description: string | null, address: string | null, city: string | null, state: string | null, postcode: string | null, latitude: string | null, longitude: string | null, chargerCount: number }, chargers: Array<{ id: string, chargePointId: string, name: string | null, online: boolean, isPublic: boolean, registrationStatus: string }>, driverPreviews: Array<{ notes: Array<string>, station: { chargePointId: string } }>, driverView: { availableNow: number, pricePerKwhFrom: { amount: string, currency: string } | null, pricePerKwhTo: { amount: string, currency: string } | null, stations: Array<{ chargePointId: string, name: string | null, address: string | null, city: string | null, latitude: number | null, longitude: number | null, online: boolean, operative: boolean, available: boolean, tariff: { name: string, free: boolean, pricePerKwh: { amount: string, currency: string }, pricePerMinute: { amount: string }, sessionFee: { amount: string } }, connectors: Array<{ connectorId: number, availability: string, type: string | null, maxPowerKw: string | null }> }>, hidden: Array<{ chargePointId: string, name: string | null, reasons: Array<string> }> } } };

export type AdminCreateSiteMutationVariables = Exact<{
  input: SiteInput;
}>;


export type AdminCreateSiteMutation = { createSite: { site: { id: string, name: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUpdateSiteMutationVariables = Exact<{
  input: UpdateSiteInput;
}>;


export type AdminUpdateSiteMutation = { updateSite: { site: { id: string, name: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminCustomerInformationRequestsQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminCustomerInformationRequestsQuery = { charger: { id: string, ocppVersion: string | null }, customerInformationRequests: Array<{ id: string, requestId: number, status: string, report: boolean, clear: boolean, subject: string, idToken: string | null, customerIdentifier: string | null, certificateSerialNumber: string | null, data: string, parts: number, generatedAt: string | null, requestedAt: string, completedAt: string | null }> };

export type AdminAskCustomerInformationMutationVariables = Exact<{
  input: CustomerInformationInput;
}>;


export type AdminAskCustomerInformationMutation = { customerInformation: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminDashboardStatsFragment = { chargersTotal: number, chargersOnline: number, chargersOffline: number, chargersCharging: number, chargersFaulted: number, sessionsActive: number, powerW: number, energyTodayWh: number, openFaults: number, timestamp: string, revenueToday: { amount: string, currency: string } };

export type AdminDashboardQueryVariables = Exact<{
  days: number;
}>;


export type AdminDashboardQuery = { dashboardStats: { chargersTotal: number, chargersOnline: number, chargersOffline: number, chargersCharging: number, chargersFaulted: number, sessionsActive: number, powerW: number, energyTodayWh: number, openFaults: number, timestamp: string, revenueToday: { amount: string, currency: string } }, dailyStats: Array<{ date: string, sessions: number, energyKwh: string, revenue: { amount: string, currency: string } }>, connectorStatusBreakdown: Array<{ status: string, count: number }> };

export type AdminDashboardLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AdminDashboardLiveSubscription = { dashboardStats: { chargersTotal: number, chargersOnline: number, chargersOffline: number, chargersCharging: number, chargersFaulted: number, sessionsActive: number, powerW: number, energyTodayWh: number, openFaults: number, timestamp: string, revenueToday: { amount: string, currency: string } } };

export type AdminDeviceModelQueryVariables = Exact<{
  chargerId: string | number;
  component?: string | null | undefined;
  variable?: string | null | undefined;
}>;


export type AdminDeviceModelQuery = { charger: { id: string, ocppVersion: string | null }, chargerDeviceModel: { reports: Array<{ id: string, requestId: number, kind: string, status: string, parts: number, requestedAt: string, completedAt: string | null }>, variables: Array<{ component: string, componentInstance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, attributeType: string, value: string | null, mutability: string | null, dataType: string | null, unit: string | null, minLimit: number | null, maxLimit: number | null, valuesList: string | null, updatedAt: string }> } };

export type AdminGetBaseReportMutationVariables = Exact<{
  input: GetBaseReportInput;
}>;


export type AdminGetBaseReportMutation = { getBaseReport: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetDeviceVariableMutationVariables = Exact<{
  input: SetDeviceVariableInput;
}>;


export type AdminSetDeviceVariableMutation = { setDeviceVariable: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetNetworkProfileMutationVariables = Exact<{
  input: SetNetworkProfileInput;
}>;


export type AdminSetNetworkProfileMutation = { setNetworkProfile: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminDisplayMessagesQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminDisplayMessagesQuery = { charger: { id: string, ocppVersion: string | null }, displayMessages: Array<{ id: string, messageId: number | null, priority: string, state: string | null, startAt: string | null, endAt: string | null, transactionId: string | null, format: string, language: string | null, content: string, status: string, updatedAt: string }> };

export type AdminSetDisplayMessageMutationVariables = Exact<{
  input: SetDisplayMessageInput;
}>;


export type AdminSetDisplayMessageMutation = { setDisplayMessage: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminGetDisplayMessagesMutationVariables = Exact<{
  input: GetDisplayMessagesInput;
}>;


export type AdminGetDisplayMessagesMutation = { getDisplayMessages: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminClearDisplayMessageMutationVariables = Exact<{
  input: ClearDisplayMessageInput;
}>;


export type AdminClearDisplayMessageMutation = { clearDisplayMessage: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminFleetJobFragment = { id: string, action: string, payload: unknown, selection: unknown, status: string, stage: number, stageSize: number | null, autoContinue: boolean, createdAt: string, finishedAt: string | null, total: number, counts: unknown };

export type AdminFleetJobsQueryVariables = Exact<{
  status?: FleetJobStatus | null | undefined;
  action?: FleetAction | null | undefined;
  orderBy?: FleetJobOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminFleetJobsQuery = { fleetJobs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, action: string, payload: unknown, selection: unknown, status: string, stage: number, stageSize: number | null, autoContinue: boolean, createdAt: string, finishedAt: string | null, total: number, counts: unknown }> } };

export type AdminFleetJobQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminFleetJobQuery = { fleetJob: { id: string, action: string, payload: unknown, selection: unknown, status: string, stage: number, stageSize: number | null, autoContinue: boolean, createdAt: string, finishedAt: string | null, total: number, counts: unknown, targets: Array<{ id: string, chargerId: string, chargePointId: string, stage: number, status: string, answer: unknown, error: string | null, latencyMs: number | null, firmwareHistory: unknown, updatedAt: string }> } };

export type AdminStartFleetJobMutationVariables = Exact<{
  input: StartFleetJobInput;
}>;


export type AdminStartFleetJobMutation = { startFleetJob: { fleetJob: { id: string, action: string, payload: unknown, selection: unknown, status: string, stage: number, stageSize: number | null, autoContinue: boolean, createdAt: string, finishedAt: string | null, total: number, counts: unknown } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminContinueFleetJobMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminContinueFleetJobMutation = { continueFleetJob: { fleetJob: { id: string, action: string, payload: unknown, selection: unknown, status: string, stage: number, stageSize: number | null, autoContinue: boolean, createdAt: string, finishedAt: string | null, total: number, counts: unknown } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminCancelFleetJobMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelFleetJobMutation = { cancelFleetJob: { fleetJob: { id: string, action: string, payload: unknown, selection: unknown, status: string, stage: number, stageSize: number | null, autoContinue: boolean, createdAt: string, finishedAt: string | null, total: number, counts: unknown } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminFleetJobUpdatesSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type AdminFleetJobUpdatesSubscription = { fleetJobUpdates: { jobId: string | null, targetId: string | null, chargerId: string | null, status: string | null, jobStatus: string | null, stage: number | null } };

export type AdminConnectionEventsQueryVariables = Exact<{
  chargerId?: string | number | null | undefined;
  chargePointId?: string | null | undefined;
  kind?: string | null | undefined;
  reason?: string | null | undefined;
  orderBy?: ConnectionEventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminConnectionEventsQuery = { connectionEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string | null, chargerId: string | null, chargePointId: string, kind: string, reason: string | null, reasonText: string | null, detail: string | null, remoteAddress: string | null, code: number | null, at: string | null }> } };

export type AdminConnectionSummaryQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminConnectionSummaryQuery = { chargerConnectionSummary: { lastConnect: { at: string | null, remoteAddress: string | null, detail: string | null } | null, lastDisconnect: { at: string | null, reason: string | null, reasonText: string | null, code: number | null, detail: string | null } | null, lastRefusal: { at: string | null, reason: string | null, reasonText: string | null, remoteAddress: string | null } | null } };

export type AdminConnectionEventsLiveSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type AdminConnectionEventsLiveSubscription = { connectionEvents: { chargerId: string | null, chargePointId: string, kind: string, reason: string | null, reasonText: string | null, detail: string | null, remoteAddress: string | null, code: number | null, at: string | null } };

export type AdminOcppCommandsQueryVariables = Exact<{
  chargerId?: string | number | null | undefined;
  action?: string | null | undefined;
  orderBy?: OcppCommandOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOcppCommandsQuery = { ocppCommands: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, chargerId: string, chargePointId: string, action: string, request: unknown, response: unknown, status: string, error: string | null, sentBy: string | null, apiKeyName: string | null, origin: string | null, latencyMs: number | null, outcome: string | null, outcomeDeadline: string | null, sessionId: string | null, transactionId: number | null, createdAt: string }> } };

export type AdminOcppCommandUpdatesSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type AdminOcppCommandUpdatesSubscription = { ocppCommandUpdates: { commandId: string | null, chargePointId: string, action: string, status: string } };

export type AdminIdTagSearchQueryVariables = Exact<{
  text: string;
}>;


export type AdminIdTagSearchQuery = { idTagSearch: Array<{ idTag: string, status: string, kind: string, label: string | null, userEmail: string | null, userName: string | null }> };

export type AdminSiteLoadQueryVariables = Exact<{
  siteId: string | number;
}>;


export type AdminSiteLoadQuery = { siteLoad: { enabled: boolean, voltage: number, staleAfterSeconds: number, otherL1A: number | null, otherL2A: number | null, otherL3A: number | null, otherAt: string | null, warning: string | null, meterError: string | null, nodes: Array<{ id: string, parentId: string | null, kind: CapacityNodeKind, name: string, chargerId: string | null, connectorId: number | null, limitL1A: number | null, limitL2A: number | null, limitL3A: number | null, phaseRotation: PhaseRotation | null, windowFrom: unknown, windowTo: unknown, windowLimitA: number | null, rejectsProfiles: boolean }>, allocation: { at: string | null, reason: string | null, supplyLimitA: number | null, shares: Array<{ chargePointId: string, connectorId: number, transactionId: number, limitA: number, targetA: number | null, state: string, phases: number, weight: number, cappedA: number | null, drawnA: number | null }>, nodes: Array<{ nodeId: string, parentId: string | null, kind: CapacityNodeKind, name: string, limitA: number | null, inForceA: number, drawnA: number, transactionIds: Array<number> }> } } };

export type AdminSiteLoadAllocationSubscriptionVariables = Exact<{
  siteId: string | number;
}>;


export type AdminSiteLoadAllocationSubscription = { siteLoadAllocation: { at: string | null, reason: string | null, supplyLimitA: number | null, shares: Array<{ chargePointId: string, connectorId: number, transactionId: number, limitA: number, targetA: number | null, state: string, phases: number, weight: number, cappedA: number | null, drawnA: number | null }>, nodes: Array<{ nodeId: string, parentId: string | null, kind: CapacityNodeKind, name: string, limitA: number | null, inForceA: number, drawnA: number, transactionIds: Array<number> }> } };

export type AdminAddCapacityNodeMutationVariables = Exact<{
  input: CapacityNodeInput;
}>;


export type AdminAddCapacityNodeMutation = { addCapacityNode: { node: { id: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminRemoveCapacityNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemoveCapacityNodeMutation = { removeCapacityNode: { siteLoad: { enabled: boolean } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSiteLoadHistoryQueryVariables = Exact<{
  siteId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminSiteLoadHistoryQuery = { siteLoadHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, chargePointId: string | null, connectorId: number, transactionId: number | null, oldLimitA: number | null, newLimitA: number, unit: string, reason: LoadChangeReason, answer: LoadChangeAnswer | null }> } };

export type AdminDeviceEventsQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminDeviceEventsQuery = { chargerDeviceEvents: Array<{ eventId: number, at: string, trigger: string, actualValue: string, notificationType: string, component: string, componentInstance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, techCode: string | null, techInfo: string | null, cleared: boolean | null, transactionId: string | null, variableMonitoringId: number | null }> };

export type AdminVariableMonitorsQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminVariableMonitorsQuery = { charger: { id: string, ocppVersion: string | null }, variableMonitors: Array<{ monitorId: number, component: string, componentInstance: string | null, evseId: number | null, connectorId: number | null, variable: string, variableInstance: string | null, type: string, value: number, severity: number, transaction: boolean }> };

export type AdminSetVariableMonitoringMutationVariables = Exact<{
  input: SetVariableMonitoringInput;
}>;


export type AdminSetVariableMonitoringMutation = { setVariableMonitoring: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminClearVariableMonitoringMutationVariables = Exact<{
  input: ClearVariableMonitoringInput;
}>;


export type AdminClearVariableMonitoringMutation = { clearVariableMonitoring: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetMonitoringBaseMutationVariables = Exact<{
  input: SetMonitoringBaseInput;
}>;


export type AdminSetMonitoringBaseMutation = { setMonitoringBase: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSetMonitoringLevelMutationVariables = Exact<{
  input: SetMonitoringLevelInput;
}>;


export type AdminSetMonitoringLevelMutation = { setMonitoringLevel: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminGetMonitoringReportMutationVariables = Exact<{
  input: GetMonitoringReportInput;
}>;


export type AdminGetMonitoringReportMutation = { getMonitoringReport: { status: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppCommandResultFragment = { status: string | null, response: unknown, errors: Array<
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
    | { code: string, message: string, field: string | null }
  > };

export type AdminOcppRemoteStartTransactionMutationVariables = Exact<{
  input: RemoteStartTransactionInput;
}>;


export type AdminOcppRemoteStartTransactionMutation = { remoteStartTransaction: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppRemoteStopTransactionMutationVariables = Exact<{
  input: RemoteStopTransactionInput;
}>;


export type AdminOcppRemoteStopTransactionMutation = { remoteStopTransaction: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppResetMutationVariables = Exact<{
  input: ResetChargerInput;
}>;


export type AdminOcppResetMutation = { resetCharger: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppUnlockConnectorMutationVariables = Exact<{
  input: UnlockConnectorInput;
}>;


export type AdminOcppUnlockConnectorMutation = { unlockConnector: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppChangeAvailabilityMutationVariables = Exact<{
  input: ChangeAvailabilityInput;
}>;


export type AdminOcppChangeAvailabilityMutation = { changeAvailability: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetConfigurationMutationVariables = Exact<{
  input: GetConfigurationInput;
}>;


export type AdminOcppGetConfigurationMutation = { getConfiguration: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppChangeConfigurationMutationVariables = Exact<{
  input: ChangeConfigurationInput;
}>;


export type AdminOcppChangeConfigurationMutation = { changeConfiguration: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppClearCacheMutationVariables = Exact<{
  input: ChargerCommandInput;
}>;


export type AdminOcppClearCacheMutation = { clearCache: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppDataTransferMutationVariables = Exact<{
  input: DataTransferInput;
}>;


export type AdminOcppDataTransferMutation = { dataTransfer: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetDiagnosticsMutationVariables = Exact<{
  input: GetDiagnosticsInput;
}>;


export type AdminOcppGetDiagnosticsMutation = { getDiagnostics: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppUpdateFirmwareMutationVariables = Exact<{
  input: UpdateFirmwareInput;
}>;


export type AdminOcppUpdateFirmwareMutation = { updateFirmware: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetLocalListVersionMutationVariables = Exact<{
  input: ChargerCommandInput;
}>;


export type AdminOcppGetLocalListVersionMutation = { getLocalListVersion: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppSendLocalListMutationVariables = Exact<{
  input: SendLocalListInput;
}>;


export type AdminOcppSendLocalListMutation = { sendLocalList: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppReserveNowMutationVariables = Exact<{
  input: ReserveNowInput;
}>;


export type AdminOcppReserveNowMutation = { reserveNow: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppCancelReservationMutationVariables = Exact<{
  input: AdminCancelReservationInput;
}>;


export type AdminOcppCancelReservationMutation = { cancelChargerReservation: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppSetChargingProfileMutationVariables = Exact<{
  input: SetChargingProfileInput;
}>;


export type AdminOcppSetChargingProfileMutation = { setChargingProfile: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppClearChargingProfileMutationVariables = Exact<{
  input: ClearChargingProfileInput;
}>;


export type AdminOcppClearChargingProfileMutation = { clearChargingProfile: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetCompositeScheduleMutationVariables = Exact<{
  input: GetCompositeScheduleInput;
}>;


export type AdminOcppGetCompositeScheduleMutation = { getCompositeSchedule: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetChargingProfilesMutationVariables = Exact<{
  input: GetChargingProfilesInput;
}>;


export type AdminOcppGetChargingProfilesMutation = { getChargingProfiles: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetTransactionStatusMutationVariables = Exact<{
  input: GetTransactionStatusInput;
}>;


export type AdminOcppGetTransactionStatusMutation = { getTransactionStatus: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppTriggerMessageMutationVariables = Exact<{
  input: TriggerMessageInput;
}>;


export type AdminOcppTriggerMessageMutation = { triggerMessage: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppExtendedTriggerMessageMutationVariables = Exact<{
  input: ExtendedTriggerMessageInput;
}>;


export type AdminOcppExtendedTriggerMessageMutation = { extendedTriggerMessage: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppInstallCertificateMutationVariables = Exact<{
  input: InstallCertificateInput;
}>;


export type AdminOcppInstallCertificateMutation = { installCertificate: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetInstalledCertificateIdsMutationVariables = Exact<{
  input: GetInstalledCertificateIdsInput;
}>;


export type AdminOcppGetInstalledCertificateIdsMutation = { getInstalledCertificateIds: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppDeleteCertificateMutationVariables = Exact<{
  input: DeleteCertificateInput;
}>;


export type AdminOcppDeleteCertificateMutation = { deleteCertificate: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppGetLogMutationVariables = Exact<{
  input: GetLogInput;
}>;


export type AdminOcppGetLogMutation = { getLog: { status: string | null, response: unknown, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminOcppMessagesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  chargePointId?: string | null | undefined;
  action?: string | null | undefined;
  direction?: string | null | undefined;
  messageType?: number | null | undefined;
  uniqueId?: string | null | undefined;
}>;


export type AdminOcppMessagesQuery = { ocppMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, chargePointId: string, direction: string, messageType: number | null, action: string | null, uniqueId: string | null, payload: string, errorCode: string | null, latencyMs: number | null, createdAt: string }> } };

export type AdminOcppLogSubscriptionVariables = Exact<{
  chargerId?: string | number | null | undefined;
}>;


export type AdminOcppLogSubscription = { ocppMessages: { chargePointId: string, direction: string, messageType: number, action: string | null, uniqueId: string | null, payload: unknown, errorCode: string | null, latencyMs: number | null, timestamp: string | null } };

export type AdminTopUpReconciliationQueryVariables = Exact<{
  first: number;
}>;


export type AdminTopUpReconciliationQuery = { topUpReconciliation: Array<{ userId: string, gatewayState: GatewayState | null, gatewayTime: string | null, flag: string | null, flaggedAt: string | null, topUp: { id: string, status: string, method: PaymentMethodKind, provider: string, createdAt: string, completedAt: string | null, failureReason: string | null, amount: { amount: string, currency: string } }, events: Array<{ eventId: string, type: string | null, gatewayTime: string | null, sequence: number | null, receivedAt: string, outcome: string | null, error: string | null }> }> };

export type AdminSandboxCheckoutLinkMutationVariables = Exact<{
  input: CreateSandboxCheckoutLinkInput;
}>;


export type AdminSandboxCheckoutLinkMutation = { createSandboxCheckoutLink: { url: string | null, expiresAt: string | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminReverseTopUpCreditMutationVariables = Exact<{
  input: ReverseTopUpCreditInput;
}>;


export type AdminReverseTopUpCreditMutation = { reverseTopUpCredit: { topUp: { id: string, status: string, failureReason: string | null } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminPlatformQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPlatformQuery = { platform: { name: string, version: string, environment: string, currency: string, publicUrl: string, ocppUrl: string } };

export type AdminRoamingPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRoamingPartnersQuery = { ocpiPartners: Array<{ id: string, name: string, state: OcpiPartnerState, versionsUrl: string | null, version: string | null, countryCode: string | null, partyId: string | null, lastError: string | null, updatedAt: string, endpoints: Array<{ identifier: string, role: string | null, url: string }> }>, ocpiOwnEndpoints: Array<{ identifier: string, role: string | null, url: string }> };

export type AdminRoamingCallsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AdminRoamingCallsQuery = { ocpiPartnerCalls: Array<{ id: string, direction: string, method: string, url: string, httpStatus: number | null, ocpiStatus: number | null, message: string | null, durationMs: number, at: string }> };

export type AdminRoamingSettlementQueryVariables = Exact<{
  partnerId: string | number;
  dateFrom: string;
  dateTo: string;
}>;


export type AdminRoamingSettlementQuery = { roamingSettlement: { partner: string, csv: string, pdfBase64: string, emsp: { sessions: number, energyKwh: string, amount: { amount: string, currency: string } }, cpo: { sessions: number, energyKwh: string, amount: { amount: string, currency: string } }, net: { amount: string, currency: string }, lines: Array<{ direction: string, reference: string, endedAt: string | null, energyKwh: string, status: string, amount: { amount: string, currency: string } }>, mismatches: Array<{ direction: string, reference: string, problem: string }> } };

export type AdminInviteOcpiPartnerMutationVariables = Exact<{
  name: string;
}>;


export type AdminInviteOcpiPartnerMutation = { inviteOcpiPartner: { tokenA: string | null, versionsUrl: string | null, partner: { id: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminRegisterOcpiPartnerMutationVariables = Exact<{
  input: RegisterOcpiPartnerInput;
}>;


export type AdminRegisterOcpiPartnerMutation = { registerOcpiPartner: { partner: { id: string, state: OcpiPartnerState } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminPullOcpiPartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminPullOcpiPartnerMutation = { pullOcpiPartner: { locations: number, tariffs: number, pages: number, refused: Array<string>, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminRotateOcpiCredentialsMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRotateOcpiCredentialsMutation = { rotateOcpiCredentials: { partner: { id: string, state: OcpiPartnerState } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminUnregisterOcpiPartnerMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminUnregisterOcpiPartnerMutation = { unregisterOcpiPartner: { partner: { id: string, state: OcpiPartnerState } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminChargerSecurityQueryVariables = Exact<{
  chargerId: string | number;
}>;


export type AdminChargerSecurityQuery = { chargerSecurity: { events: Array<{ id: string, type: string, occurredAt: string, techInfo: string | null, critical: boolean, alert: boolean, receivedAt: string }>, certificates: Array<{ id: string, source: string, certificateType: string, hashAlgorithm: string, issuerNameHash: string, issuerKeyHash: string, serialNumber: string, subject: string | null, notAfter: string | null, expiresSoon: boolean }>, logRequests: Array<{ id: string, requestId: number, logType: string, location: string, fileName: string | null, status: string, createdAt: string, history: Array<{ status: string, at: string }> }> } };

export type AdminExpiringChargerCertificatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminExpiringChargerCertificatesQuery = { expiringChargerCertificates: Array<{ chargerId: string, chargePointId: string, serialNumber: string, notAfter: string }> };

export type AdminRaiseSecurityProfileMutationVariables = Exact<{
  input: RaiseSecurityProfileInput;
}>;


export type AdminRaiseSecurityProfileMutation = { raiseSecurityProfile: { status: string | null, steps: Array<{ action: string, status: string | null }>, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminSessionRowFragment = { id: string, transactionId: number, status: string, connectorId: number, chargePointId: string, idTag: string, startedAt: string, stoppedAt: string | null, energyWh: number, powerW: number | null, billed: boolean, flags: Array<string>, stopReason: string | null, startSource: string | null, cost: { amount: string, currency: string } | null, user: { id: string, email: string | null, name: string } | null };

export type AdminSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ChargingSessionFilter | null | undefined;
  orderBy?: ChargingSessionOrder | null | undefined;
}>;


export type AdminSessionsQuery = { chargingSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, transactionId: number, status: string, connectorId: number, chargePointId: string, idTag: string, startedAt: string, stoppedAt: string | null, energyWh: number, powerW: number | null, billed: boolean, flags: Array<string>, stopReason: string | null, startSource: string | null, cost: { amount: string, currency: string } | null, user: { id: string, email: string | null, name: string } | null }> } };

export type AdminSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminSessionQuery = { adminChargingSession: { soc: number | null, lastMeterAt: string | null, meterStartWh: number, startedByApiKeyId: string | null, id: string, transactionId: number, status: string, connectorId: number, chargePointId: string, idTag: string, startedAt: string, stoppedAt: string | null, energyWh: number, powerW: number | null, billed: boolean, flags: Array<string>, stopReason: string | null, startSource: string | null, startedBy: { id: string, email: string | null, name: string } | null, costSoFar: { amount: string, currency: string } | null, charger: { id: string, chargePointId: string, name: string | null }, costLines: Array<{ code: string, description: string, quantity: string, unit: string, quantityText: string, amount: { amount: string, currency: string } }>, receipt: { id: string, number: string, issuedAt: string, pdfUrl: string, total: { amount: string, currency: string } } | null, meterSamples: Array<{ timestamp: string, energyWh: number | null, powerW: number | null, soc: number | null }>, evChargingNeeds: { requestedEnergyTransfer: string, departureTime: string | null, energyAmountWh: number | null } | null, cost: { amount: string, currency: string } | null, user: { id: string, email: string | null, name: string } | null } };

export type AdminSessionCostQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminSessionCostQuery = { adminChargingSession: { id: string, costSoFar: { amount: string, currency: string } | null } };

export type AdminSessionProgressSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type AdminSessionProgressSubscription = { sessionProgress: { sessionId: string, status: string, energyWh: number, powerW: number | null, soc: number | null, costSoFar: string | null, currency: string, timestamp: string | null, lagged: number } };

export type AdminSessionMeterSubscriptionVariables = Exact<{
  sessionId?: string | number | null | undefined;
}>;


export type AdminSessionMeterSubscription = { meterValues: { sessionId: string | null, timestamp: string | null, energyWh: number | null, powerW: number | null, soc: number | null, lagged: number } };

export type AdminStopChargingMutationVariables = Exact<{
  input: StopChargingInput;
}>;


export type AdminStopChargingMutation = { stopCharging: { session: { id: string, status: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export type AdminMeterValuesQueryVariables = Exact<{
  chargerId: string | number;
  since: string;
  until?: string | null | undefined;
  measurand?: string | null | undefined;
  limit: number;
}>;


export type AdminMeterValuesQuery = { meterValues: Array<{ id: string, timestamp: string, connectorId: number, transactionId: number | null, measurand: string, phase: string | null, unit: string | null, rawValue: string, value: number | null }> };

export type AdminInvoiceSummaryQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: InvoiceGrouping;
}>;


export type AdminInvoiceSummaryQuery = { invoiceSummary: { sessions: number, energyKwh: string, revenue: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string }, rows: Array<{ key: string, sessions: number, energyKwh: string, revenue: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string } }> } };

export type AdminCompletedSessionsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  orderBy?: ChargingSessionOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminCompletedSessionsQuery = { completedSessions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, transactionId: number, status: string, connectorId: number, startedAt: string, stoppedAt: string | null, energyWh: number, receiptId: string | null, cost: { amount: string, currency: string } | null }> } };

export type AdminCompletedSessionsCsvQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminCompletedSessionsCsvQuery = { completedSessionsCsv: { filename: string, contentType: string, content: string } };

export type AdminReceiptQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminReceiptQuery = { receipt: { id: string, number: string, issuedAt: string, pdfUrl: string, total: { amount: string, currency: string } } };

export type AdminCloseChargingSessionMutationVariables = Exact<{
  input: CloseChargingSessionInput;
}>;


export type AdminCloseChargingSessionMutation = { closeChargingSession: { session: { id: string, status: string } | null, errors: Array<
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
      | { code: string, message: string, field: string | null }
    > } };

export const AdminFaultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminFaultFragment, unknown>;
export const AdminMaintenanceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMaintenance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technician"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminMaintenanceFragment, unknown>;
export const AdminSupportMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSupportMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminSupportMessageFragment, unknown>;
export const AdminSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"unknownChargerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"messageLogRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminSettingsFragment, unknown>;
export const AdminApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<AdminApiKeyFragment, unknown>;
export const AdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminUserFieldsFragment, unknown>;
export const AdminTariffFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTariff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdminTariffFragment, unknown>;
export const AdminPlanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminPlanFragment, unknown>;
export const AdminRewardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminReward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"freeKwh"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AdminRewardFragment, unknown>;
export const AdminChargerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminChargerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBootAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}}]}}]}}]} as unknown as DocumentNode<AdminChargerFieldsFragment, unknown>;
export const AdminDashboardStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDashboardStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargersTotal"}},{"kind":"Field","name":{"kind":"Name","value":"chargersOnline"}},{"kind":"Field","name":{"kind":"Name","value":"chargersOffline"}},{"kind":"Field","name":{"kind":"Name","value":"chargersCharging"}},{"kind":"Field","name":{"kind":"Name","value":"chargersFaulted"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsActive"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"energyTodayWh"}},{"kind":"Field","name":{"kind":"Name","value":"revenueToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openFaults"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]} as unknown as DocumentNode<AdminDashboardStatsFragment, unknown>;
export const AdminFleetJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFleetJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoContinue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]} as unknown as DocumentNode<AdminFleetJobFragment, unknown>;
export const AdminOcppCommandResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppCommandResultFragment, unknown>;
export const AdminSessionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"billed"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"startSource"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminSessionRowFragment, unknown>;
export const ChargerCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChargerCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"StringValue","value":"open","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"photoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]} as unknown as DocumentNode<ChargerCasesQuery, ChargerCasesQueryVariables>;
export const CloseProblemReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProblemReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseProblemReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProblemReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CloseProblemReportMutation, CloseProblemReportMutationVariables>;
export const AdminFaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFaults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFault"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminFaultsQuery, AdminFaultsQueryVariables>;
export const AdminFaultLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminFaultLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<AdminFaultLiveSubscription, AdminFaultLiveSubscriptionVariables>;
export const AdminAckFaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAckFault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeFault"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fault"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminAckFaultMutation, AdminAckFaultMutationVariables>;
export const AdminResolveFaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminResolveFault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveFault"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fault"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFault"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Fault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminResolveFaultMutation, AdminResolveFaultMutationVariables>;
export const AdminMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMaintenance"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMaintenance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technician"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminMaintenanceQuery, AdminMaintenanceQueryVariables>;
export const AdminCreateMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMaintenanceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMaintenanceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMaintenance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMaintenance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technician"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminCreateMaintenanceMutation, AdminCreateMaintenanceMutationVariables>;
export const AdminUpdateMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMaintenanceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMaintenanceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintenanceRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminMaintenance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminMaintenance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaintenanceRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"technician"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateMaintenanceMutation, AdminUpdateMaintenanceMutationVariables>;
export const AdminDeleteMaintenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteMaintenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMaintenanceRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMaintenanceRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeleteMaintenanceMutation, AdminDeleteMaintenanceMutationVariables>;
export const AdminSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessageStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSupportMessage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSupportMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminSupportQuery, AdminSupportQueryVariables>;
export const AdminReplySupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReplySupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplySupportMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replySupportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSupportMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSupportMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminReplySupportMutation, AdminReplySupportMutationVariables>;
export const AdminCloseSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCloseSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSupportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSupportMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSupportMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminCloseSupportMutation, AdminCloseSupportMutationVariables>;
export const AdminReopenSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReopenSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenSupportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSupportMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSupportMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminReopenSupportMutation, AdminReopenSupportMutationVariables>;
export const AdminSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ocppUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"unknownChargerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"messageLogRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminSettingsQuery, AdminSettingsQueryVariables>;
export const AdminUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlatformSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlatformSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"unknownChargerPolicy"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatIntervalSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"minimumBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerKwh"}},{"kind":"Field","name":{"kind":"Name","value":"messageLogRetentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<AdminUpdateSettingsMutation, AdminUpdateSettingsMutationVariables>;
export const AdminApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRevoked"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminApiKey"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const AdminCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
export const AdminRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]} as unknown as DocumentNode<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}},{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}},{"kind":"Field","name":{"kind":"Name","value":"idTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"batteryKwh"}},{"kind":"Field","name":{"kind":"Name","value":"plateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"nickname"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balanceAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memo"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminUserQuery, AdminUserQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminCreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminCreateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUpdateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const AdminSetUserRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetUserRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminSetUserRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminSetUserRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminSetUserRoleMutation, AdminSetUserRoleMutationVariables>;
export const AdminSetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminSetUserDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminSetUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]} as unknown as DocumentNode<AdminSetUserDisabledMutation, AdminSetUserDisabledMutationVariables>;
export const AdminAdjustWalletDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAdjustWallet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustWalletInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustWallet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wallet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAdjustWalletMutation, AdminAdjustWalletMutationVariables>;
export const AdminTariffsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTariffs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTariff"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTariff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdminTariffsQuery, AdminTariffsQueryVariables>;
export const AdminCreateTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTariff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTariff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdminCreateTariffMutation, AdminCreateTariffMutationVariables>;
export const AdminUpdateTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTariffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTariff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTariff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateTariffMutation, AdminUpdateTariffMutationVariables>;
export const AdminSetDefaultTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDefaultTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TariffIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTariff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTariff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdminSetDefaultTariffMutation, AdminSetDefaultTariffMutationVariables>;
export const AdminDeactivateTariffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivateTariff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TariffIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateTariff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminTariff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminTariff"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tariff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"idleGraceMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"idleFeePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maxCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservationFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AdminDeactivateTariffMutation, AdminDeactivateTariffMutationVariables>;
export const AdminPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlan"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminPlansQuery, AdminPlansQueryVariables>;
export const AdminCreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMembershipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminCreatePlanMutation, AdminCreatePlanMutationVariables>;
export const AdminUpdatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminUpdatePlanMutation, AdminUpdatePlanMutationVariables>;
export const AdminDeactivatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeactivatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlanIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateMembershipPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminPlan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminPlan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountPerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedKwh"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdminDeactivatePlanMutation, AdminDeactivatePlanMutationVariables>;
export const AdminRewardsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRewards"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rewardCatalog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminReward"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminReward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"freeKwh"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AdminRewardsQuery, AdminRewardsQueryVariables>;
export const AdminCreateRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRewardItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRewardItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminReward"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminReward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"freeKwh"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AdminCreateRewardMutation, AdminCreateRewardMutationVariables>;
export const AdminUpdateRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRewardItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRewardItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminReward"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminReward"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RewardItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"freeKwh"}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AdminUpdateRewardMutation, AdminUpdateRewardMutationVariables>;
export const AdminDeleteRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminDeleteReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RewardItemIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRewardItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeleteRewardMutation, AdminDeleteRewardMutationVariables>;
export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminAuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"ADMIN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditActorsQuery, AdminAuditActorsQueryVariables>;
export const AdminLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLoginMutation, AdminLoginMutationVariables>;
export const AdminRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRefreshMutation, AdminRefreshMutationVariables>;
export const AdminLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminLogout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminLogoutMutation, AdminLogoutMutationVariables>;
export const AdminChargersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminChargers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"online"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"connectorStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"online"},"value":{"kind":"Variable","name":{"kind":"Name","value":"online"}}},{"kind":"Argument","name":{"kind":"Name","value":"registrationStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"connectorStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"connectorStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminChargerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminChargerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBootAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}}]}}]}}]} as unknown as DocumentNode<AdminChargersQuery, AdminChargersQueryVariables>;
export const AdminChargerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminChargerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<AdminChargerStatusSubscription, AdminChargerStatusSubscriptionVariables>;
export const AdminChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerByChargePointId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargePointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminChargerFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"connectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffId"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminChargerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBootAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}}]}}]}}]} as unknown as DocumentNode<AdminChargerQuery, AdminChargerQueryVariables>;
export const AdminChargerExtrasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminChargerExtras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"readonly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firmwareJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diagnosticsJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reservationId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargingProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargingProfileId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"stackLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stationReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]} as unknown as DocumentNode<AdminChargerExtrasQuery, AdminChargerExtrasQueryVariables>;
export const AdminRegisterChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRegisterCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminChargerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationKey"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminChargerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBootAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}}]}}]}}]} as unknown as DocumentNode<AdminRegisterChargerMutation, AdminRegisterChargerMutationVariables>;
export const AdminApproveChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminApproveCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminChargerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationKey"}},{"kind":"Field","name":{"kind":"Name","value":"keyDelivery"}},{"kind":"Field","name":{"kind":"Name","value":"bootTrigger"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminChargerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBootAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}}]}}]}}]} as unknown as DocumentNode<AdminApproveChargerMutation, AdminApproveChargerMutationVariables>;
export const AdminUpdateChargerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateCharger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminChargerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorizationKey"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminChargerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareVersion"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastBootAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"securityProfile"}},{"kind":"Field","name":{"kind":"Name","value":"localListVersion"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"info"}},{"kind":"Field","name":{"kind":"Name","value":"vendorErrorCode"}},{"kind":"Field","name":{"kind":"Name","value":"connectorType"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"statusAt"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateChargerMutation, AdminUpdateChargerMutationVariables>;
export const AdminChargerDriverPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminChargerDriverPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerDriverPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hiddenBecause"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminChargerDriverPreviewQuery, AdminChargerDriverPreviewQueryVariables>;
export const AdminImportChargersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminImportChargers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportChargersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importChargers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"authorizationKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminImportChargersMutation, AdminImportChargersMutationVariables>;
export const AdminTariffChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTariffChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AdminTariffChoicesQuery, AdminTariffChoicesQueryVariables>;
export const AdminRawOcppCommandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRawOcppCommand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RawOcppCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendRawOcppCommand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRawOcppCommandMutation, AdminRawOcppCommandMutationVariables>;
export const AdminIdTagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminIdTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdTagStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdTagOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminIdTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentIdTag"}},{"kind":"Field","name":{"kind":"Name","value":"blockedByAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminIdTagsQuery, AdminIdTagsQueryVariables>;
export const AdminCreateIdTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateIdTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIdTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIdTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idTag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateIdTagMutation, AdminCreateIdTagMutationVariables>;
export const AdminUpdateIdTagDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateIdTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIdTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIdTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idTag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"parentIdTag"}},{"kind":"Field","name":{"kind":"Name","value":"ownerEmail"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateIdTagMutation, AdminUpdateIdTagMutationVariables>;
export const AdminSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSites"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"chargerCount"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSitesQuery, AdminSitesQueryVariables>;
export const AdminSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"chargerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"driverPreviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"station"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"driverView"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableNow"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwhFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwhTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"operative"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"tariff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerKwh"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricePerMinute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionFee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPowerKw"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hidden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminSiteQuery, AdminSiteQueryVariables>;
export const AdminCreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateSiteMutation, AdminCreateSiteMutationVariables>;
export const AdminUpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"site"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSiteMutation, AdminUpdateSiteMutationVariables>;
export const AdminCustomerInformationRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCustomerInformationRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerInformationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"idToken"}},{"kind":"Field","name":{"kind":"Name","value":"customerIdentifier"}},{"kind":"Field","name":{"kind":"Name","value":"certificateSerialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<AdminCustomerInformationRequestsQuery, AdminCustomerInformationRequestsQueryVariables>;
export const AdminAskCustomerInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAskCustomerInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerInformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAskCustomerInformationMutation, AdminAskCustomerInformationMutationVariables>;
export const AdminDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDashboardStats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"energyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"connectorStatusBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDashboardStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargersTotal"}},{"kind":"Field","name":{"kind":"Name","value":"chargersOnline"}},{"kind":"Field","name":{"kind":"Name","value":"chargersOffline"}},{"kind":"Field","name":{"kind":"Name","value":"chargersCharging"}},{"kind":"Field","name":{"kind":"Name","value":"chargersFaulted"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsActive"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"energyTodayWh"}},{"kind":"Field","name":{"kind":"Name","value":"revenueToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openFaults"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]} as unknown as DocumentNode<AdminDashboardQuery, AdminDashboardQueryVariables>;
export const AdminDashboardLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminDashboardLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminDashboardStats"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminDashboardStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DashboardStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargersTotal"}},{"kind":"Field","name":{"kind":"Name","value":"chargersOnline"}},{"kind":"Field","name":{"kind":"Name","value":"chargersOffline"}},{"kind":"Field","name":{"kind":"Name","value":"chargersCharging"}},{"kind":"Field","name":{"kind":"Name","value":"chargersFaulted"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsActive"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"energyTodayWh"}},{"kind":"Field","name":{"kind":"Name","value":"revenueToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openFaults"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]} as unknown as DocumentNode<AdminDashboardLiveSubscription, AdminDashboardLiveSubscriptionVariables>;
export const AdminDeviceModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDeviceModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"component"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variable"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chargerDeviceModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"component"},"value":{"kind":"Variable","name":{"kind":"Name","value":"component"}}},{"kind":"Argument","name":{"kind":"Name","value":"variable"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variable"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"componentInstance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"attributeType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"mutability"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"minLimit"}},{"kind":"Field","name":{"kind":"Name","value":"maxLimit"}},{"kind":"Field","name":{"kind":"Name","value":"valuesList"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminDeviceModelQuery, AdminDeviceModelQueryVariables>;
export const AdminGetBaseReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGetBaseReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetBaseReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getBaseReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGetBaseReportMutation, AdminGetBaseReportMutationVariables>;
export const AdminSetDeviceVariableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDeviceVariable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeviceVariableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeviceVariable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetDeviceVariableMutation, AdminSetDeviceVariableMutationVariables>;
export const AdminSetNetworkProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetNetworkProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNetworkProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNetworkProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetNetworkProfileMutation, AdminSetNetworkProfileMutationVariables>;
export const AdminDisplayMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDisplayMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"displayMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"startAt"}},{"kind":"Field","name":{"kind":"Name","value":"endAt"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<AdminDisplayMessagesQuery, AdminDisplayMessagesQueryVariables>;
export const AdminSetDisplayMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetDisplayMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDisplayMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDisplayMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetDisplayMessageMutation, AdminSetDisplayMessageMutationVariables>;
export const AdminGetDisplayMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGetDisplayMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetDisplayMessagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getDisplayMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGetDisplayMessagesMutation, AdminGetDisplayMessagesMutationVariables>;
export const AdminClearDisplayMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminClearDisplayMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearDisplayMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearDisplayMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminClearDisplayMessageMutation, AdminClearDisplayMessageMutationVariables>;
export const AdminFleetJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFleetJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJobStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJobOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFleetJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFleetJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoContinue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]} as unknown as DocumentNode<AdminFleetJobsQuery, AdminFleetJobsQueryVariables>;
export const AdminFleetJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminFleetJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFleetJob"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"firmwareHistory"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFleetJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoContinue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]} as unknown as DocumentNode<AdminFleetJobQuery, AdminFleetJobQueryVariables>;
export const AdminStartFleetJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminStartFleetJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFleetJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFleetJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFleetJob"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFleetJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoContinue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]} as unknown as DocumentNode<AdminStartFleetJobMutation, AdminStartFleetJobMutationVariables>;
export const AdminContinueFleetJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminContinueFleetJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continueFleetJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFleetJob"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFleetJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoContinue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]} as unknown as DocumentNode<AdminContinueFleetJobMutation, AdminContinueFleetJobMutationVariables>;
export const AdminCancelFleetJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCancelFleetJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelFleetJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminFleetJob"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminFleetJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FleetJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"selection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"stageSize"}},{"kind":"Field","name":{"kind":"Name","value":"autoContinue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]} as unknown as DocumentNode<AdminCancelFleetJobMutation, AdminCancelFleetJobMutationVariables>;
export const AdminFleetJobUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminFleetJobUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleetJobUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<AdminFleetJobUpdatesSubscription, AdminFleetJobUpdatesSubscriptionVariables>;
export const AdminConnectionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminConnectionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConnectionEventOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"chargePointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AdminConnectionEventsQuery, AdminConnectionEventsQueryVariables>;
export const AdminConnectionSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminConnectionSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerConnectionSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastConnect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastDisconnect"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastRefusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAddress"}}]}}]}}]}}]} as unknown as DocumentNode<AdminConnectionSummaryQuery, AdminConnectionSummaryQueryVariables>;
export const AdminConnectionEventsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminConnectionEventsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonText"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAddress"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AdminConnectionEventsLiveSubscription, AdminConnectionEventsLiveSubscriptionVariables>;
export const AdminOcppCommandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOcppCommands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppCommands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyName"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOcppCommandsQuery, AdminOcppCommandsQueryVariables>;
export const AdminOcppCommandUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminOcppCommandUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppCommandUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commandId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminOcppCommandUpdatesSubscription, AdminOcppCommandUpdatesSubscriptionVariables>;
export const AdminIdTagSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminIdTagSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idTagSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"userEmail"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}}]}}]}}]} as unknown as DocumentNode<AdminIdTagSearchQuery, AdminIdTagSearchQueryVariables>;
export const AdminSiteLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSiteLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"voltage"}},{"kind":"Field","name":{"kind":"Name","value":"staleAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"otherL1A"}},{"kind":"Field","name":{"kind":"Name","value":"otherL2A"}},{"kind":"Field","name":{"kind":"Name","value":"otherL3A"}},{"kind":"Field","name":{"kind":"Name","value":"otherAt"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"meterError"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"limitL1A"}},{"kind":"Field","name":{"kind":"Name","value":"limitL2A"}},{"kind":"Field","name":{"kind":"Name","value":"limitL3A"}},{"kind":"Field","name":{"kind":"Name","value":"phaseRotation"}},{"kind":"Field","name":{"kind":"Name","value":"windowFrom"}},{"kind":"Field","name":{"kind":"Name","value":"windowTo"}},{"kind":"Field","name":{"kind":"Name","value":"windowLimitA"}},{"kind":"Field","name":{"kind":"Name","value":"rejectsProfiles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"supplyLimitA"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"limitA"}},{"kind":"Field","name":{"kind":"Name","value":"targetA"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"cappedA"}},{"kind":"Field","name":{"kind":"Name","value":"drawnA"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"limitA"}},{"kind":"Field","name":{"kind":"Name","value":"inForceA"}},{"kind":"Field","name":{"kind":"Name","value":"drawnA"}},{"kind":"Field","name":{"kind":"Name","value":"transactionIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminSiteLoadQuery, AdminSiteLoadQueryVariables>;
export const AdminSiteLoadAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminSiteLoadAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteLoadAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"supplyLimitA"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"limitA"}},{"kind":"Field","name":{"kind":"Name","value":"targetA"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"cappedA"}},{"kind":"Field","name":{"kind":"Name","value":"drawnA"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"limitA"}},{"kind":"Field","name":{"kind":"Name","value":"inForceA"}},{"kind":"Field","name":{"kind":"Name","value":"drawnA"}},{"kind":"Field","name":{"kind":"Name","value":"transactionIds"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSiteLoadAllocationSubscription, AdminSiteLoadAllocationSubscriptionVariables>;
export const AdminAddCapacityNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminAddCapacityNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapacityNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCapacityNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAddCapacityNodeMutation, AdminAddCapacityNodeMutationVariables>;
export const AdminRemoveCapacityNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRemoveCapacityNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCapacityNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteLoad"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRemoveCapacityNodeMutation, AdminRemoveCapacityNodeMutationVariables>;
export const AdminSiteLoadHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSiteLoadHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siteLoadHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"oldLimitA"}},{"kind":"Field","name":{"kind":"Name","value":"newLimitA"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSiteLoadHistoryQuery, AdminSiteLoadHistoryQueryVariables>;
export const AdminDeviceEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminDeviceEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerDeviceEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"actualValue"}},{"kind":"Field","name":{"kind":"Name","value":"notificationType"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"componentInstance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"techCode"}},{"kind":"Field","name":{"kind":"Name","value":"techInfo"}},{"kind":"Field","name":{"kind":"Name","value":"cleared"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"variableMonitoringId"}}]}}]}}]} as unknown as DocumentNode<AdminDeviceEventsQuery, AdminDeviceEventsQueryVariables>;
export const AdminVariableMonitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminVariableMonitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ocppVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variableMonitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monitorId"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"componentInstance"}},{"kind":"Field","name":{"kind":"Name","value":"evseId"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"variable"}},{"kind":"Field","name":{"kind":"Name","value":"variableInstance"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"}}]}}]}}]} as unknown as DocumentNode<AdminVariableMonitorsQuery, AdminVariableMonitorsQueryVariables>;
export const AdminSetVariableMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetVariableMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetVariableMonitoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVariableMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetVariableMonitoringMutation, AdminSetVariableMonitoringMutationVariables>;
export const AdminClearVariableMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminClearVariableMonitoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearVariableMonitoringInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearVariableMonitoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminClearVariableMonitoringMutation, AdminClearVariableMonitoringMutationVariables>;
export const AdminSetMonitoringBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetMonitoringBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMonitoringBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMonitoringBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetMonitoringBaseMutation, AdminSetMonitoringBaseMutationVariables>;
export const AdminSetMonitoringLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetMonitoringLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMonitoringLevelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMonitoringLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetMonitoringLevelMutation, AdminSetMonitoringLevelMutationVariables>;
export const AdminGetMonitoringReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminGetMonitoringReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetMonitoringReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getMonitoringReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminGetMonitoringReportMutation, AdminGetMonitoringReportMutationVariables>;
export const AdminOcppRemoteStartTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppRemoteStartTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteStartTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteStartTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppRemoteStartTransactionMutation, AdminOcppRemoteStartTransactionMutationVariables>;
export const AdminOcppRemoteStopTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppRemoteStopTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoteStopTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remoteStopTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppRemoteStopTransactionMutation, AdminOcppRemoteStopTransactionMutationVariables>;
export const AdminOcppResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetChargerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetCharger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppResetMutation, AdminOcppResetMutationVariables>;
export const AdminOcppUnlockConnectorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppUnlockConnector"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlockConnectorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockConnector"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppUnlockConnectorMutation, AdminOcppUnlockConnectorMutationVariables>;
export const AdminOcppChangeAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppChangeAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppChangeAvailabilityMutation, AdminOcppChangeAvailabilityMutationVariables>;
export const AdminOcppGetConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetConfigurationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetConfigurationMutation, AdminOcppGetConfigurationMutationVariables>;
export const AdminOcppChangeConfigurationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppChangeConfiguration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeConfigurationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeConfiguration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppChangeConfigurationMutation, AdminOcppChangeConfigurationMutationVariables>;
export const AdminOcppClearCacheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppClearCache"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearCache"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppClearCacheMutation, AdminOcppClearCacheMutationVariables>;
export const AdminOcppDataTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppDataTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppDataTransferMutation, AdminOcppDataTransferMutationVariables>;
export const AdminOcppGetDiagnosticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetDiagnostics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetDiagnosticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getDiagnostics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetDiagnosticsMutation, AdminOcppGetDiagnosticsMutationVariables>;
export const AdminOcppUpdateFirmwareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppUpdateFirmware"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFirmwareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFirmware"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppUpdateFirmwareMutation, AdminOcppUpdateFirmwareMutationVariables>;
export const AdminOcppGetLocalListVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetLocalListVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargerCommandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getLocalListVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetLocalListVersionMutation, AdminOcppGetLocalListVersionMutationVariables>;
export const AdminOcppSendLocalListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppSendLocalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendLocalListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendLocalList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppSendLocalListMutation, AdminOcppSendLocalListMutationVariables>;
export const AdminOcppReserveNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppReserveNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReserveNowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppReserveNowMutation, AdminOcppReserveNowMutationVariables>;
export const AdminOcppCancelReservationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppCancelReservation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminCancelReservationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelChargerReservation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppCancelReservationMutation, AdminOcppCancelReservationMutationVariables>;
export const AdminOcppSetChargingProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppSetChargingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChargingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChargingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppSetChargingProfileMutation, AdminOcppSetChargingProfileMutationVariables>;
export const AdminOcppClearChargingProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppClearChargingProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearChargingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearChargingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppClearChargingProfileMutation, AdminOcppClearChargingProfileMutationVariables>;
export const AdminOcppGetCompositeScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetCompositeSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetCompositeScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getCompositeSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetCompositeScheduleMutation, AdminOcppGetCompositeScheduleMutationVariables>;
export const AdminOcppGetChargingProfilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetChargingProfiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetChargingProfilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getChargingProfiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetChargingProfilesMutation, AdminOcppGetChargingProfilesMutationVariables>;
export const AdminOcppGetTransactionStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetTransactionStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetTransactionStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getTransactionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetTransactionStatusMutation, AdminOcppGetTransactionStatusMutationVariables>;
export const AdminOcppTriggerMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppTriggerMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriggerMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppTriggerMessageMutation, AdminOcppTriggerMessageMutationVariables>;
export const AdminOcppExtendedTriggerMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppExtendedTriggerMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendedTriggerMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendedTriggerMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppExtendedTriggerMessageMutation, AdminOcppExtendedTriggerMessageMutationVariables>;
export const AdminOcppInstallCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppInstallCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstallCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppInstallCertificateMutation, AdminOcppInstallCertificateMutationVariables>;
export const AdminOcppGetInstalledCertificateIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetInstalledCertificateIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetInstalledCertificateIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getInstalledCertificateIds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetInstalledCertificateIdsMutation, AdminOcppGetInstalledCertificateIdsMutationVariables>;
export const AdminOcppDeleteCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppDeleteCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppDeleteCertificateMutation, AdminOcppDeleteCertificateMutationVariables>;
export const AdminOcppGetLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOcppGetLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminOcppCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminOcppCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OcppCommandPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<AdminOcppGetLogMutation, AdminOcppGetLogMutationVariables>;
export const AdminOcppMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOcppMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"messageType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uniqueId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"chargePointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargePointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"messageType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"messageType"}}},{"kind":"Argument","name":{"kind":"Name","value":"uniqueId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uniqueId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<AdminOcppMessagesQuery, AdminOcppMessagesQueryVariables>;
export const AdminOcppLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminOcppLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocppMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueId"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}}]}}]}}]} as unknown as DocumentNode<AdminOcppLogSubscription, AdminOcppLogSubscriptionVariables>;
export const AdminTopUpReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTopUpReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUpReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayState"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayTime"}},{"kind":"Field","name":{"kind":"Name","value":"flag"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"gatewayTime"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<AdminTopUpReconciliationQuery, AdminTopUpReconciliationQueryVariables>;
export const AdminSandboxCheckoutLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSandboxCheckoutLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSandboxCheckoutLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSandboxCheckoutLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSandboxCheckoutLinkMutation, AdminSandboxCheckoutLinkMutationVariables>;
export const AdminReverseTopUpCreditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminReverseTopUpCredit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReverseTopUpCreditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reverseTopUpCredit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminReverseTopUpCreditMutation, AdminReverseTopUpCreditMutationVariables>;
export const AdminPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPlatform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"ocppUrl"}}]}}]}}]} as unknown as DocumentNode<AdminPlatformQuery, AdminPlatformQueryVariables>;
export const AdminRoamingPartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRoamingPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocpiPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"versionsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"partyId"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ocpiOwnEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AdminRoamingPartnersQuery, AdminRoamingPartnersQueryVariables>;
export const AdminRoamingCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRoamingCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ocpiPartnerCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"httpStatus"}},{"kind":"Field","name":{"kind":"Name","value":"ocpiStatus"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<AdminRoamingCallsQuery, AdminRoamingCallsQueryVariables>;
export const AdminRoamingSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminRoamingSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roamingSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"emsp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"energyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cpo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"energyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mismatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}},{"kind":"Field","name":{"kind":"Name","value":"pdfBase64"}}]}}]}}]} as unknown as DocumentNode<AdminRoamingSettlementQuery, AdminRoamingSettlementQueryVariables>;
export const AdminInviteOcpiPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteOcpiPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOcpiPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tokenA"}},{"kind":"Field","name":{"kind":"Name","value":"versionsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminInviteOcpiPartnerMutation, AdminInviteOcpiPartnerMutationVariables>;
export const AdminRegisterOcpiPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRegisterOcpiPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOcpiPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOcpiPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRegisterOcpiPartnerMutation, AdminRegisterOcpiPartnerMutationVariables>;
export const AdminPullOcpiPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminPullOcpiPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pullOcpiPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"}},{"kind":"Field","name":{"kind":"Name","value":"tariffs"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminPullOcpiPartnerMutation, AdminPullOcpiPartnerMutationVariables>;
export const AdminRotateOcpiCredentialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRotateOcpiCredentials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateOcpiCredentials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRotateOcpiCredentialsMutation, AdminRotateOcpiCredentialsMutationVariables>;
export const AdminUnregisterOcpiPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUnregisterOcpiPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unregisterOcpiPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUnregisterOcpiPartnerMutation, AdminUnregisterOcpiPartnerMutationVariables>;
export const AdminChargerSecurityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminChargerSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerSecurity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"techInfo"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"certificateType"}},{"kind":"Field","name":{"kind":"Name","value":"hashAlgorithm"}},{"kind":"Field","name":{"kind":"Name","value":"issuerNameHash"}},{"kind":"Field","name":{"kind":"Name","value":"issuerKeyHash"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}},{"kind":"Field","name":{"kind":"Name","value":"expiresSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"logType"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminChargerSecurityQuery, AdminChargerSecurityQueryVariables>;
export const AdminExpiringChargerCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminExpiringChargerCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiringChargerCertificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargerId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"serialNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notAfter"}}]}}]}}]} as unknown as DocumentNode<AdminExpiringChargerCertificatesQuery, AdminExpiringChargerCertificatesQueryVariables>;
export const AdminRaiseSecurityProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRaiseSecurityProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseSecurityProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseSecurityProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRaiseSecurityProfileMutation, AdminRaiseSecurityProfileMutationVariables>;
export const AdminSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSessionOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chargingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSessionRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"billed"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"startSource"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminSessionsQuery, AdminSessionsQueryVariables>;
export const AdminSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminChargingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminSessionRow"}},{"kind":"Field","name":{"kind":"Name","value":"soc"}},{"kind":"Field","name":{"kind":"Name","value":"lastMeterAt"}},{"kind":"Field","name":{"kind":"Name","value":"meterStartWh"}},{"kind":"Field","name":{"kind":"Name","value":"startedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedByApiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"costSoFar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantityText"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"receipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meterSamples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"soc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evChargingNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedEnergyTransfer"}},{"kind":"Field","name":{"kind":"Name","value":"departureTime"}},{"kind":"Field","name":{"kind":"Name","value":"energyAmountWh"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminSessionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminChargingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"chargePointId"}},{"kind":"Field","name":{"kind":"Name","value":"idTag"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"billed"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"startSource"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminSessionQuery, AdminSessionQueryVariables>;
export const AdminSessionCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSessionCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminChargingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"costSoFar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSessionCostQuery, AdminSessionCostQueryVariables>;
export const AdminSessionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminSessionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"soc"}},{"kind":"Field","name":{"kind":"Name","value":"costSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"lagged"}}]}}]}}]} as unknown as DocumentNode<AdminSessionProgressSubscription, AdminSessionProgressSubscriptionVariables>;
export const AdminSessionMeterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AdminSessionMeter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"powerW"}},{"kind":"Field","name":{"kind":"Name","value":"soc"}},{"kind":"Field","name":{"kind":"Name","value":"lagged"}}]}}]}}]} as unknown as DocumentNode<AdminSessionMeterSubscription, AdminSessionMeterSubscriptionVariables>;
export const AdminStopChargingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminStopCharging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopChargingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopCharging"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminStopChargingMutation, AdminStopChargingMutationVariables>;
export const AdminMeterValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMeterValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measurand"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meterValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chargerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chargerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"measurand"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measurand"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timestamp"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"measurand"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"rawValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<AdminMeterValuesQuery, AdminMeterValuesQueryVariables>;
export const AdminInvoiceSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminInvoiceSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"energyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"energyKwh"}},{"kind":"Field","name":{"kind":"Name","value":"revenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminInvoiceSummaryQuery, AdminInvoiceSummaryQueryVariables>;
export const AdminCompletedSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCompletedSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChargingSessionOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"transactionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"connectorId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stoppedAt"}},{"kind":"Field","name":{"kind":"Name","value":"energyWh"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receiptId"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCompletedSessionsQuery, AdminCompletedSessionsQueryVariables>;
export const AdminCompletedSessionsCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCompletedSessionsCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedSessionsCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<AdminCompletedSessionsCsvQuery, AdminCompletedSessionsCsvQueryVariables>;
export const AdminReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]} as unknown as DocumentNode<AdminReceiptQuery, AdminReceiptQueryVariables>;
export const AdminCloseChargingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCloseChargingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseChargingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeChargingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCloseChargingSessionMutation, AdminCloseChargingSessionMutationVariables>;