/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ChargerCases($chargerId: ID!) {\n    faults(chargerId: $chargerId, status: \"open\", first: 20) { nodes { id connectorId errorCode info status openedAt } }\n    problemReports(chargerId: $chargerId, first: 20) {\n      nodes { id connectorId category note status hasPhoto photoUrl createdAt closedAt resolution }\n    }\n  }\n": typeof types.ChargerCasesDocument,
    "\n  mutation CloseProblemReport($input: CloseProblemReportInput!) {\n    closeProblemReport(input: $input) { report { id status resolution closedAt } errors { code message field } }\n  }\n": typeof types.CloseProblemReportDocument,
    "\n  fragment AdminFault on Fault {\n    id connectorId errorCode info vendorErrorCode status openedAt acknowledgedAt resolvedAt notes\n    charger { id chargePointId }\n  }\n": typeof types.AdminFaultFragmentDoc,
    "\n  query AdminFaults($first: Int, $after: String, $status: String, $orderBy: FaultOrder) {\n    faults(first: $first, after: $after, status: $status, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFault }\n    }\n  }\n": typeof types.AdminFaultsDocument,
    "\n  subscription AdminFaultLive { faults { faultId chargePointId status errorCode timestamp } }\n": typeof types.AdminFaultLiveDocument,
    "\n  mutation AdminAckFault($input: FaultNoteInput!) { acknowledgeFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n": typeof types.AdminAckFaultDocument,
    "\n  mutation AdminResolveFault($input: FaultNoteInput!) { resolveFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n": typeof types.AdminResolveFaultDocument,
    "\n  fragment AdminMaintenance on MaintenanceRecord {\n    id kind technician scheduledAt startedAt completedAt notes status createdAt charger { id chargePointId }\n  }\n": typeof types.AdminMaintenanceFragmentDoc,
    "\n  query AdminMaintenance($first: Int, $after: String, $status: MaintenanceStatus) {\n    maintenanceRecords(first: $first, after: $after, status: $status) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminMaintenance }\n    }\n  }\n": typeof types.AdminMaintenanceDocument,
    "\n  mutation AdminCreateMaintenance($input: CreateMaintenanceRecordInput!) {\n    createMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n": typeof types.AdminCreateMaintenanceDocument,
    "\n  mutation AdminUpdateMaintenance($input: UpdateMaintenanceRecordInput!) {\n    updateMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n": typeof types.AdminUpdateMaintenanceDocument,
    "\n  mutation AdminDeleteMaintenance($input: DeleteMaintenanceRecordInput!) {\n    deleteMaintenanceRecord(input: $input) { deletedId errors { code message field } }\n  }\n": typeof types.AdminDeleteMaintenanceDocument,
    "\n  fragment AdminSupportMessage on SupportMessage { id name email subject body status reply repliedAt createdAt }\n": typeof types.AdminSupportMessageFragmentDoc,
    "\n  query AdminSupport($first: Int, $after: String, $status: SupportMessageStatus, $search: String) {\n    supportMessages(first: $first, after: $after, status: $status, search: $search) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSupportMessage }\n    }\n  }\n": typeof types.AdminSupportDocument,
    "\n  mutation AdminReplySupport($input: ReplySupportMessageInput!) {\n    replySupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n": typeof types.AdminReplySupportDocument,
    "\n  mutation AdminCloseSupport($input: SupportMessageInput!) {\n    closeSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n": typeof types.AdminCloseSupportDocument,
    "\n  mutation AdminReopenSupport($input: SupportMessageInput!) {\n    reopenSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n": typeof types.AdminReopenSupportDocument,
    "\n  fragment AdminSettings on PlatformSettings {\n    registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount currency }\n    pointsPerKwh messageLogRetentionDays updatedAt\n  }\n": typeof types.AdminSettingsFragmentDoc,
    "\n  query AdminSettings { platformSettings { ...AdminSettings } platform { publicUrl ocppUrl } }\n": typeof types.AdminSettingsDocument,
    "\n  mutation AdminUpdateSettings($input: UpdatePlatformSettingsInput!) {\n    updatePlatformSettings(input: $input) { settings { ...AdminSettings } errors { code message field } }\n  }\n": typeof types.AdminUpdateSettingsDocument,
    "\n  fragment AdminApiKey on ApiKey { id name prefix scope createdAt lastUsedAt revokedAt revoked }\n": typeof types.AdminApiKeyFragmentDoc,
    "\n  query AdminApiKeys { me { id apiKeys(includeRevoked: true, first: 100) { totalCount nodes { ...AdminApiKey } } } }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { ...AdminApiKey } secret errors { code message field } }\n  }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { ...AdminApiKey } errors { code message field } }\n  }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  fragment AdminUserFields on User { id email name phone role disabled emailVerified createdAt lastLoginAt deleted }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role, $disabled: Boolean, $orderBy: UserOrder) {\n    users(first: $first, after: $after, search: $search, role: $role, disabled: $disabled, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminUserFields wallet { balance { amount currency } } }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n      idTags(first: 100) { nodes { id idTag kind status expiresAt label } }\n      vehicles(first: 100) { nodes { id brand model batteryKwh plateNumber nickname } }\n      chargingSessions(first: 50) { totalCount nodes { id transactionId connectorId idTag status startedAt stoppedAt energyWh totalCost { amount currency } stopReason } }\n    }\n    userWallet(userId: $id) {\n      balance { amount currency } debt { amount currency }\n      transactions(first: 50) { totalCount nodes { id kind amount { amount currency } balanceAfter { amount currency } memo reason createdAt sessionId } }\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation AdminCreateUser($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: AdminUpdateUserInput!) { adminUpdateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminSetUserRole($input: AdminSetUserRoleInput!) { adminSetUserRole(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": typeof types.AdminSetUserRoleDocument,
    "\n  mutation AdminSetUserDisabled($input: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": typeof types.AdminSetUserDisabledDocument,
    "\n  mutation AdminAdjustWallet($input: AdjustWalletInput!) {\n    adjustWallet(input: $input) { wallet { balance { amount currency } } errors { code message field } }\n  }\n": typeof types.AdminAdjustWalletDocument,
    "\n  fragment AdminTariff on Tariff {\n    id name description currency taxRate idleGraceMinutes isDefault active\n    pricePerKwh { amount currency } pricePerMinute { amount currency } idleFeePerMinute { amount currency }\n    sessionFee { amount currency } minCharge { amount currency } maxCharge { amount currency } reservationFee { amount currency }\n  }\n": typeof types.AdminTariffFragmentDoc,
    "\n  query AdminTariffs($first: Int) { tariffs(includeInactive: true, first: $first) { totalCount nodes { ...AdminTariff } } }\n": typeof types.AdminTariffsDocument,
    "\n  mutation AdminCreateTariff($input: CreateTariffInput!) { createTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": typeof types.AdminCreateTariffDocument,
    "\n  mutation AdminUpdateTariff($input: UpdateTariffInput!) { updateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": typeof types.AdminUpdateTariffDocument,
    "\n  mutation AdminSetDefaultTariff($input: TariffIdInput!) { setDefaultTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": typeof types.AdminSetDefaultTariffDocument,
    "\n  mutation AdminDeactivateTariff($input: TariffIdInput!) { deactivateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": typeof types.AdminDeactivateTariffDocument,
    "\n  fragment AdminPlan on MembershipPlan { id name description monthlyPrice { amount currency } discountPerKwh { amount currency } includedKwh active createdAt }\n": typeof types.AdminPlanFragmentDoc,
    "\n  query AdminPlans($first: Int) { membershipPlans(includeInactive: true, first: $first) { totalCount nodes { ...AdminPlan } } }\n": typeof types.AdminPlansDocument,
    "\n  mutation AdminCreatePlan($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n": typeof types.AdminCreatePlanDocument,
    "\n  mutation AdminUpdatePlan($input: UpdateMembershipPlanInput!) { updateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n": typeof types.AdminUpdatePlanDocument,
    "\n  mutation AdminDeactivatePlan($input: MembershipPlanIdInput!) { deactivateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n": typeof types.AdminDeactivatePlanDocument,
    "\n  fragment AdminReward on RewardItem { id name description points category kind freeKwh discount { amount currency } stock inStock imageUrl active }\n": typeof types.AdminRewardFragmentDoc,
    "\n  query AdminRewards($first: Int) { rewardCatalog(includeInactive: true, first: $first) { totalCount nodes { ...AdminReward } } }\n": typeof types.AdminRewardsDocument,
    "\n  mutation AdminCreateReward($input: CreateRewardItemInput!) { createRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n": typeof types.AdminCreateRewardDocument,
    "\n  mutation AdminUpdateReward($input: UpdateRewardItemInput!) { updateRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n": typeof types.AdminUpdateRewardDocument,
    "\n  mutation AdminDeleteReward($input: RewardItemIdInput!) { deleteRewardItem(input: $input) { item { id } errors { code message field } } }\n": typeof types.AdminDeleteRewardDocument,
    "\n  query AdminAuditLog($first: Int, $after: String, $filter: AuditLogFilter, $orderBy: AuditOrder) {\n    auditLog(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id createdAt action targetType targetId details actor { id email name } }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminAuditActors { users(role: ADMIN, first: 100) { nodes { id email name } } }\n": typeof types.AdminAuditActorsDocument,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      tokens { accessToken refreshToken }\n      user { id email name role }\n      errors { code message field }\n    }\n  }\n": typeof types.AdminLoginDocument,
    "\n  mutation AdminRefresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      tokens { accessToken refreshToken }\n      errors { code message field }\n    }\n  }\n": typeof types.AdminRefreshDocument,
    "\n  mutation AdminLogout($input: LogoutInput!) {\n    logout(input: $input) { revokedSessions errors { code message field } }\n  }\n": typeof types.AdminLogoutDocument,
    "\n  fragment AdminChargerFields on Charger {\n    id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved\n    availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion maxPowerKw ocppVersion\n    connectors { id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw phases statusAt }\n  }\n": typeof types.AdminChargerFieldsFragmentDoc,
    "\n  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String, $connectorStatus: String, $orderBy: ChargerOrder) {\n    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city, connectorStatus: $connectorStatus, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminChargerFields }\n    }\n  }\n": typeof types.AdminChargersDocument,
    "\n  subscription AdminChargerStatus($chargerId: ID) {\n    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }\n  }\n": typeof types.AdminChargerStatusDocument,
    "\n  query AdminCharger($chargePointId: String!) {\n    chargerByChargePointId(chargePointId: $chargePointId) {\n      ...AdminChargerFields description latitude longitude nodeId connectedAt isPublic state postcode tariffId siteId\n    }\n  }\n": typeof types.AdminChargerDocument,
    "\n  query AdminChargerExtras($chargerId: ID!) {\n    chargerConfiguration(chargerId: $chargerId) { key value readonly }\n    firmwareJobs(chargerId: $chargerId) { id status location createdAt }\n    diagnosticsJobs(chargerId: $chargerId) { id status location fileName createdAt }\n    reservations(chargerId: $chargerId, first: 50) { totalCount nodes { id reservationId connectorId idTag expiresAt status } }\n    chargingProfiles(chargerId: $chargerId) { id chargingProfileId connectorId purpose stackLevel status schedule }\n    stationReports(chargerId: $chargerId, first: 20) { id kind evseId requestId transactionId payload receivedAt }\n  }\n": typeof types.AdminChargerExtrasDocument,
    "\n  mutation AdminRegisterCharger($input: RegisterChargerInput!) {\n    registerCharger(input: $input) {\n      charger { ...AdminChargerFields }\n      authorizationKey\n      errors { code message field }\n    }\n  }\n": typeof types.AdminRegisterChargerDocument,
    "\n  mutation AdminApproveCharger($input: ApproveChargerInput!) {\n    approveCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey keyDelivery bootTrigger errors { code message field } }\n  }\n": typeof types.AdminApproveChargerDocument,
    "\n  mutation AdminUpdateCharger($input: UpdateChargerInput!) {\n    updateCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey errors { code message field } }\n  }\n": typeof types.AdminUpdateChargerDocument,
    "\n  query AdminChargerDriverPreview($id: ID!) {\n    chargerDriverPreview(id: $id) {\n      hiddenBecause notes\n      station {\n        chargePointId name address city latitude longitude online available maxPowerKw\n        tariff { name free pricePerKwh { amount currency } pricePerMinute { amount currency } sessionFee { amount currency } }\n        connectors { connectorId status type maxPowerKw }\n      }\n    }\n  }\n": typeof types.AdminChargerDriverPreviewDocument,
    "\n  mutation AdminImportChargers($input: ImportChargersInput!) {\n    importChargers(input: $input) {\n      chargers { id chargePointId }\n      keys { chargePointId authorizationKey }\n      rowErrors { row field message }\n      errors { code message field }\n    }\n  }\n": typeof types.AdminImportChargersDocument,
    "\n  query AdminTariffChoices { tariffs(includeInactive: false, first: 100) { nodes { id name } } }\n": typeof types.AdminTariffChoicesDocument,
    "\n  mutation AdminRawOcppCommand($input: RawOcppCommandInput!) {\n    sendRawOcppCommand(input: $input) { status response errors { code message field } }\n  }\n": typeof types.AdminRawOcppCommandDocument,
    "\n  query AdminIdTags($search: String, $status: IdTagStatus, $orderBy: IdTagOrder, $first: Int, $after: String) {\n    adminIdTags(search: $search, status: $status, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id idTag kind status label expiresAt parentIdTag blockedByAdmin ownerId ownerEmail ownerName createdAt }\n    }\n  }\n": typeof types.AdminIdTagsDocument,
    "\n  mutation AdminCreateIdTag($input: CreateIdTagInput!) {\n    createIdTag(input: $input) { idTag { id idTag } errors { code message field } }\n  }\n": typeof types.AdminCreateIdTagDocument,
    "\n  mutation AdminUpdateIdTag($input: UpdateIdTagInput!) {\n    updateIdTag(input: $input) { idTag { id idTag status expiresAt parentIdTag ownerEmail label } errors { code message field } }\n  }\n": typeof types.AdminUpdateIdTagDocument,
    "\n  query AdminSites($search: String, $orderBy: SiteOrder, $first: Int, $after: String) {\n    sites(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name description address city state postcode latitude longitude chargerCount }\n    }\n  }\n": typeof types.AdminSitesDocument,
    "\n  query AdminSite($id: ID!) {\n    site(id: $id) {\n      site { id name description address city state postcode latitude longitude chargerCount }\n      chargers { id chargePointId name online isPublic registrationStatus }\n      driverPreviews { notes station { chargePointId } }\n      driverView {\n        availableNow pricePerKwhFrom { amount currency } pricePerKwhTo { amount currency }\n        stations { chargePointId name address city latitude longitude online operative available\n          tariff { name free pricePerKwh { amount currency } pricePerMinute { amount } sessionFee { amount } }\n          connectors { connectorId availability type maxPowerKw } }\n        hidden { chargePointId name reasons }\n      }\n    }\n  }\n": typeof types.AdminSiteDocument,
    "\n  mutation AdminCreateSite($input: SiteInput!) { createSite(input: $input) { site { id name } errors { code message field } } }\n": typeof types.AdminCreateSiteDocument,
    "\n  mutation AdminUpdateSite($input: UpdateSiteInput!) { updateSite(input: $input) { site { id name } errors { code message field } } }\n": typeof types.AdminUpdateSiteDocument,
    "\n  query AdminCustomerInformationRequests($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    customerInformationRequests(chargerId: $chargerId) {\n      id requestId status report clear subject idToken customerIdentifier certificateSerialNumber data parts generatedAt requestedAt completedAt\n    }\n  }\n": typeof types.AdminCustomerInformationRequestsDocument,
    "\n  mutation AdminAskCustomerInformation($input: CustomerInformationInput!) {\n    customerInformation(input: $input) { status response errors { code message field } }\n  }\n": typeof types.AdminAskCustomerInformationDocument,
    "\n  fragment AdminDashboardStats on DashboardStats {\n    chargersTotal chargersOnline chargersOffline chargersCharging chargersFaulted sessionsActive powerW energyTodayWh\n    revenueToday { amount currency } openFaults timestamp\n  }\n": typeof types.AdminDashboardStatsFragmentDoc,
    "\n  query AdminDashboard($days: Int!) {\n    dashboardStats { ...AdminDashboardStats }\n    dailyStats(days: $days) { date sessions energyKwh revenue { amount currency } }\n    connectorStatusBreakdown { status count }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  subscription AdminDashboardLive { dashboardStats { ...AdminDashboardStats } }\n": typeof types.AdminDashboardLiveDocument,
    "\n  query AdminDeviceModel($chargerId: ID!, $component: String, $variable: String) {\n    charger(id: $chargerId) { id ocppVersion }\n    chargerDeviceModel(chargerId: $chargerId, component: $component, variable: $variable) {\n      reports { id requestId kind status parts requestedAt completedAt }\n      variables { component componentInstance evseId connectorId variable variableInstance attributeType\n        value mutability dataType unit minLimit maxLimit valuesList updatedAt }\n    }\n  }\n": typeof types.AdminDeviceModelDocument,
    "\n  mutation AdminGetBaseReport($input: GetBaseReportInput!) {\n    getBaseReport(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminGetBaseReportDocument,
    "\n  mutation AdminSetDeviceVariable($input: SetDeviceVariableInput!) {\n    setDeviceVariable(input: $input) { status response errors { code message field } }\n  }\n": typeof types.AdminSetDeviceVariableDocument,
    "\n  mutation AdminSetNetworkProfile($input: SetNetworkProfileInput!) {\n    setNetworkProfile(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminSetNetworkProfileDocument,
    "\n  query AdminDisplayMessages($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    displayMessages(chargerId: $chargerId) { id messageId priority state startAt endAt transactionId format language content status updatedAt }\n  }\n": typeof types.AdminDisplayMessagesDocument,
    "\n  mutation AdminSetDisplayMessage($input: SetDisplayMessageInput!) {\n    setDisplayMessage(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminSetDisplayMessageDocument,
    "\n  mutation AdminGetDisplayMessages($input: GetDisplayMessagesInput!) {\n    getDisplayMessages(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminGetDisplayMessagesDocument,
    "\n  mutation AdminClearDisplayMessage($input: ClearDisplayMessageInput!) {\n    clearDisplayMessage(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminClearDisplayMessageDocument,
    "\n  fragment AdminFleetJob on FleetJob { id action payload selection status stage stageSize autoContinue createdAt finishedAt total counts }\n": typeof types.AdminFleetJobFragmentDoc,
    "\n  query AdminFleetJobs($status: FleetJobStatus, $action: FleetAction, $orderBy: FleetJobOrder, $first: Int, $after: String) {\n    fleetJobs(status: $status, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFleetJob }\n    }\n  }\n": typeof types.AdminFleetJobsDocument,
    "\n  query AdminFleetJob($id: ID!) {\n    fleetJob(id: $id) { ...AdminFleetJob targets { id chargerId chargePointId stage status answer error latencyMs firmwareHistory updatedAt } }\n  }\n": typeof types.AdminFleetJobDocument,
    "\n  mutation AdminStartFleetJob($input: StartFleetJobInput!) {\n    startFleetJob(input: $input) { fleetJob { ...AdminFleetJob } errors { code message field } }\n  }\n": typeof types.AdminStartFleetJobDocument,
    "\n  mutation AdminContinueFleetJob($id: ID!) { continueFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n": typeof types.AdminContinueFleetJobDocument,
    "\n  mutation AdminCancelFleetJob($id: ID!) { cancelFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n": typeof types.AdminCancelFleetJobDocument,
    "\n  subscription AdminFleetJobUpdates($id: ID) { fleetJobUpdates(id: $id) { jobId targetId chargerId status jobStatus stage } }\n": typeof types.AdminFleetJobUpdatesDocument,
    "\n  query AdminConnectionEvents($chargerId: ID, $chargePointId: String, $kind: String, $reason: String, $orderBy: ConnectionEventOrder, $first: Int, $after: String) {\n    connectionEvents(chargerId: $chargerId, chargePointId: $chargePointId, kind: $kind, reason: $reason, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n    }\n  }\n": typeof types.AdminConnectionEventsDocument,
    "\n  query AdminConnectionSummary($chargerId: ID!) {\n    chargerConnectionSummary(chargerId: $chargerId) {\n      lastConnect { at remoteAddress detail }\n      lastDisconnect { at reason reasonText code detail }\n      lastRefusal { at reason reasonText remoteAddress }\n    }\n  }\n": typeof types.AdminConnectionSummaryDocument,
    "\n  subscription AdminConnectionEventsLive($chargerId: ID) {\n    connectionEvents(chargerId: $chargerId) { chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n  }\n": typeof types.AdminConnectionEventsLiveDocument,
    "\n  query AdminOcppCommands($chargerId: ID, $action: String, $orderBy: OcppCommandOrder, $first: Int, $after: String) {\n    ocppCommands(chargerId: $chargerId, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id chargerId chargePointId action request response status error sentBy apiKeyName origin latencyMs outcome outcomeDeadline sessionId transactionId createdAt }\n    }\n  }\n": typeof types.AdminOcppCommandsDocument,
    "\n  subscription AdminOcppCommandUpdates($chargerId: ID) { ocppCommandUpdates(chargerId: $chargerId) { commandId chargePointId action status } }\n": typeof types.AdminOcppCommandUpdatesDocument,
    "\n  query AdminIdTagSearch($text: String!) { idTagSearch(text: $text, first: 10) { idTag status kind label userEmail userName } }\n": typeof types.AdminIdTagSearchDocument,
    "\n  query AdminSiteLoad($siteId: ID!) {\n    siteLoad(siteId: $siteId) {\n      enabled voltage staleAfterSeconds otherL1A otherL2A otherL3A otherAt warning meterError\n      nodes { id parentId kind name chargerId connectorId limitL1A limitL2A limitL3A phaseRotation\n        windowFrom windowTo windowLimitA rejectsProfiles }\n      allocation { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n        nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n    }\n  }\n": typeof types.AdminSiteLoadDocument,
    "\n  subscription AdminSiteLoadAllocation($siteId: ID!) {\n    siteLoadAllocation(siteId: $siteId) { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n      nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n  }\n": typeof types.AdminSiteLoadAllocationDocument,
    "\n  mutation AdminAddCapacityNode($input: CapacityNodeInput!) {\n    addCapacityNode(input: $input) { node { id } errors { code message field } }\n  }\n": typeof types.AdminAddCapacityNodeDocument,
    "\n  mutation AdminRemoveCapacityNode($id: ID!) {\n    removeCapacityNode(id: $id) { siteLoad { enabled } errors { code message field } }\n  }\n": typeof types.AdminRemoveCapacityNodeDocument,
    "\n  query AdminSiteLoadHistory($siteId: ID!, $first: Int, $after: String) {\n    siteLoadHistory(siteId: $siteId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id at chargePointId connectorId transactionId oldLimitA newLimitA unit reason answer }\n    }\n  }\n": typeof types.AdminSiteLoadHistoryDocument,
    "\n  query AdminDeviceEvents($chargerId: ID!) {\n    chargerDeviceEvents(chargerId: $chargerId) { eventId at trigger actualValue notificationType component componentInstance\n      evseId connectorId variable variableInstance techCode techInfo cleared transactionId variableMonitoringId }\n  }\n": typeof types.AdminDeviceEventsDocument,
    "\n  query AdminVariableMonitors($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    variableMonitors(chargerId: $chargerId) { monitorId component componentInstance evseId connectorId variable variableInstance type value severity transaction }\n  }\n": typeof types.AdminVariableMonitorsDocument,
    "\n  mutation AdminSetVariableMonitoring($input: SetVariableMonitoringInput!) {\n    setVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminSetVariableMonitoringDocument,
    "\n  mutation AdminClearVariableMonitoring($input: ClearVariableMonitoringInput!) {\n    clearVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminClearVariableMonitoringDocument,
    "\n  mutation AdminSetMonitoringBase($input: SetMonitoringBaseInput!) {\n    setMonitoringBase(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminSetMonitoringBaseDocument,
    "\n  mutation AdminSetMonitoringLevel($input: SetMonitoringLevelInput!) {\n    setMonitoringLevel(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminSetMonitoringLevelDocument,
    "\n  mutation AdminGetMonitoringReport($input: GetMonitoringReportInput!) {\n    getMonitoringReport(input: $input) { status errors { code message field } }\n  }\n": typeof types.AdminGetMonitoringReportDocument,
    "\n  fragment AdminOcppCommandResult on OcppCommandPayload { status response errors { code message field } }\n": typeof types.AdminOcppCommandResultFragmentDoc,
    "\n  mutation AdminOcppRemoteStartTransaction($input: RemoteStartTransactionInput!) { remoteStartTransaction(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppRemoteStartTransactionDocument,
    "\n  mutation AdminOcppRemoteStopTransaction($input: RemoteStopTransactionInput!) { remoteStopTransaction(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppRemoteStopTransactionDocument,
    "\n  mutation AdminOcppReset($input: ResetChargerInput!) { resetCharger(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppResetDocument,
    "\n  mutation AdminOcppUnlockConnector($input: UnlockConnectorInput!) { unlockConnector(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppUnlockConnectorDocument,
    "\n  mutation AdminOcppChangeAvailability($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppChangeAvailabilityDocument,
    "\n  mutation AdminOcppGetConfiguration($input: GetConfigurationInput!) { getConfiguration(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetConfigurationDocument,
    "\n  mutation AdminOcppChangeConfiguration($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppChangeConfigurationDocument,
    "\n  mutation AdminOcppClearCache($input: ChargerCommandInput!) { clearCache(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppClearCacheDocument,
    "\n  mutation AdminOcppDataTransfer($input: DataTransferInput!) { dataTransfer(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppDataTransferDocument,
    "\n  mutation AdminOcppGetDiagnostics($input: GetDiagnosticsInput!) { getDiagnostics(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetDiagnosticsDocument,
    "\n  mutation AdminOcppUpdateFirmware($input: UpdateFirmwareInput!) { updateFirmware(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppUpdateFirmwareDocument,
    "\n  mutation AdminOcppGetLocalListVersion($input: ChargerCommandInput!) { getLocalListVersion(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetLocalListVersionDocument,
    "\n  mutation AdminOcppSendLocalList($input: SendLocalListInput!) { sendLocalList(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppSendLocalListDocument,
    "\n  mutation AdminOcppReserveNow($input: ReserveNowInput!) { reserveNow(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppReserveNowDocument,
    "\n  mutation AdminOcppCancelReservation($input: AdminCancelReservationInput!) { cancelChargerReservation(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppCancelReservationDocument,
    "\n  mutation AdminOcppSetChargingProfile($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppSetChargingProfileDocument,
    "\n  mutation AdminOcppClearChargingProfile($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppClearChargingProfileDocument,
    "\n  mutation AdminOcppGetCompositeSchedule($input: GetCompositeScheduleInput!) { getCompositeSchedule(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetCompositeScheduleDocument,
    "\n  mutation AdminOcppGetChargingProfiles($input: GetChargingProfilesInput!) { getChargingProfiles(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetChargingProfilesDocument,
    "\n  mutation AdminOcppGetTransactionStatus($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetTransactionStatusDocument,
    "\n  mutation AdminOcppTriggerMessage($input: TriggerMessageInput!) { triggerMessage(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppTriggerMessageDocument,
    "\n  mutation AdminOcppExtendedTriggerMessage($input: ExtendedTriggerMessageInput!) { extendedTriggerMessage(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppExtendedTriggerMessageDocument,
    "\n  mutation AdminOcppInstallCertificate($input: InstallCertificateInput!) { installCertificate(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppInstallCertificateDocument,
    "\n  mutation AdminOcppGetInstalledCertificateIds($input: GetInstalledCertificateIdsInput!) { getInstalledCertificateIds(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetInstalledCertificateIdsDocument,
    "\n  mutation AdminOcppDeleteCertificate($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppDeleteCertificateDocument,
    "\n  mutation AdminOcppGetLog($input: GetLogInput!) { getLog(input: $input) { ...AdminOcppCommandResult } }\n": typeof types.AdminOcppGetLogDocument,
    "\n  query AdminOcppMessages($first: Int, $after: String, $chargePointId: String, $action: String, $direction: String, $messageType: Int, $uniqueId: String) {\n    ocppMessages(first: $first, after: $after, chargePointId: $chargePointId, action: $action, direction: $direction, messageType: $messageType, uniqueId: $uniqueId) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargePointId direction messageType action uniqueId payload errorCode latencyMs createdAt }\n    }\n  }\n": typeof types.AdminOcppMessagesDocument,
    "\n  subscription AdminOcppLog($chargerId: ID) {\n    ocppMessages(chargerId: $chargerId) { chargePointId direction messageType action uniqueId payload errorCode latencyMs timestamp }\n  }\n": typeof types.AdminOcppLogDocument,
    "\n  query AdminTopUpReconciliation($first: Int!) {\n    topUpReconciliation(first: $first) {\n      userId gatewayState gatewayTime flag flaggedAt\n      topUp { id status amount { amount currency } method provider createdAt completedAt failureReason }\n      events { eventId type gatewayTime sequence receivedAt outcome error }\n    }\n  }\n": typeof types.AdminTopUpReconciliationDocument,
    "\n  mutation AdminSandboxCheckoutLink($input: CreateSandboxCheckoutLinkInput!) {\n    createSandboxCheckoutLink(input: $input) { url expiresAt errors { code message field } }\n  }\n": typeof types.AdminSandboxCheckoutLinkDocument,
    "\n  mutation AdminReverseTopUpCredit($input: ReverseTopUpCreditInput!) {\n    reverseTopUpCredit(input: $input) { topUp { id status failureReason } errors { code message field } }\n  }\n": typeof types.AdminReverseTopUpCreditDocument,
    "\n  query AdminPlatform {\n    platform { name version environment currency publicUrl ocppUrl }\n  }\n": typeof types.AdminPlatformDocument,
    "\n  query AdminRoamingPartners {\n    ocpiPartners { id name state versionsUrl version countryCode partyId lastError updatedAt endpoints { identifier role url } }\n    ocpiOwnEndpoints { identifier role url }\n  }\n": typeof types.AdminRoamingPartnersDocument,
    "\n  query AdminRoamingCalls($id: ID!, $first: Int) {\n    ocpiPartnerCalls(id: $id, first: $first) { id direction method url httpStatus ocpiStatus message durationMs at }\n  }\n": typeof types.AdminRoamingCallsDocument,
    "\n  query AdminRoamingSettlement($partnerId: ID!, $dateFrom: DateTime!, $dateTo: DateTime!) {\n    roamingSettlement(partnerId: $partnerId, dateFrom: $dateFrom, dateTo: $dateTo) {\n      partner\n      emsp { sessions energyKwh amount { amount currency } }\n      cpo { sessions energyKwh amount { amount currency } }\n      net { amount currency }\n      lines { direction reference endedAt energyKwh amount { amount currency } status }\n      mismatches { direction reference problem }\n      csv\n      pdfBase64\n    }\n  }\n": typeof types.AdminRoamingSettlementDocument,
    "\n  mutation AdminInviteOcpiPartner($name: String!) {\n    inviteOcpiPartner(name: $name) { tokenA versionsUrl partner { id } errors { code message field } }\n  }\n": typeof types.AdminInviteOcpiPartnerDocument,
    "\n  mutation AdminRegisterOcpiPartner($input: RegisterOcpiPartnerInput!) {\n    registerOcpiPartner(input: $input) { partner { id state } errors { code message field } }\n  }\n": typeof types.AdminRegisterOcpiPartnerDocument,
    "\n  mutation AdminPullOcpiPartner($id: ID!) {\n    pullOcpiPartner(id: $id) { locations tariffs pages refused errors { code message field } }\n  }\n": typeof types.AdminPullOcpiPartnerDocument,
    "\n  mutation AdminRotateOcpiCredentials($id: ID!) {\n    rotateOcpiCredentials(id: $id) { partner { id state } errors { code message field } }\n  }\n": typeof types.AdminRotateOcpiCredentialsDocument,
    "\n  mutation AdminUnregisterOcpiPartner($id: ID!) {\n    unregisterOcpiPartner(id: $id) { partner { id state } errors { code message field } }\n  }\n": typeof types.AdminUnregisterOcpiPartnerDocument,
    "\n  query AdminChargerSecurity($chargerId: ID!) {\n    chargerSecurity(chargerId: $chargerId) {\n      events { id type occurredAt techInfo critical alert receivedAt }\n      certificates { id source certificateType hashAlgorithm issuerNameHash issuerKeyHash serialNumber subject notAfter expiresSoon }\n      logRequests { id requestId logType location fileName status createdAt history { status at } }\n    }\n  }\n": typeof types.AdminChargerSecurityDocument,
    "\n  query AdminExpiringChargerCertificates {\n    expiringChargerCertificates { chargerId chargePointId serialNumber notAfter }\n  }\n": typeof types.AdminExpiringChargerCertificatesDocument,
    "\n  mutation AdminRaiseSecurityProfile($input: RaiseSecurityProfileInput!) {\n    raiseSecurityProfile(input: $input) { status steps { action status } errors { code message field } }\n  }\n": typeof types.AdminRaiseSecurityProfileDocument,
    "\n  fragment AdminSessionRow on AdminChargingSession {\n    id transactionId status connectorId chargePointId idTag startedAt stoppedAt energyWh powerW billed flags stopReason startSource\n    cost { amount currency }\n    user { id email name }\n  }\n": typeof types.AdminSessionRowFragmentDoc,
    "\n  query AdminSessions($first: Int, $after: String, $filter: ChargingSessionFilter, $orderBy: ChargingSessionOrder) {\n    chargingSessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSessionRow }\n    }\n  }\n": typeof types.AdminSessionsDocument,
    "\n  query AdminSession($id: ID!) {\n    adminChargingSession(id: $id) {\n      ...AdminSessionRow\n      soc lastMeterAt meterStartWh startedBy { id email name } startedByApiKeyId\n      costSoFar { amount currency }\n      charger { id chargePointId name }\n      costLines { code description quantity unit quantityText amount { amount currency } }\n      receipt { id number issuedAt total { amount currency } pdfUrl }\n      meterSamples { timestamp energyWh powerW soc }\n      evChargingNeeds { requestedEnergyTransfer departureTime energyAmountWh }\n    }\n  }\n": typeof types.AdminSessionDocument,
    "\n  query AdminSessionCost($id: ID!) {\n    adminChargingSession(id: $id) { id costSoFar { amount currency } }\n  }\n": typeof types.AdminSessionCostDocument,
    "\n  subscription AdminSessionProgress($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) { sessionId status energyWh powerW soc costSoFar currency timestamp lagged }\n  }\n": typeof types.AdminSessionProgressDocument,
    "\n  subscription AdminSessionMeter($sessionId: ID) {\n    meterValues(sessionId: $sessionId) { sessionId timestamp energyWh powerW soc lagged }\n  }\n": typeof types.AdminSessionMeterDocument,
    "\n  mutation AdminStopCharging($input: StopChargingInput!) {\n    stopCharging(input: $input) { session { id status } errors { code message field } }\n  }\n": typeof types.AdminStopChargingDocument,
    "\n  query AdminMeterValues($chargerId: ID!, $since: DateTime!, $until: DateTime, $measurand: String, $limit: Int!) {\n    meterValues(chargerId: $chargerId, since: $since, until: $until, measurand: $measurand, limit: $limit) {\n      id timestamp connectorId transactionId measurand phase unit rawValue value\n    }\n  }\n": typeof types.AdminMeterValuesDocument,
    "\n  query AdminInvoiceSummary($from: DateTime!, $to: DateTime!, $groupBy: InvoiceGrouping!) {\n    invoiceSummary(from: $from, to: $to, groupBy: $groupBy) {\n      sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency }\n      rows { key sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency } }\n    }\n  }\n": typeof types.AdminInvoiceSummaryDocument,
    "\n  query AdminCompletedSessions($from: DateTime, $to: DateTime, $orderBy: ChargingSessionOrder, $first: Int, $after: String) {\n    completedSessions(from: $from, to: $to, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id transactionId status connectorId startedAt stoppedAt energyWh cost { amount currency } receiptId }\n    }\n  }\n": typeof types.AdminCompletedSessionsDocument,
    "\n  query AdminCompletedSessionsCsv($from: DateTime!, $to: DateTime!) {\n    completedSessionsCsv(from: $from, to: $to) { filename contentType content }\n  }\n": typeof types.AdminCompletedSessionsCsvDocument,
    "\n  query AdminReceipt($id: ID!) {\n    receipt(id: $id) { id number issuedAt total { amount currency } pdfUrl }\n  }\n": typeof types.AdminReceiptDocument,
    "\n  mutation AdminCloseChargingSession($input: CloseChargingSessionInput!) {\n    closeChargingSession(input: $input) { session { id status } errors { code message field } }\n  }\n": typeof types.AdminCloseChargingSessionDocument,
};
const documents: Documents = {
    "\n  query ChargerCases($chargerId: ID!) {\n    faults(chargerId: $chargerId, status: \"open\", first: 20) { nodes { id connectorId errorCode info status openedAt } }\n    problemReports(chargerId: $chargerId, first: 20) {\n      nodes { id connectorId category note status hasPhoto photoUrl createdAt closedAt resolution }\n    }\n  }\n": types.ChargerCasesDocument,
    "\n  mutation CloseProblemReport($input: CloseProblemReportInput!) {\n    closeProblemReport(input: $input) { report { id status resolution closedAt } errors { code message field } }\n  }\n": types.CloseProblemReportDocument,
    "\n  fragment AdminFault on Fault {\n    id connectorId errorCode info vendorErrorCode status openedAt acknowledgedAt resolvedAt notes\n    charger { id chargePointId }\n  }\n": types.AdminFaultFragmentDoc,
    "\n  query AdminFaults($first: Int, $after: String, $status: String, $orderBy: FaultOrder) {\n    faults(first: $first, after: $after, status: $status, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFault }\n    }\n  }\n": types.AdminFaultsDocument,
    "\n  subscription AdminFaultLive { faults { faultId chargePointId status errorCode timestamp } }\n": types.AdminFaultLiveDocument,
    "\n  mutation AdminAckFault($input: FaultNoteInput!) { acknowledgeFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n": types.AdminAckFaultDocument,
    "\n  mutation AdminResolveFault($input: FaultNoteInput!) { resolveFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n": types.AdminResolveFaultDocument,
    "\n  fragment AdminMaintenance on MaintenanceRecord {\n    id kind technician scheduledAt startedAt completedAt notes status createdAt charger { id chargePointId }\n  }\n": types.AdminMaintenanceFragmentDoc,
    "\n  query AdminMaintenance($first: Int, $after: String, $status: MaintenanceStatus) {\n    maintenanceRecords(first: $first, after: $after, status: $status) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminMaintenance }\n    }\n  }\n": types.AdminMaintenanceDocument,
    "\n  mutation AdminCreateMaintenance($input: CreateMaintenanceRecordInput!) {\n    createMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n": types.AdminCreateMaintenanceDocument,
    "\n  mutation AdminUpdateMaintenance($input: UpdateMaintenanceRecordInput!) {\n    updateMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n": types.AdminUpdateMaintenanceDocument,
    "\n  mutation AdminDeleteMaintenance($input: DeleteMaintenanceRecordInput!) {\n    deleteMaintenanceRecord(input: $input) { deletedId errors { code message field } }\n  }\n": types.AdminDeleteMaintenanceDocument,
    "\n  fragment AdminSupportMessage on SupportMessage { id name email subject body status reply repliedAt createdAt }\n": types.AdminSupportMessageFragmentDoc,
    "\n  query AdminSupport($first: Int, $after: String, $status: SupportMessageStatus, $search: String) {\n    supportMessages(first: $first, after: $after, status: $status, search: $search) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSupportMessage }\n    }\n  }\n": types.AdminSupportDocument,
    "\n  mutation AdminReplySupport($input: ReplySupportMessageInput!) {\n    replySupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n": types.AdminReplySupportDocument,
    "\n  mutation AdminCloseSupport($input: SupportMessageInput!) {\n    closeSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n": types.AdminCloseSupportDocument,
    "\n  mutation AdminReopenSupport($input: SupportMessageInput!) {\n    reopenSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n": types.AdminReopenSupportDocument,
    "\n  fragment AdminSettings on PlatformSettings {\n    registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount currency }\n    pointsPerKwh messageLogRetentionDays updatedAt\n  }\n": types.AdminSettingsFragmentDoc,
    "\n  query AdminSettings { platformSettings { ...AdminSettings } platform { publicUrl ocppUrl } }\n": types.AdminSettingsDocument,
    "\n  mutation AdminUpdateSettings($input: UpdatePlatformSettingsInput!) {\n    updatePlatformSettings(input: $input) { settings { ...AdminSettings } errors { code message field } }\n  }\n": types.AdminUpdateSettingsDocument,
    "\n  fragment AdminApiKey on ApiKey { id name prefix scope createdAt lastUsedAt revokedAt revoked }\n": types.AdminApiKeyFragmentDoc,
    "\n  query AdminApiKeys { me { id apiKeys(includeRevoked: true, first: 100) { totalCount nodes { ...AdminApiKey } } } }\n": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { ...AdminApiKey } secret errors { code message field } }\n  }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { ...AdminApiKey } errors { code message field } }\n  }\n": types.AdminRevokeApiKeyDocument,
    "\n  fragment AdminUserFields on User { id email name phone role disabled emailVerified createdAt lastLoginAt deleted }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role, $disabled: Boolean, $orderBy: UserOrder) {\n    users(first: $first, after: $after, search: $search, role: $role, disabled: $disabled, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminUserFields wallet { balance { amount currency } } }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n      idTags(first: 100) { nodes { id idTag kind status expiresAt label } }\n      vehicles(first: 100) { nodes { id brand model batteryKwh plateNumber nickname } }\n      chargingSessions(first: 50) { totalCount nodes { id transactionId connectorId idTag status startedAt stoppedAt energyWh totalCost { amount currency } stopReason } }\n    }\n    userWallet(userId: $id) {\n      balance { amount currency } debt { amount currency }\n      transactions(first: 50) { totalCount nodes { id kind amount { amount currency } balanceAfter { amount currency } memo reason createdAt sessionId } }\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation AdminCreateUser($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($input: AdminUpdateUserInput!) { adminUpdateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminSetUserRole($input: AdminSetUserRoleInput!) { adminSetUserRole(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": types.AdminSetUserRoleDocument,
    "\n  mutation AdminSetUserDisabled($input: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n": types.AdminSetUserDisabledDocument,
    "\n  mutation AdminAdjustWallet($input: AdjustWalletInput!) {\n    adjustWallet(input: $input) { wallet { balance { amount currency } } errors { code message field } }\n  }\n": types.AdminAdjustWalletDocument,
    "\n  fragment AdminTariff on Tariff {\n    id name description currency taxRate idleGraceMinutes isDefault active\n    pricePerKwh { amount currency } pricePerMinute { amount currency } idleFeePerMinute { amount currency }\n    sessionFee { amount currency } minCharge { amount currency } maxCharge { amount currency } reservationFee { amount currency }\n  }\n": types.AdminTariffFragmentDoc,
    "\n  query AdminTariffs($first: Int) { tariffs(includeInactive: true, first: $first) { totalCount nodes { ...AdminTariff } } }\n": types.AdminTariffsDocument,
    "\n  mutation AdminCreateTariff($input: CreateTariffInput!) { createTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": types.AdminCreateTariffDocument,
    "\n  mutation AdminUpdateTariff($input: UpdateTariffInput!) { updateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": types.AdminUpdateTariffDocument,
    "\n  mutation AdminSetDefaultTariff($input: TariffIdInput!) { setDefaultTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": types.AdminSetDefaultTariffDocument,
    "\n  mutation AdminDeactivateTariff($input: TariffIdInput!) { deactivateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n": types.AdminDeactivateTariffDocument,
    "\n  fragment AdminPlan on MembershipPlan { id name description monthlyPrice { amount currency } discountPerKwh { amount currency } includedKwh active createdAt }\n": types.AdminPlanFragmentDoc,
    "\n  query AdminPlans($first: Int) { membershipPlans(includeInactive: true, first: $first) { totalCount nodes { ...AdminPlan } } }\n": types.AdminPlansDocument,
    "\n  mutation AdminCreatePlan($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n": types.AdminCreatePlanDocument,
    "\n  mutation AdminUpdatePlan($input: UpdateMembershipPlanInput!) { updateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n": types.AdminUpdatePlanDocument,
    "\n  mutation AdminDeactivatePlan($input: MembershipPlanIdInput!) { deactivateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n": types.AdminDeactivatePlanDocument,
    "\n  fragment AdminReward on RewardItem { id name description points category kind freeKwh discount { amount currency } stock inStock imageUrl active }\n": types.AdminRewardFragmentDoc,
    "\n  query AdminRewards($first: Int) { rewardCatalog(includeInactive: true, first: $first) { totalCount nodes { ...AdminReward } } }\n": types.AdminRewardsDocument,
    "\n  mutation AdminCreateReward($input: CreateRewardItemInput!) { createRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n": types.AdminCreateRewardDocument,
    "\n  mutation AdminUpdateReward($input: UpdateRewardItemInput!) { updateRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n": types.AdminUpdateRewardDocument,
    "\n  mutation AdminDeleteReward($input: RewardItemIdInput!) { deleteRewardItem(input: $input) { item { id } errors { code message field } } }\n": types.AdminDeleteRewardDocument,
    "\n  query AdminAuditLog($first: Int, $after: String, $filter: AuditLogFilter, $orderBy: AuditOrder) {\n    auditLog(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id createdAt action targetType targetId details actor { id email name } }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminAuditActors { users(role: ADMIN, first: 100) { nodes { id email name } } }\n": types.AdminAuditActorsDocument,
    "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      tokens { accessToken refreshToken }\n      user { id email name role }\n      errors { code message field }\n    }\n  }\n": types.AdminLoginDocument,
    "\n  mutation AdminRefresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      tokens { accessToken refreshToken }\n      errors { code message field }\n    }\n  }\n": types.AdminRefreshDocument,
    "\n  mutation AdminLogout($input: LogoutInput!) {\n    logout(input: $input) { revokedSessions errors { code message field } }\n  }\n": types.AdminLogoutDocument,
    "\n  fragment AdminChargerFields on Charger {\n    id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved\n    availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion maxPowerKw ocppVersion\n    connectors { id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw phases statusAt }\n  }\n": types.AdminChargerFieldsFragmentDoc,
    "\n  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String, $connectorStatus: String, $orderBy: ChargerOrder) {\n    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city, connectorStatus: $connectorStatus, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminChargerFields }\n    }\n  }\n": types.AdminChargersDocument,
    "\n  subscription AdminChargerStatus($chargerId: ID) {\n    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }\n  }\n": types.AdminChargerStatusDocument,
    "\n  query AdminCharger($chargePointId: String!) {\n    chargerByChargePointId(chargePointId: $chargePointId) {\n      ...AdminChargerFields description latitude longitude nodeId connectedAt isPublic state postcode tariffId siteId\n    }\n  }\n": types.AdminChargerDocument,
    "\n  query AdminChargerExtras($chargerId: ID!) {\n    chargerConfiguration(chargerId: $chargerId) { key value readonly }\n    firmwareJobs(chargerId: $chargerId) { id status location createdAt }\n    diagnosticsJobs(chargerId: $chargerId) { id status location fileName createdAt }\n    reservations(chargerId: $chargerId, first: 50) { totalCount nodes { id reservationId connectorId idTag expiresAt status } }\n    chargingProfiles(chargerId: $chargerId) { id chargingProfileId connectorId purpose stackLevel status schedule }\n    stationReports(chargerId: $chargerId, first: 20) { id kind evseId requestId transactionId payload receivedAt }\n  }\n": types.AdminChargerExtrasDocument,
    "\n  mutation AdminRegisterCharger($input: RegisterChargerInput!) {\n    registerCharger(input: $input) {\n      charger { ...AdminChargerFields }\n      authorizationKey\n      errors { code message field }\n    }\n  }\n": types.AdminRegisterChargerDocument,
    "\n  mutation AdminApproveCharger($input: ApproveChargerInput!) {\n    approveCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey keyDelivery bootTrigger errors { code message field } }\n  }\n": types.AdminApproveChargerDocument,
    "\n  mutation AdminUpdateCharger($input: UpdateChargerInput!) {\n    updateCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey errors { code message field } }\n  }\n": types.AdminUpdateChargerDocument,
    "\n  query AdminChargerDriverPreview($id: ID!) {\n    chargerDriverPreview(id: $id) {\n      hiddenBecause notes\n      station {\n        chargePointId name address city latitude longitude online available maxPowerKw\n        tariff { name free pricePerKwh { amount currency } pricePerMinute { amount currency } sessionFee { amount currency } }\n        connectors { connectorId status type maxPowerKw }\n      }\n    }\n  }\n": types.AdminChargerDriverPreviewDocument,
    "\n  mutation AdminImportChargers($input: ImportChargersInput!) {\n    importChargers(input: $input) {\n      chargers { id chargePointId }\n      keys { chargePointId authorizationKey }\n      rowErrors { row field message }\n      errors { code message field }\n    }\n  }\n": types.AdminImportChargersDocument,
    "\n  query AdminTariffChoices { tariffs(includeInactive: false, first: 100) { nodes { id name } } }\n": types.AdminTariffChoicesDocument,
    "\n  mutation AdminRawOcppCommand($input: RawOcppCommandInput!) {\n    sendRawOcppCommand(input: $input) { status response errors { code message field } }\n  }\n": types.AdminRawOcppCommandDocument,
    "\n  query AdminIdTags($search: String, $status: IdTagStatus, $orderBy: IdTagOrder, $first: Int, $after: String) {\n    adminIdTags(search: $search, status: $status, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id idTag kind status label expiresAt parentIdTag blockedByAdmin ownerId ownerEmail ownerName createdAt }\n    }\n  }\n": types.AdminIdTagsDocument,
    "\n  mutation AdminCreateIdTag($input: CreateIdTagInput!) {\n    createIdTag(input: $input) { idTag { id idTag } errors { code message field } }\n  }\n": types.AdminCreateIdTagDocument,
    "\n  mutation AdminUpdateIdTag($input: UpdateIdTagInput!) {\n    updateIdTag(input: $input) { idTag { id idTag status expiresAt parentIdTag ownerEmail label } errors { code message field } }\n  }\n": types.AdminUpdateIdTagDocument,
    "\n  query AdminSites($search: String, $orderBy: SiteOrder, $first: Int, $after: String) {\n    sites(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name description address city state postcode latitude longitude chargerCount }\n    }\n  }\n": types.AdminSitesDocument,
    "\n  query AdminSite($id: ID!) {\n    site(id: $id) {\n      site { id name description address city state postcode latitude longitude chargerCount }\n      chargers { id chargePointId name online isPublic registrationStatus }\n      driverPreviews { notes station { chargePointId } }\n      driverView {\n        availableNow pricePerKwhFrom { amount currency } pricePerKwhTo { amount currency }\n        stations { chargePointId name address city latitude longitude online operative available\n          tariff { name free pricePerKwh { amount currency } pricePerMinute { amount } sessionFee { amount } }\n          connectors { connectorId availability type maxPowerKw } }\n        hidden { chargePointId name reasons }\n      }\n    }\n  }\n": types.AdminSiteDocument,
    "\n  mutation AdminCreateSite($input: SiteInput!) { createSite(input: $input) { site { id name } errors { code message field } } }\n": types.AdminCreateSiteDocument,
    "\n  mutation AdminUpdateSite($input: UpdateSiteInput!) { updateSite(input: $input) { site { id name } errors { code message field } } }\n": types.AdminUpdateSiteDocument,
    "\n  query AdminCustomerInformationRequests($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    customerInformationRequests(chargerId: $chargerId) {\n      id requestId status report clear subject idToken customerIdentifier certificateSerialNumber data parts generatedAt requestedAt completedAt\n    }\n  }\n": types.AdminCustomerInformationRequestsDocument,
    "\n  mutation AdminAskCustomerInformation($input: CustomerInformationInput!) {\n    customerInformation(input: $input) { status response errors { code message field } }\n  }\n": types.AdminAskCustomerInformationDocument,
    "\n  fragment AdminDashboardStats on DashboardStats {\n    chargersTotal chargersOnline chargersOffline chargersCharging chargersFaulted sessionsActive powerW energyTodayWh\n    revenueToday { amount currency } openFaults timestamp\n  }\n": types.AdminDashboardStatsFragmentDoc,
    "\n  query AdminDashboard($days: Int!) {\n    dashboardStats { ...AdminDashboardStats }\n    dailyStats(days: $days) { date sessions energyKwh revenue { amount currency } }\n    connectorStatusBreakdown { status count }\n  }\n": types.AdminDashboardDocument,
    "\n  subscription AdminDashboardLive { dashboardStats { ...AdminDashboardStats } }\n": types.AdminDashboardLiveDocument,
    "\n  query AdminDeviceModel($chargerId: ID!, $component: String, $variable: String) {\n    charger(id: $chargerId) { id ocppVersion }\n    chargerDeviceModel(chargerId: $chargerId, component: $component, variable: $variable) {\n      reports { id requestId kind status parts requestedAt completedAt }\n      variables { component componentInstance evseId connectorId variable variableInstance attributeType\n        value mutability dataType unit minLimit maxLimit valuesList updatedAt }\n    }\n  }\n": types.AdminDeviceModelDocument,
    "\n  mutation AdminGetBaseReport($input: GetBaseReportInput!) {\n    getBaseReport(input: $input) { status errors { code message field } }\n  }\n": types.AdminGetBaseReportDocument,
    "\n  mutation AdminSetDeviceVariable($input: SetDeviceVariableInput!) {\n    setDeviceVariable(input: $input) { status response errors { code message field } }\n  }\n": types.AdminSetDeviceVariableDocument,
    "\n  mutation AdminSetNetworkProfile($input: SetNetworkProfileInput!) {\n    setNetworkProfile(input: $input) { status errors { code message field } }\n  }\n": types.AdminSetNetworkProfileDocument,
    "\n  query AdminDisplayMessages($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    displayMessages(chargerId: $chargerId) { id messageId priority state startAt endAt transactionId format language content status updatedAt }\n  }\n": types.AdminDisplayMessagesDocument,
    "\n  mutation AdminSetDisplayMessage($input: SetDisplayMessageInput!) {\n    setDisplayMessage(input: $input) { status errors { code message field } }\n  }\n": types.AdminSetDisplayMessageDocument,
    "\n  mutation AdminGetDisplayMessages($input: GetDisplayMessagesInput!) {\n    getDisplayMessages(input: $input) { status errors { code message field } }\n  }\n": types.AdminGetDisplayMessagesDocument,
    "\n  mutation AdminClearDisplayMessage($input: ClearDisplayMessageInput!) {\n    clearDisplayMessage(input: $input) { status errors { code message field } }\n  }\n": types.AdminClearDisplayMessageDocument,
    "\n  fragment AdminFleetJob on FleetJob { id action payload selection status stage stageSize autoContinue createdAt finishedAt total counts }\n": types.AdminFleetJobFragmentDoc,
    "\n  query AdminFleetJobs($status: FleetJobStatus, $action: FleetAction, $orderBy: FleetJobOrder, $first: Int, $after: String) {\n    fleetJobs(status: $status, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFleetJob }\n    }\n  }\n": types.AdminFleetJobsDocument,
    "\n  query AdminFleetJob($id: ID!) {\n    fleetJob(id: $id) { ...AdminFleetJob targets { id chargerId chargePointId stage status answer error latencyMs firmwareHistory updatedAt } }\n  }\n": types.AdminFleetJobDocument,
    "\n  mutation AdminStartFleetJob($input: StartFleetJobInput!) {\n    startFleetJob(input: $input) { fleetJob { ...AdminFleetJob } errors { code message field } }\n  }\n": types.AdminStartFleetJobDocument,
    "\n  mutation AdminContinueFleetJob($id: ID!) { continueFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n": types.AdminContinueFleetJobDocument,
    "\n  mutation AdminCancelFleetJob($id: ID!) { cancelFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n": types.AdminCancelFleetJobDocument,
    "\n  subscription AdminFleetJobUpdates($id: ID) { fleetJobUpdates(id: $id) { jobId targetId chargerId status jobStatus stage } }\n": types.AdminFleetJobUpdatesDocument,
    "\n  query AdminConnectionEvents($chargerId: ID, $chargePointId: String, $kind: String, $reason: String, $orderBy: ConnectionEventOrder, $first: Int, $after: String) {\n    connectionEvents(chargerId: $chargerId, chargePointId: $chargePointId, kind: $kind, reason: $reason, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n    }\n  }\n": types.AdminConnectionEventsDocument,
    "\n  query AdminConnectionSummary($chargerId: ID!) {\n    chargerConnectionSummary(chargerId: $chargerId) {\n      lastConnect { at remoteAddress detail }\n      lastDisconnect { at reason reasonText code detail }\n      lastRefusal { at reason reasonText remoteAddress }\n    }\n  }\n": types.AdminConnectionSummaryDocument,
    "\n  subscription AdminConnectionEventsLive($chargerId: ID) {\n    connectionEvents(chargerId: $chargerId) { chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n  }\n": types.AdminConnectionEventsLiveDocument,
    "\n  query AdminOcppCommands($chargerId: ID, $action: String, $orderBy: OcppCommandOrder, $first: Int, $after: String) {\n    ocppCommands(chargerId: $chargerId, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id chargerId chargePointId action request response status error sentBy apiKeyName origin latencyMs outcome outcomeDeadline sessionId transactionId createdAt }\n    }\n  }\n": types.AdminOcppCommandsDocument,
    "\n  subscription AdminOcppCommandUpdates($chargerId: ID) { ocppCommandUpdates(chargerId: $chargerId) { commandId chargePointId action status } }\n": types.AdminOcppCommandUpdatesDocument,
    "\n  query AdminIdTagSearch($text: String!) { idTagSearch(text: $text, first: 10) { idTag status kind label userEmail userName } }\n": types.AdminIdTagSearchDocument,
    "\n  query AdminSiteLoad($siteId: ID!) {\n    siteLoad(siteId: $siteId) {\n      enabled voltage staleAfterSeconds otherL1A otherL2A otherL3A otherAt warning meterError\n      nodes { id parentId kind name chargerId connectorId limitL1A limitL2A limitL3A phaseRotation\n        windowFrom windowTo windowLimitA rejectsProfiles }\n      allocation { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n        nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n    }\n  }\n": types.AdminSiteLoadDocument,
    "\n  subscription AdminSiteLoadAllocation($siteId: ID!) {\n    siteLoadAllocation(siteId: $siteId) { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n      nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n  }\n": types.AdminSiteLoadAllocationDocument,
    "\n  mutation AdminAddCapacityNode($input: CapacityNodeInput!) {\n    addCapacityNode(input: $input) { node { id } errors { code message field } }\n  }\n": types.AdminAddCapacityNodeDocument,
    "\n  mutation AdminRemoveCapacityNode($id: ID!) {\n    removeCapacityNode(id: $id) { siteLoad { enabled } errors { code message field } }\n  }\n": types.AdminRemoveCapacityNodeDocument,
    "\n  query AdminSiteLoadHistory($siteId: ID!, $first: Int, $after: String) {\n    siteLoadHistory(siteId: $siteId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id at chargePointId connectorId transactionId oldLimitA newLimitA unit reason answer }\n    }\n  }\n": types.AdminSiteLoadHistoryDocument,
    "\n  query AdminDeviceEvents($chargerId: ID!) {\n    chargerDeviceEvents(chargerId: $chargerId) { eventId at trigger actualValue notificationType component componentInstance\n      evseId connectorId variable variableInstance techCode techInfo cleared transactionId variableMonitoringId }\n  }\n": types.AdminDeviceEventsDocument,
    "\n  query AdminVariableMonitors($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    variableMonitors(chargerId: $chargerId) { monitorId component componentInstance evseId connectorId variable variableInstance type value severity transaction }\n  }\n": types.AdminVariableMonitorsDocument,
    "\n  mutation AdminSetVariableMonitoring($input: SetVariableMonitoringInput!) {\n    setVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n": types.AdminSetVariableMonitoringDocument,
    "\n  mutation AdminClearVariableMonitoring($input: ClearVariableMonitoringInput!) {\n    clearVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n": types.AdminClearVariableMonitoringDocument,
    "\n  mutation AdminSetMonitoringBase($input: SetMonitoringBaseInput!) {\n    setMonitoringBase(input: $input) { status errors { code message field } }\n  }\n": types.AdminSetMonitoringBaseDocument,
    "\n  mutation AdminSetMonitoringLevel($input: SetMonitoringLevelInput!) {\n    setMonitoringLevel(input: $input) { status errors { code message field } }\n  }\n": types.AdminSetMonitoringLevelDocument,
    "\n  mutation AdminGetMonitoringReport($input: GetMonitoringReportInput!) {\n    getMonitoringReport(input: $input) { status errors { code message field } }\n  }\n": types.AdminGetMonitoringReportDocument,
    "\n  fragment AdminOcppCommandResult on OcppCommandPayload { status response errors { code message field } }\n": types.AdminOcppCommandResultFragmentDoc,
    "\n  mutation AdminOcppRemoteStartTransaction($input: RemoteStartTransactionInput!) { remoteStartTransaction(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppRemoteStartTransactionDocument,
    "\n  mutation AdminOcppRemoteStopTransaction($input: RemoteStopTransactionInput!) { remoteStopTransaction(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppRemoteStopTransactionDocument,
    "\n  mutation AdminOcppReset($input: ResetChargerInput!) { resetCharger(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppResetDocument,
    "\n  mutation AdminOcppUnlockConnector($input: UnlockConnectorInput!) { unlockConnector(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppUnlockConnectorDocument,
    "\n  mutation AdminOcppChangeAvailability($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppChangeAvailabilityDocument,
    "\n  mutation AdminOcppGetConfiguration($input: GetConfigurationInput!) { getConfiguration(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetConfigurationDocument,
    "\n  mutation AdminOcppChangeConfiguration($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppChangeConfigurationDocument,
    "\n  mutation AdminOcppClearCache($input: ChargerCommandInput!) { clearCache(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppClearCacheDocument,
    "\n  mutation AdminOcppDataTransfer($input: DataTransferInput!) { dataTransfer(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppDataTransferDocument,
    "\n  mutation AdminOcppGetDiagnostics($input: GetDiagnosticsInput!) { getDiagnostics(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetDiagnosticsDocument,
    "\n  mutation AdminOcppUpdateFirmware($input: UpdateFirmwareInput!) { updateFirmware(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppUpdateFirmwareDocument,
    "\n  mutation AdminOcppGetLocalListVersion($input: ChargerCommandInput!) { getLocalListVersion(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetLocalListVersionDocument,
    "\n  mutation AdminOcppSendLocalList($input: SendLocalListInput!) { sendLocalList(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppSendLocalListDocument,
    "\n  mutation AdminOcppReserveNow($input: ReserveNowInput!) { reserveNow(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppReserveNowDocument,
    "\n  mutation AdminOcppCancelReservation($input: AdminCancelReservationInput!) { cancelChargerReservation(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppCancelReservationDocument,
    "\n  mutation AdminOcppSetChargingProfile($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppSetChargingProfileDocument,
    "\n  mutation AdminOcppClearChargingProfile($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppClearChargingProfileDocument,
    "\n  mutation AdminOcppGetCompositeSchedule($input: GetCompositeScheduleInput!) { getCompositeSchedule(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetCompositeScheduleDocument,
    "\n  mutation AdminOcppGetChargingProfiles($input: GetChargingProfilesInput!) { getChargingProfiles(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetChargingProfilesDocument,
    "\n  mutation AdminOcppGetTransactionStatus($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetTransactionStatusDocument,
    "\n  mutation AdminOcppTriggerMessage($input: TriggerMessageInput!) { triggerMessage(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppTriggerMessageDocument,
    "\n  mutation AdminOcppExtendedTriggerMessage($input: ExtendedTriggerMessageInput!) { extendedTriggerMessage(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppExtendedTriggerMessageDocument,
    "\n  mutation AdminOcppInstallCertificate($input: InstallCertificateInput!) { installCertificate(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppInstallCertificateDocument,
    "\n  mutation AdminOcppGetInstalledCertificateIds($input: GetInstalledCertificateIdsInput!) { getInstalledCertificateIds(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetInstalledCertificateIdsDocument,
    "\n  mutation AdminOcppDeleteCertificate($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppDeleteCertificateDocument,
    "\n  mutation AdminOcppGetLog($input: GetLogInput!) { getLog(input: $input) { ...AdminOcppCommandResult } }\n": types.AdminOcppGetLogDocument,
    "\n  query AdminOcppMessages($first: Int, $after: String, $chargePointId: String, $action: String, $direction: String, $messageType: Int, $uniqueId: String) {\n    ocppMessages(first: $first, after: $after, chargePointId: $chargePointId, action: $action, direction: $direction, messageType: $messageType, uniqueId: $uniqueId) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargePointId direction messageType action uniqueId payload errorCode latencyMs createdAt }\n    }\n  }\n": types.AdminOcppMessagesDocument,
    "\n  subscription AdminOcppLog($chargerId: ID) {\n    ocppMessages(chargerId: $chargerId) { chargePointId direction messageType action uniqueId payload errorCode latencyMs timestamp }\n  }\n": types.AdminOcppLogDocument,
    "\n  query AdminTopUpReconciliation($first: Int!) {\n    topUpReconciliation(first: $first) {\n      userId gatewayState gatewayTime flag flaggedAt\n      topUp { id status amount { amount currency } method provider createdAt completedAt failureReason }\n      events { eventId type gatewayTime sequence receivedAt outcome error }\n    }\n  }\n": types.AdminTopUpReconciliationDocument,
    "\n  mutation AdminSandboxCheckoutLink($input: CreateSandboxCheckoutLinkInput!) {\n    createSandboxCheckoutLink(input: $input) { url expiresAt errors { code message field } }\n  }\n": types.AdminSandboxCheckoutLinkDocument,
    "\n  mutation AdminReverseTopUpCredit($input: ReverseTopUpCreditInput!) {\n    reverseTopUpCredit(input: $input) { topUp { id status failureReason } errors { code message field } }\n  }\n": types.AdminReverseTopUpCreditDocument,
    "\n  query AdminPlatform {\n    platform { name version environment currency publicUrl ocppUrl }\n  }\n": types.AdminPlatformDocument,
    "\n  query AdminRoamingPartners {\n    ocpiPartners { id name state versionsUrl version countryCode partyId lastError updatedAt endpoints { identifier role url } }\n    ocpiOwnEndpoints { identifier role url }\n  }\n": types.AdminRoamingPartnersDocument,
    "\n  query AdminRoamingCalls($id: ID!, $first: Int) {\n    ocpiPartnerCalls(id: $id, first: $first) { id direction method url httpStatus ocpiStatus message durationMs at }\n  }\n": types.AdminRoamingCallsDocument,
    "\n  query AdminRoamingSettlement($partnerId: ID!, $dateFrom: DateTime!, $dateTo: DateTime!) {\n    roamingSettlement(partnerId: $partnerId, dateFrom: $dateFrom, dateTo: $dateTo) {\n      partner\n      emsp { sessions energyKwh amount { amount currency } }\n      cpo { sessions energyKwh amount { amount currency } }\n      net { amount currency }\n      lines { direction reference endedAt energyKwh amount { amount currency } status }\n      mismatches { direction reference problem }\n      csv\n      pdfBase64\n    }\n  }\n": types.AdminRoamingSettlementDocument,
    "\n  mutation AdminInviteOcpiPartner($name: String!) {\n    inviteOcpiPartner(name: $name) { tokenA versionsUrl partner { id } errors { code message field } }\n  }\n": types.AdminInviteOcpiPartnerDocument,
    "\n  mutation AdminRegisterOcpiPartner($input: RegisterOcpiPartnerInput!) {\n    registerOcpiPartner(input: $input) { partner { id state } errors { code message field } }\n  }\n": types.AdminRegisterOcpiPartnerDocument,
    "\n  mutation AdminPullOcpiPartner($id: ID!) {\n    pullOcpiPartner(id: $id) { locations tariffs pages refused errors { code message field } }\n  }\n": types.AdminPullOcpiPartnerDocument,
    "\n  mutation AdminRotateOcpiCredentials($id: ID!) {\n    rotateOcpiCredentials(id: $id) { partner { id state } errors { code message field } }\n  }\n": types.AdminRotateOcpiCredentialsDocument,
    "\n  mutation AdminUnregisterOcpiPartner($id: ID!) {\n    unregisterOcpiPartner(id: $id) { partner { id state } errors { code message field } }\n  }\n": types.AdminUnregisterOcpiPartnerDocument,
    "\n  query AdminChargerSecurity($chargerId: ID!) {\n    chargerSecurity(chargerId: $chargerId) {\n      events { id type occurredAt techInfo critical alert receivedAt }\n      certificates { id source certificateType hashAlgorithm issuerNameHash issuerKeyHash serialNumber subject notAfter expiresSoon }\n      logRequests { id requestId logType location fileName status createdAt history { status at } }\n    }\n  }\n": types.AdminChargerSecurityDocument,
    "\n  query AdminExpiringChargerCertificates {\n    expiringChargerCertificates { chargerId chargePointId serialNumber notAfter }\n  }\n": types.AdminExpiringChargerCertificatesDocument,
    "\n  mutation AdminRaiseSecurityProfile($input: RaiseSecurityProfileInput!) {\n    raiseSecurityProfile(input: $input) { status steps { action status } errors { code message field } }\n  }\n": types.AdminRaiseSecurityProfileDocument,
    "\n  fragment AdminSessionRow on AdminChargingSession {\n    id transactionId status connectorId chargePointId idTag startedAt stoppedAt energyWh powerW billed flags stopReason startSource\n    cost { amount currency }\n    user { id email name }\n  }\n": types.AdminSessionRowFragmentDoc,
    "\n  query AdminSessions($first: Int, $after: String, $filter: ChargingSessionFilter, $orderBy: ChargingSessionOrder) {\n    chargingSessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSessionRow }\n    }\n  }\n": types.AdminSessionsDocument,
    "\n  query AdminSession($id: ID!) {\n    adminChargingSession(id: $id) {\n      ...AdminSessionRow\n      soc lastMeterAt meterStartWh startedBy { id email name } startedByApiKeyId\n      costSoFar { amount currency }\n      charger { id chargePointId name }\n      costLines { code description quantity unit quantityText amount { amount currency } }\n      receipt { id number issuedAt total { amount currency } pdfUrl }\n      meterSamples { timestamp energyWh powerW soc }\n      evChargingNeeds { requestedEnergyTransfer departureTime energyAmountWh }\n    }\n  }\n": types.AdminSessionDocument,
    "\n  query AdminSessionCost($id: ID!) {\n    adminChargingSession(id: $id) { id costSoFar { amount currency } }\n  }\n": types.AdminSessionCostDocument,
    "\n  subscription AdminSessionProgress($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) { sessionId status energyWh powerW soc costSoFar currency timestamp lagged }\n  }\n": types.AdminSessionProgressDocument,
    "\n  subscription AdminSessionMeter($sessionId: ID) {\n    meterValues(sessionId: $sessionId) { sessionId timestamp energyWh powerW soc lagged }\n  }\n": types.AdminSessionMeterDocument,
    "\n  mutation AdminStopCharging($input: StopChargingInput!) {\n    stopCharging(input: $input) { session { id status } errors { code message field } }\n  }\n": types.AdminStopChargingDocument,
    "\n  query AdminMeterValues($chargerId: ID!, $since: DateTime!, $until: DateTime, $measurand: String, $limit: Int!) {\n    meterValues(chargerId: $chargerId, since: $since, until: $until, measurand: $measurand, limit: $limit) {\n      id timestamp connectorId transactionId measurand phase unit rawValue value\n    }\n  }\n": types.AdminMeterValuesDocument,
    "\n  query AdminInvoiceSummary($from: DateTime!, $to: DateTime!, $groupBy: InvoiceGrouping!) {\n    invoiceSummary(from: $from, to: $to, groupBy: $groupBy) {\n      sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency }\n      rows { key sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency } }\n    }\n  }\n": types.AdminInvoiceSummaryDocument,
    "\n  query AdminCompletedSessions($from: DateTime, $to: DateTime, $orderBy: ChargingSessionOrder, $first: Int, $after: String) {\n    completedSessions(from: $from, to: $to, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id transactionId status connectorId startedAt stoppedAt energyWh cost { amount currency } receiptId }\n    }\n  }\n": types.AdminCompletedSessionsDocument,
    "\n  query AdminCompletedSessionsCsv($from: DateTime!, $to: DateTime!) {\n    completedSessionsCsv(from: $from, to: $to) { filename contentType content }\n  }\n": types.AdminCompletedSessionsCsvDocument,
    "\n  query AdminReceipt($id: ID!) {\n    receipt(id: $id) { id number issuedAt total { amount currency } pdfUrl }\n  }\n": types.AdminReceiptDocument,
    "\n  mutation AdminCloseChargingSession($input: CloseChargingSessionInput!) {\n    closeChargingSession(input: $input) { session { id status } errors { code message field } }\n  }\n": types.AdminCloseChargingSessionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChargerCases($chargerId: ID!) {\n    faults(chargerId: $chargerId, status: \"open\", first: 20) { nodes { id connectorId errorCode info status openedAt } }\n    problemReports(chargerId: $chargerId, first: 20) {\n      nodes { id connectorId category note status hasPhoto photoUrl createdAt closedAt resolution }\n    }\n  }\n"): (typeof documents)["\n  query ChargerCases($chargerId: ID!) {\n    faults(chargerId: $chargerId, status: \"open\", first: 20) { nodes { id connectorId errorCode info status openedAt } }\n    problemReports(chargerId: $chargerId, first: 20) {\n      nodes { id connectorId category note status hasPhoto photoUrl createdAt closedAt resolution }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProblemReport($input: CloseProblemReportInput!) {\n    closeProblemReport(input: $input) { report { id status resolution closedAt } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation CloseProblemReport($input: CloseProblemReportInput!) {\n    closeProblemReport(input: $input) { report { id status resolution closedAt } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminFault on Fault {\n    id connectorId errorCode info vendorErrorCode status openedAt acknowledgedAt resolvedAt notes\n    charger { id chargePointId }\n  }\n"): (typeof documents)["\n  fragment AdminFault on Fault {\n    id connectorId errorCode info vendorErrorCode status openedAt acknowledgedAt resolvedAt notes\n    charger { id chargePointId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFaults($first: Int, $after: String, $status: String, $orderBy: FaultOrder) {\n    faults(first: $first, after: $after, status: $status, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFault }\n    }\n  }\n"): (typeof documents)["\n  query AdminFaults($first: Int, $after: String, $status: String, $orderBy: FaultOrder) {\n    faults(first: $first, after: $after, status: $status, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFault }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminFaultLive { faults { faultId chargePointId status errorCode timestamp } }\n"): (typeof documents)["\n  subscription AdminFaultLive { faults { faultId chargePointId status errorCode timestamp } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAckFault($input: FaultNoteInput!) { acknowledgeFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminAckFault($input: FaultNoteInput!) { acknowledgeFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolveFault($input: FaultNoteInput!) { resolveFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminResolveFault($input: FaultNoteInput!) { resolveFault(input: $input) { fault { ...AdminFault } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminMaintenance on MaintenanceRecord {\n    id kind technician scheduledAt startedAt completedAt notes status createdAt charger { id chargePointId }\n  }\n"): (typeof documents)["\n  fragment AdminMaintenance on MaintenanceRecord {\n    id kind technician scheduledAt startedAt completedAt notes status createdAt charger { id chargePointId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMaintenance($first: Int, $after: String, $status: MaintenanceStatus) {\n    maintenanceRecords(first: $first, after: $after, status: $status) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminMaintenance }\n    }\n  }\n"): (typeof documents)["\n  query AdminMaintenance($first: Int, $after: String, $status: MaintenanceStatus) {\n    maintenanceRecords(first: $first, after: $after, status: $status) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminMaintenance }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateMaintenance($input: CreateMaintenanceRecordInput!) {\n    createMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateMaintenance($input: CreateMaintenanceRecordInput!) {\n    createMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateMaintenance($input: UpdateMaintenanceRecordInput!) {\n    updateMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateMaintenance($input: UpdateMaintenanceRecordInput!) {\n    updateMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteMaintenance($input: DeleteMaintenanceRecordInput!) {\n    deleteMaintenanceRecord(input: $input) { deletedId errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminDeleteMaintenance($input: DeleteMaintenanceRecordInput!) {\n    deleteMaintenanceRecord(input: $input) { deletedId errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSupportMessage on SupportMessage { id name email subject body status reply repliedAt createdAt }\n"): (typeof documents)["\n  fragment AdminSupportMessage on SupportMessage { id name email subject body status reply repliedAt createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSupport($first: Int, $after: String, $status: SupportMessageStatus, $search: String) {\n    supportMessages(first: $first, after: $after, status: $status, search: $search) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSupportMessage }\n    }\n  }\n"): (typeof documents)["\n  query AdminSupport($first: Int, $after: String, $status: SupportMessageStatus, $search: String) {\n    supportMessages(first: $first, after: $after, status: $status, search: $search) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSupportMessage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReplySupport($input: ReplySupportMessageInput!) {\n    replySupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminReplySupport($input: ReplySupportMessageInput!) {\n    replySupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseSupport($input: SupportMessageInput!) {\n    closeSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCloseSupport($input: SupportMessageInput!) {\n    closeSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReopenSupport($input: SupportMessageInput!) {\n    reopenSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminReopenSupport($input: SupportMessageInput!) {\n    reopenSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSettings on PlatformSettings {\n    registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount currency }\n    pointsPerKwh messageLogRetentionDays updatedAt\n  }\n"): (typeof documents)["\n  fragment AdminSettings on PlatformSettings {\n    registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount currency }\n    pointsPerKwh messageLogRetentionDays updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSettings { platformSettings { ...AdminSettings } platform { publicUrl ocppUrl } }\n"): (typeof documents)["\n  query AdminSettings { platformSettings { ...AdminSettings } platform { publicUrl ocppUrl } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSettings($input: UpdatePlatformSettingsInput!) {\n    updatePlatformSettings(input: $input) { settings { ...AdminSettings } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateSettings($input: UpdatePlatformSettingsInput!) {\n    updatePlatformSettings(input: $input) { settings { ...AdminSettings } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminApiKey on ApiKey { id name prefix scope createdAt lastUsedAt revokedAt revoked }\n"): (typeof documents)["\n  fragment AdminApiKey on ApiKey { id name prefix scope createdAt lastUsedAt revokedAt revoked }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys { me { id apiKeys(includeRevoked: true, first: 100) { totalCount nodes { ...AdminApiKey } } } }\n"): (typeof documents)["\n  query AdminApiKeys { me { id apiKeys(includeRevoked: true, first: 100) { totalCount nodes { ...AdminApiKey } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { ...AdminApiKey } secret errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { apiKey { ...AdminApiKey } secret errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { ...AdminApiKey } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {\n    revokeApiKey(input: $input) { apiKey { ...AdminApiKey } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User { id email name phone role disabled emailVerified createdAt lastLoginAt deleted }\n"): (typeof documents)["\n  fragment AdminUserFields on User { id email name phone role disabled emailVerified createdAt lastLoginAt deleted }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role, $disabled: Boolean, $orderBy: UserOrder) {\n    users(first: $first, after: $after, search: $search, role: $role, disabled: $disabled, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminUserFields wallet { balance { amount currency } } }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int, $after: String, $search: String, $role: Role, $disabled: Boolean, $orderBy: UserOrder) {\n    users(first: $first, after: $after, search: $search, role: $role, disabled: $disabled, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminUserFields wallet { balance { amount currency } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n      idTags(first: 100) { nodes { id idTag kind status expiresAt label } }\n      vehicles(first: 100) { nodes { id brand model batteryKwh plateNumber nickname } }\n      chargingSessions(first: 50) { totalCount nodes { id transactionId connectorId idTag status startedAt stoppedAt energyWh totalCost { amount currency } stopReason } }\n    }\n    userWallet(userId: $id) {\n      balance { amount currency } debt { amount currency }\n      transactions(first: 50) { totalCount nodes { id kind amount { amount currency } balanceAfter { amount currency } memo reason createdAt sessionId } }\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n      idTags(first: 100) { nodes { id idTag kind status expiresAt label } }\n      vehicles(first: 100) { nodes { id brand model batteryKwh plateNumber nickname } }\n      chargingSessions(first: 50) { totalCount nodes { id transactionId connectorId idTag status startedAt stoppedAt energyWh totalCost { amount currency } stopReason } }\n    }\n    userWallet(userId: $id) {\n      balance { amount currency } debt { amount currency }\n      transactions(first: 50) { totalCount nodes { id kind amount { amount currency } balanceAfter { amount currency } memo reason createdAt sessionId } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($input: AdminUpdateUserInput!) { adminUpdateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminUpdateUser($input: AdminUpdateUserInput!) { adminUpdateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUserRole($input: AdminSetUserRoleInput!) { adminSetUserRole(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminSetUserRole($input: AdminSetUserRoleInput!) { adminSetUserRole(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUserDisabled($input: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminSetUserDisabled($input: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $input) { user { ...AdminUserFields } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAdjustWallet($input: AdjustWalletInput!) {\n    adjustWallet(input: $input) { wallet { balance { amount currency } } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminAdjustWallet($input: AdjustWalletInput!) {\n    adjustWallet(input: $input) { wallet { balance { amount currency } } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTariff on Tariff {\n    id name description currency taxRate idleGraceMinutes isDefault active\n    pricePerKwh { amount currency } pricePerMinute { amount currency } idleFeePerMinute { amount currency }\n    sessionFee { amount currency } minCharge { amount currency } maxCharge { amount currency } reservationFee { amount currency }\n  }\n"): (typeof documents)["\n  fragment AdminTariff on Tariff {\n    id name description currency taxRate idleGraceMinutes isDefault active\n    pricePerKwh { amount currency } pricePerMinute { amount currency } idleFeePerMinute { amount currency }\n    sessionFee { amount currency } minCharge { amount currency } maxCharge { amount currency } reservationFee { amount currency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTariffs($first: Int) { tariffs(includeInactive: true, first: $first) { totalCount nodes { ...AdminTariff } } }\n"): (typeof documents)["\n  query AdminTariffs($first: Int) { tariffs(includeInactive: true, first: $first) { totalCount nodes { ...AdminTariff } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTariff($input: CreateTariffInput!) { createTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminCreateTariff($input: CreateTariffInput!) { createTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTariff($input: UpdateTariffInput!) { updateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminUpdateTariff($input: UpdateTariffInput!) { updateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetDefaultTariff($input: TariffIdInput!) { setDefaultTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminSetDefaultTariff($input: TariffIdInput!) { setDefaultTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateTariff($input: TariffIdInput!) { deactivateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminDeactivateTariff($input: TariffIdInput!) { deactivateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPlan on MembershipPlan { id name description monthlyPrice { amount currency } discountPerKwh { amount currency } includedKwh active createdAt }\n"): (typeof documents)["\n  fragment AdminPlan on MembershipPlan { id name description monthlyPrice { amount currency } discountPerKwh { amount currency } includedKwh active createdAt }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlans($first: Int) { membershipPlans(includeInactive: true, first: $first) { totalCount nodes { ...AdminPlan } } }\n"): (typeof documents)["\n  query AdminPlans($first: Int) { membershipPlans(includeInactive: true, first: $first) { totalCount nodes { ...AdminPlan } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePlan($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminCreatePlan($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePlan($input: UpdateMembershipPlanInput!) { updateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminUpdatePlan($input: UpdateMembershipPlanInput!) { updateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivatePlan($input: MembershipPlanIdInput!) { deactivateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminDeactivatePlan($input: MembershipPlanIdInput!) { deactivateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminReward on RewardItem { id name description points category kind freeKwh discount { amount currency } stock inStock imageUrl active }\n"): (typeof documents)["\n  fragment AdminReward on RewardItem { id name description points category kind freeKwh discount { amount currency } stock inStock imageUrl active }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRewards($first: Int) { rewardCatalog(includeInactive: true, first: $first) { totalCount nodes { ...AdminReward } } }\n"): (typeof documents)["\n  query AdminRewards($first: Int) { rewardCatalog(includeInactive: true, first: $first) { totalCount nodes { ...AdminReward } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateReward($input: CreateRewardItemInput!) { createRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminCreateReward($input: CreateRewardItemInput!) { createRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateReward($input: UpdateRewardItemInput!) { updateRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminUpdateReward($input: UpdateRewardItemInput!) { updateRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteReward($input: RewardItemIdInput!) { deleteRewardItem(input: $input) { item { id } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminDeleteReward($input: RewardItemIdInput!) { deleteRewardItem(input: $input) { item { id } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($first: Int, $after: String, $filter: AuditLogFilter, $orderBy: AuditOrder) {\n    auditLog(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id createdAt action targetType targetId details actor { id email name } }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($first: Int, $after: String, $filter: AuditLogFilter, $orderBy: AuditOrder) {\n    auditLog(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id createdAt action targetType targetId details actor { id email name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditActors { users(role: ADMIN, first: 100) { nodes { id email name } } }\n"): (typeof documents)["\n  query AdminAuditActors { users(role: ADMIN, first: 100) { nodes { id email name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      tokens { accessToken refreshToken }\n      user { id email name role }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminLogin($input: LoginInput!) {\n    login(input: $input) {\n      tokens { accessToken refreshToken }\n      user { id email name role }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      tokens { accessToken refreshToken }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRefresh($input: RefreshTokenInput!) {\n    refreshToken(input: $input) {\n      tokens { accessToken refreshToken }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogout($input: LogoutInput!) {\n    logout(input: $input) { revokedSessions errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminLogout($input: LogoutInput!) {\n    logout(input: $input) { revokedSessions errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminChargerFields on Charger {\n    id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved\n    availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion maxPowerKw ocppVersion\n    connectors { id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw phases statusAt }\n  }\n"): (typeof documents)["\n  fragment AdminChargerFields on Charger {\n    id chargePointId name vendor model serialNumber firmwareVersion online registrationStatus approved\n    availability lastHeartbeatAt lastBootAt address city securityProfile localListVersion maxPowerKw ocppVersion\n    connectors { id connectorId status errorCode info vendorErrorCode connectorType maxPowerKw phases statusAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String, $connectorStatus: String, $orderBy: ChargerOrder) {\n    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city, connectorStatus: $connectorStatus, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminChargerFields }\n    }\n  }\n"): (typeof documents)["\n  query AdminChargers($first: Int, $after: String, $search: String, $online: Boolean, $registrationStatus: String, $city: String, $connectorStatus: String, $orderBy: ChargerOrder) {\n    chargers(first: $first, after: $after, search: $search, online: $online, registrationStatus: $registrationStatus, city: $city, connectorStatus: $connectorStatus, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminChargerFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminChargerStatus($chargerId: ID) {\n    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }\n  }\n"): (typeof documents)["\n  subscription AdminChargerStatus($chargerId: ID) {\n    chargerStatus(chargerId: $chargerId) { chargePointId connectorId kind availability online status errorCode info timestamp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCharger($chargePointId: String!) {\n    chargerByChargePointId(chargePointId: $chargePointId) {\n      ...AdminChargerFields description latitude longitude nodeId connectedAt isPublic state postcode tariffId siteId\n    }\n  }\n"): (typeof documents)["\n  query AdminCharger($chargePointId: String!) {\n    chargerByChargePointId(chargePointId: $chargePointId) {\n      ...AdminChargerFields description latitude longitude nodeId connectedAt isPublic state postcode tariffId siteId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChargerExtras($chargerId: ID!) {\n    chargerConfiguration(chargerId: $chargerId) { key value readonly }\n    firmwareJobs(chargerId: $chargerId) { id status location createdAt }\n    diagnosticsJobs(chargerId: $chargerId) { id status location fileName createdAt }\n    reservations(chargerId: $chargerId, first: 50) { totalCount nodes { id reservationId connectorId idTag expiresAt status } }\n    chargingProfiles(chargerId: $chargerId) { id chargingProfileId connectorId purpose stackLevel status schedule }\n    stationReports(chargerId: $chargerId, first: 20) { id kind evseId requestId transactionId payload receivedAt }\n  }\n"): (typeof documents)["\n  query AdminChargerExtras($chargerId: ID!) {\n    chargerConfiguration(chargerId: $chargerId) { key value readonly }\n    firmwareJobs(chargerId: $chargerId) { id status location createdAt }\n    diagnosticsJobs(chargerId: $chargerId) { id status location fileName createdAt }\n    reservations(chargerId: $chargerId, first: 50) { totalCount nodes { id reservationId connectorId idTag expiresAt status } }\n    chargingProfiles(chargerId: $chargerId) { id chargingProfileId connectorId purpose stackLevel status schedule }\n    stationReports(chargerId: $chargerId, first: 20) { id kind evseId requestId transactionId payload receivedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterCharger($input: RegisterChargerInput!) {\n    registerCharger(input: $input) {\n      charger { ...AdminChargerFields }\n      authorizationKey\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRegisterCharger($input: RegisterChargerInput!) {\n    registerCharger(input: $input) {\n      charger { ...AdminChargerFields }\n      authorizationKey\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveCharger($input: ApproveChargerInput!) {\n    approveCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey keyDelivery bootTrigger errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminApproveCharger($input: ApproveChargerInput!) {\n    approveCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey keyDelivery bootTrigger errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCharger($input: UpdateChargerInput!) {\n    updateCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateCharger($input: UpdateChargerInput!) {\n    updateCharger(input: $input) { charger { ...AdminChargerFields } authorizationKey errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChargerDriverPreview($id: ID!) {\n    chargerDriverPreview(id: $id) {\n      hiddenBecause notes\n      station {\n        chargePointId name address city latitude longitude online available maxPowerKw\n        tariff { name free pricePerKwh { amount currency } pricePerMinute { amount currency } sessionFee { amount currency } }\n        connectors { connectorId status type maxPowerKw }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminChargerDriverPreview($id: ID!) {\n    chargerDriverPreview(id: $id) {\n      hiddenBecause notes\n      station {\n        chargePointId name address city latitude longitude online available maxPowerKw\n        tariff { name free pricePerKwh { amount currency } pricePerMinute { amount currency } sessionFee { amount currency } }\n        connectors { connectorId status type maxPowerKw }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportChargers($input: ImportChargersInput!) {\n    importChargers(input: $input) {\n      chargers { id chargePointId }\n      keys { chargePointId authorizationKey }\n      rowErrors { row field message }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminImportChargers($input: ImportChargersInput!) {\n    importChargers(input: $input) {\n      chargers { id chargePointId }\n      keys { chargePointId authorizationKey }\n      rowErrors { row field message }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTariffChoices { tariffs(includeInactive: false, first: 100) { nodes { id name } } }\n"): (typeof documents)["\n  query AdminTariffChoices { tariffs(includeInactive: false, first: 100) { nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRawOcppCommand($input: RawOcppCommandInput!) {\n    sendRawOcppCommand(input: $input) { status response errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRawOcppCommand($input: RawOcppCommandInput!) {\n    sendRawOcppCommand(input: $input) { status response errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIdTags($search: String, $status: IdTagStatus, $orderBy: IdTagOrder, $first: Int, $after: String) {\n    adminIdTags(search: $search, status: $status, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id idTag kind status label expiresAt parentIdTag blockedByAdmin ownerId ownerEmail ownerName createdAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminIdTags($search: String, $status: IdTagStatus, $orderBy: IdTagOrder, $first: Int, $after: String) {\n    adminIdTags(search: $search, status: $status, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id idTag kind status label expiresAt parentIdTag blockedByAdmin ownerId ownerEmail ownerName createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateIdTag($input: CreateIdTagInput!) {\n    createIdTag(input: $input) { idTag { id idTag } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateIdTag($input: CreateIdTagInput!) {\n    createIdTag(input: $input) { idTag { id idTag } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateIdTag($input: UpdateIdTagInput!) {\n    updateIdTag(input: $input) { idTag { id idTag status expiresAt parentIdTag ownerEmail label } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateIdTag($input: UpdateIdTagInput!) {\n    updateIdTag(input: $input) { idTag { id idTag status expiresAt parentIdTag ownerEmail label } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSites($search: String, $orderBy: SiteOrder, $first: Int, $after: String) {\n    sites(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name description address city state postcode latitude longitude chargerCount }\n    }\n  }\n"): (typeof documents)["\n  query AdminSites($search: String, $orderBy: SiteOrder, $first: Int, $after: String) {\n    sites(search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id name description address city state postcode latitude longitude chargerCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSite($id: ID!) {\n    site(id: $id) {\n      site { id name description address city state postcode latitude longitude chargerCount }\n      chargers { id chargePointId name online isPublic registrationStatus }\n      driverPreviews { notes station { chargePointId } }\n      driverView {\n        availableNow pricePerKwhFrom { amount currency } pricePerKwhTo { amount currency }\n        stations { chargePointId name address city latitude longitude online operative available\n          tariff { name free pricePerKwh { amount currency } pricePerMinute { amount } sessionFee { amount } }\n          connectors { connectorId availability type maxPowerKw } }\n        hidden { chargePointId name reasons }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSite($id: ID!) {\n    site(id: $id) {\n      site { id name description address city state postcode latitude longitude chargerCount }\n      chargers { id chargePointId name online isPublic registrationStatus }\n      driverPreviews { notes station { chargePointId } }\n      driverView {\n        availableNow pricePerKwhFrom { amount currency } pricePerKwhTo { amount currency }\n        stations { chargePointId name address city latitude longitude online operative available\n          tariff { name free pricePerKwh { amount currency } pricePerMinute { amount } sessionFee { amount } }\n          connectors { connectorId availability type maxPowerKw } }\n        hidden { chargePointId name reasons }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateSite($input: SiteInput!) { createSite(input: $input) { site { id name } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminCreateSite($input: SiteInput!) { createSite(input: $input) { site { id name } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSite($input: UpdateSiteInput!) { updateSite(input: $input) { site { id name } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminUpdateSite($input: UpdateSiteInput!) { updateSite(input: $input) { site { id name } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCustomerInformationRequests($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    customerInformationRequests(chargerId: $chargerId) {\n      id requestId status report clear subject idToken customerIdentifier certificateSerialNumber data parts generatedAt requestedAt completedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminCustomerInformationRequests($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    customerInformationRequests(chargerId: $chargerId) {\n      id requestId status report clear subject idToken customerIdentifier certificateSerialNumber data parts generatedAt requestedAt completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAskCustomerInformation($input: CustomerInformationInput!) {\n    customerInformation(input: $input) { status response errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminAskCustomerInformation($input: CustomerInformationInput!) {\n    customerInformation(input: $input) { status response errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminDashboardStats on DashboardStats {\n    chargersTotal chargersOnline chargersOffline chargersCharging chargersFaulted sessionsActive powerW energyTodayWh\n    revenueToday { amount currency } openFaults timestamp\n  }\n"): (typeof documents)["\n  fragment AdminDashboardStats on DashboardStats {\n    chargersTotal chargersOnline chargersOffline chargersCharging chargersFaulted sessionsActive powerW energyTodayWh\n    revenueToday { amount currency } openFaults timestamp\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard($days: Int!) {\n    dashboardStats { ...AdminDashboardStats }\n    dailyStats(days: $days) { date sessions energyKwh revenue { amount currency } }\n    connectorStatusBreakdown { status count }\n  }\n"): (typeof documents)["\n  query AdminDashboard($days: Int!) {\n    dashboardStats { ...AdminDashboardStats }\n    dailyStats(days: $days) { date sessions energyKwh revenue { amount currency } }\n    connectorStatusBreakdown { status count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminDashboardLive { dashboardStats { ...AdminDashboardStats } }\n"): (typeof documents)["\n  subscription AdminDashboardLive { dashboardStats { ...AdminDashboardStats } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeviceModel($chargerId: ID!, $component: String, $variable: String) {\n    charger(id: $chargerId) { id ocppVersion }\n    chargerDeviceModel(chargerId: $chargerId, component: $component, variable: $variable) {\n      reports { id requestId kind status parts requestedAt completedAt }\n      variables { component componentInstance evseId connectorId variable variableInstance attributeType\n        value mutability dataType unit minLimit maxLimit valuesList updatedAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminDeviceModel($chargerId: ID!, $component: String, $variable: String) {\n    charger(id: $chargerId) { id ocppVersion }\n    chargerDeviceModel(chargerId: $chargerId, component: $component, variable: $variable) {\n      reports { id requestId kind status parts requestedAt completedAt }\n      variables { component componentInstance evseId connectorId variable variableInstance attributeType\n        value mutability dataType unit minLimit maxLimit valuesList updatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGetBaseReport($input: GetBaseReportInput!) {\n    getBaseReport(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminGetBaseReport($input: GetBaseReportInput!) {\n    getBaseReport(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetDeviceVariable($input: SetDeviceVariableInput!) {\n    setDeviceVariable(input: $input) { status response errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetDeviceVariable($input: SetDeviceVariableInput!) {\n    setDeviceVariable(input: $input) { status response errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetNetworkProfile($input: SetNetworkProfileInput!) {\n    setNetworkProfile(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetNetworkProfile($input: SetNetworkProfileInput!) {\n    setNetworkProfile(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDisplayMessages($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    displayMessages(chargerId: $chargerId) { id messageId priority state startAt endAt transactionId format language content status updatedAt }\n  }\n"): (typeof documents)["\n  query AdminDisplayMessages($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    displayMessages(chargerId: $chargerId) { id messageId priority state startAt endAt transactionId format language content status updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetDisplayMessage($input: SetDisplayMessageInput!) {\n    setDisplayMessage(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetDisplayMessage($input: SetDisplayMessageInput!) {\n    setDisplayMessage(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGetDisplayMessages($input: GetDisplayMessagesInput!) {\n    getDisplayMessages(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminGetDisplayMessages($input: GetDisplayMessagesInput!) {\n    getDisplayMessages(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClearDisplayMessage($input: ClearDisplayMessageInput!) {\n    clearDisplayMessage(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminClearDisplayMessage($input: ClearDisplayMessageInput!) {\n    clearDisplayMessage(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminFleetJob on FleetJob { id action payload selection status stage stageSize autoContinue createdAt finishedAt total counts }\n"): (typeof documents)["\n  fragment AdminFleetJob on FleetJob { id action payload selection status stage stageSize autoContinue createdAt finishedAt total counts }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFleetJobs($status: FleetJobStatus, $action: FleetAction, $orderBy: FleetJobOrder, $first: Int, $after: String) {\n    fleetJobs(status: $status, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFleetJob }\n    }\n  }\n"): (typeof documents)["\n  query AdminFleetJobs($status: FleetJobStatus, $action: FleetAction, $orderBy: FleetJobOrder, $first: Int, $after: String) {\n    fleetJobs(status: $status, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminFleetJob }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFleetJob($id: ID!) {\n    fleetJob(id: $id) { ...AdminFleetJob targets { id chargerId chargePointId stage status answer error latencyMs firmwareHistory updatedAt } }\n  }\n"): (typeof documents)["\n  query AdminFleetJob($id: ID!) {\n    fleetJob(id: $id) { ...AdminFleetJob targets { id chargerId chargePointId stage status answer error latencyMs firmwareHistory updatedAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminStartFleetJob($input: StartFleetJobInput!) {\n    startFleetJob(input: $input) { fleetJob { ...AdminFleetJob } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminStartFleetJob($input: StartFleetJobInput!) {\n    startFleetJob(input: $input) { fleetJob { ...AdminFleetJob } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminContinueFleetJob($id: ID!) { continueFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminContinueFleetJob($id: ID!) { continueFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelFleetJob($id: ID!) { cancelFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n"): (typeof documents)["\n  mutation AdminCancelFleetJob($id: ID!) { cancelFleetJob(id: $id) { fleetJob { ...AdminFleetJob } errors { code message field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminFleetJobUpdates($id: ID) { fleetJobUpdates(id: $id) { jobId targetId chargerId status jobStatus stage } }\n"): (typeof documents)["\n  subscription AdminFleetJobUpdates($id: ID) { fleetJobUpdates(id: $id) { jobId targetId chargerId status jobStatus stage } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminConnectionEvents($chargerId: ID, $chargePointId: String, $kind: String, $reason: String, $orderBy: ConnectionEventOrder, $first: Int, $after: String) {\n    connectionEvents(chargerId: $chargerId, chargePointId: $chargePointId, kind: $kind, reason: $reason, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n    }\n  }\n"): (typeof documents)["\n  query AdminConnectionEvents($chargerId: ID, $chargePointId: String, $kind: String, $reason: String, $orderBy: ConnectionEventOrder, $first: Int, $after: String) {\n    connectionEvents(chargerId: $chargerId, chargePointId: $chargePointId, kind: $kind, reason: $reason, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminConnectionSummary($chargerId: ID!) {\n    chargerConnectionSummary(chargerId: $chargerId) {\n      lastConnect { at remoteAddress detail }\n      lastDisconnect { at reason reasonText code detail }\n      lastRefusal { at reason reasonText remoteAddress }\n    }\n  }\n"): (typeof documents)["\n  query AdminConnectionSummary($chargerId: ID!) {\n    chargerConnectionSummary(chargerId: $chargerId) {\n      lastConnect { at remoteAddress detail }\n      lastDisconnect { at reason reasonText code detail }\n      lastRefusal { at reason reasonText remoteAddress }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminConnectionEventsLive($chargerId: ID) {\n    connectionEvents(chargerId: $chargerId) { chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n  }\n"): (typeof documents)["\n  subscription AdminConnectionEventsLive($chargerId: ID) {\n    connectionEvents(chargerId: $chargerId) { chargerId chargePointId kind reason reasonText detail remoteAddress code at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOcppCommands($chargerId: ID, $action: String, $orderBy: OcppCommandOrder, $first: Int, $after: String) {\n    ocppCommands(chargerId: $chargerId, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id chargerId chargePointId action request response status error sentBy apiKeyName origin latencyMs outcome outcomeDeadline sessionId transactionId createdAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminOcppCommands($chargerId: ID, $action: String, $orderBy: OcppCommandOrder, $first: Int, $after: String) {\n    ocppCommands(chargerId: $chargerId, action: $action, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id chargerId chargePointId action request response status error sentBy apiKeyName origin latencyMs outcome outcomeDeadline sessionId transactionId createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminOcppCommandUpdates($chargerId: ID) { ocppCommandUpdates(chargerId: $chargerId) { commandId chargePointId action status } }\n"): (typeof documents)["\n  subscription AdminOcppCommandUpdates($chargerId: ID) { ocppCommandUpdates(chargerId: $chargerId) { commandId chargePointId action status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIdTagSearch($text: String!) { idTagSearch(text: $text, first: 10) { idTag status kind label userEmail userName } }\n"): (typeof documents)["\n  query AdminIdTagSearch($text: String!) { idTagSearch(text: $text, first: 10) { idTag status kind label userEmail userName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSiteLoad($siteId: ID!) {\n    siteLoad(siteId: $siteId) {\n      enabled voltage staleAfterSeconds otherL1A otherL2A otherL3A otherAt warning meterError\n      nodes { id parentId kind name chargerId connectorId limitL1A limitL2A limitL3A phaseRotation\n        windowFrom windowTo windowLimitA rejectsProfiles }\n      allocation { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n        nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n    }\n  }\n"): (typeof documents)["\n  query AdminSiteLoad($siteId: ID!) {\n    siteLoad(siteId: $siteId) {\n      enabled voltage staleAfterSeconds otherL1A otherL2A otherL3A otherAt warning meterError\n      nodes { id parentId kind name chargerId connectorId limitL1A limitL2A limitL3A phaseRotation\n        windowFrom windowTo windowLimitA rejectsProfiles }\n      allocation { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n        nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminSiteLoadAllocation($siteId: ID!) {\n    siteLoadAllocation(siteId: $siteId) { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n      nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n  }\n"): (typeof documents)["\n  subscription AdminSiteLoadAllocation($siteId: ID!) {\n    siteLoadAllocation(siteId: $siteId) { at reason supplyLimitA shares { chargePointId connectorId transactionId limitA targetA state phases weight cappedA drawnA }\n      nodes { nodeId parentId kind name limitA inForceA drawnA transactionIds } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddCapacityNode($input: CapacityNodeInput!) {\n    addCapacityNode(input: $input) { node { id } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminAddCapacityNode($input: CapacityNodeInput!) {\n    addCapacityNode(input: $input) { node { id } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveCapacityNode($id: ID!) {\n    removeCapacityNode(id: $id) { siteLoad { enabled } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRemoveCapacityNode($id: ID!) {\n    removeCapacityNode(id: $id) { siteLoad { enabled } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSiteLoadHistory($siteId: ID!, $first: Int, $after: String) {\n    siteLoadHistory(siteId: $siteId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id at chargePointId connectorId transactionId oldLimitA newLimitA unit reason answer }\n    }\n  }\n"): (typeof documents)["\n  query AdminSiteLoadHistory($siteId: ID!, $first: Int, $after: String) {\n    siteLoadHistory(siteId: $siteId, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor }\n      nodes { id at chargePointId connectorId transactionId oldLimitA newLimitA unit reason answer }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeviceEvents($chargerId: ID!) {\n    chargerDeviceEvents(chargerId: $chargerId) { eventId at trigger actualValue notificationType component componentInstance\n      evseId connectorId variable variableInstance techCode techInfo cleared transactionId variableMonitoringId }\n  }\n"): (typeof documents)["\n  query AdminDeviceEvents($chargerId: ID!) {\n    chargerDeviceEvents(chargerId: $chargerId) { eventId at trigger actualValue notificationType component componentInstance\n      evseId connectorId variable variableInstance techCode techInfo cleared transactionId variableMonitoringId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVariableMonitors($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    variableMonitors(chargerId: $chargerId) { monitorId component componentInstance evseId connectorId variable variableInstance type value severity transaction }\n  }\n"): (typeof documents)["\n  query AdminVariableMonitors($chargerId: ID!) {\n    charger(id: $chargerId) { id ocppVersion }\n    variableMonitors(chargerId: $chargerId) { monitorId component componentInstance evseId connectorId variable variableInstance type value severity transaction }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetVariableMonitoring($input: SetVariableMonitoringInput!) {\n    setVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetVariableMonitoring($input: SetVariableMonitoringInput!) {\n    setVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminClearVariableMonitoring($input: ClearVariableMonitoringInput!) {\n    clearVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminClearVariableMonitoring($input: ClearVariableMonitoringInput!) {\n    clearVariableMonitoring(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetMonitoringBase($input: SetMonitoringBaseInput!) {\n    setMonitoringBase(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetMonitoringBase($input: SetMonitoringBaseInput!) {\n    setMonitoringBase(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetMonitoringLevel($input: SetMonitoringLevelInput!) {\n    setMonitoringLevel(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetMonitoringLevel($input: SetMonitoringLevelInput!) {\n    setMonitoringLevel(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGetMonitoringReport($input: GetMonitoringReportInput!) {\n    getMonitoringReport(input: $input) { status errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminGetMonitoringReport($input: GetMonitoringReportInput!) {\n    getMonitoringReport(input: $input) { status errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOcppCommandResult on OcppCommandPayload { status response errors { code message field } }\n"): (typeof documents)["\n  fragment AdminOcppCommandResult on OcppCommandPayload { status response errors { code message field } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppRemoteStartTransaction($input: RemoteStartTransactionInput!) { remoteStartTransaction(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppRemoteStartTransaction($input: RemoteStartTransactionInput!) { remoteStartTransaction(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppRemoteStopTransaction($input: RemoteStopTransactionInput!) { remoteStopTransaction(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppRemoteStopTransaction($input: RemoteStopTransactionInput!) { remoteStopTransaction(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppReset($input: ResetChargerInput!) { resetCharger(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppReset($input: ResetChargerInput!) { resetCharger(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppUnlockConnector($input: UnlockConnectorInput!) { unlockConnector(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppUnlockConnector($input: UnlockConnectorInput!) { unlockConnector(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppChangeAvailability($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppChangeAvailability($input: ChangeAvailabilityInput!) { changeAvailability(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetConfiguration($input: GetConfigurationInput!) { getConfiguration(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetConfiguration($input: GetConfigurationInput!) { getConfiguration(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppChangeConfiguration($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppChangeConfiguration($input: ChangeConfigurationInput!) { changeConfiguration(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppClearCache($input: ChargerCommandInput!) { clearCache(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppClearCache($input: ChargerCommandInput!) { clearCache(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppDataTransfer($input: DataTransferInput!) { dataTransfer(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppDataTransfer($input: DataTransferInput!) { dataTransfer(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetDiagnostics($input: GetDiagnosticsInput!) { getDiagnostics(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetDiagnostics($input: GetDiagnosticsInput!) { getDiagnostics(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppUpdateFirmware($input: UpdateFirmwareInput!) { updateFirmware(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppUpdateFirmware($input: UpdateFirmwareInput!) { updateFirmware(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetLocalListVersion($input: ChargerCommandInput!) { getLocalListVersion(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetLocalListVersion($input: ChargerCommandInput!) { getLocalListVersion(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppSendLocalList($input: SendLocalListInput!) { sendLocalList(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppSendLocalList($input: SendLocalListInput!) { sendLocalList(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppReserveNow($input: ReserveNowInput!) { reserveNow(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppReserveNow($input: ReserveNowInput!) { reserveNow(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppCancelReservation($input: AdminCancelReservationInput!) { cancelChargerReservation(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppCancelReservation($input: AdminCancelReservationInput!) { cancelChargerReservation(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppSetChargingProfile($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppSetChargingProfile($input: SetChargingProfileInput!) { setChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppClearChargingProfile($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppClearChargingProfile($input: ClearChargingProfileInput!) { clearChargingProfile(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetCompositeSchedule($input: GetCompositeScheduleInput!) { getCompositeSchedule(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetCompositeSchedule($input: GetCompositeScheduleInput!) { getCompositeSchedule(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetChargingProfiles($input: GetChargingProfilesInput!) { getChargingProfiles(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetChargingProfiles($input: GetChargingProfilesInput!) { getChargingProfiles(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetTransactionStatus($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetTransactionStatus($input: GetTransactionStatusInput!) { getTransactionStatus(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppTriggerMessage($input: TriggerMessageInput!) { triggerMessage(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppTriggerMessage($input: TriggerMessageInput!) { triggerMessage(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppExtendedTriggerMessage($input: ExtendedTriggerMessageInput!) { extendedTriggerMessage(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppExtendedTriggerMessage($input: ExtendedTriggerMessageInput!) { extendedTriggerMessage(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppInstallCertificate($input: InstallCertificateInput!) { installCertificate(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppInstallCertificate($input: InstallCertificateInput!) { installCertificate(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetInstalledCertificateIds($input: GetInstalledCertificateIdsInput!) { getInstalledCertificateIds(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetInstalledCertificateIds($input: GetInstalledCertificateIdsInput!) { getInstalledCertificateIds(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppDeleteCertificate($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppDeleteCertificate($input: DeleteCertificateInput!) { deleteCertificate(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOcppGetLog($input: GetLogInput!) { getLog(input: $input) { ...AdminOcppCommandResult } }\n"): (typeof documents)["\n  mutation AdminOcppGetLog($input: GetLogInput!) { getLog(input: $input) { ...AdminOcppCommandResult } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOcppMessages($first: Int, $after: String, $chargePointId: String, $action: String, $direction: String, $messageType: Int, $uniqueId: String) {\n    ocppMessages(first: $first, after: $after, chargePointId: $chargePointId, action: $action, direction: $direction, messageType: $messageType, uniqueId: $uniqueId) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargePointId direction messageType action uniqueId payload errorCode latencyMs createdAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminOcppMessages($first: Int, $after: String, $chargePointId: String, $action: String, $direction: String, $messageType: Int, $uniqueId: String) {\n    ocppMessages(first: $first, after: $after, chargePointId: $chargePointId, action: $action, direction: $direction, messageType: $messageType, uniqueId: $uniqueId) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id chargePointId direction messageType action uniqueId payload errorCode latencyMs createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminOcppLog($chargerId: ID) {\n    ocppMessages(chargerId: $chargerId) { chargePointId direction messageType action uniqueId payload errorCode latencyMs timestamp }\n  }\n"): (typeof documents)["\n  subscription AdminOcppLog($chargerId: ID) {\n    ocppMessages(chargerId: $chargerId) { chargePointId direction messageType action uniqueId payload errorCode latencyMs timestamp }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTopUpReconciliation($first: Int!) {\n    topUpReconciliation(first: $first) {\n      userId gatewayState gatewayTime flag flaggedAt\n      topUp { id status amount { amount currency } method provider createdAt completedAt failureReason }\n      events { eventId type gatewayTime sequence receivedAt outcome error }\n    }\n  }\n"): (typeof documents)["\n  query AdminTopUpReconciliation($first: Int!) {\n    topUpReconciliation(first: $first) {\n      userId gatewayState gatewayTime flag flaggedAt\n      topUp { id status amount { amount currency } method provider createdAt completedAt failureReason }\n      events { eventId type gatewayTime sequence receivedAt outcome error }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSandboxCheckoutLink($input: CreateSandboxCheckoutLinkInput!) {\n    createSandboxCheckoutLink(input: $input) { url expiresAt errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSandboxCheckoutLink($input: CreateSandboxCheckoutLinkInput!) {\n    createSandboxCheckoutLink(input: $input) { url expiresAt errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReverseTopUpCredit($input: ReverseTopUpCreditInput!) {\n    reverseTopUpCredit(input: $input) { topUp { id status failureReason } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminReverseTopUpCredit($input: ReverseTopUpCreditInput!) {\n    reverseTopUpCredit(input: $input) { topUp { id status failureReason } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPlatform {\n    platform { name version environment currency publicUrl ocppUrl }\n  }\n"): (typeof documents)["\n  query AdminPlatform {\n    platform { name version environment currency publicUrl ocppUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoamingPartners {\n    ocpiPartners { id name state versionsUrl version countryCode partyId lastError updatedAt endpoints { identifier role url } }\n    ocpiOwnEndpoints { identifier role url }\n  }\n"): (typeof documents)["\n  query AdminRoamingPartners {\n    ocpiPartners { id name state versionsUrl version countryCode partyId lastError updatedAt endpoints { identifier role url } }\n    ocpiOwnEndpoints { identifier role url }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoamingCalls($id: ID!, $first: Int) {\n    ocpiPartnerCalls(id: $id, first: $first) { id direction method url httpStatus ocpiStatus message durationMs at }\n  }\n"): (typeof documents)["\n  query AdminRoamingCalls($id: ID!, $first: Int) {\n    ocpiPartnerCalls(id: $id, first: $first) { id direction method url httpStatus ocpiStatus message durationMs at }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRoamingSettlement($partnerId: ID!, $dateFrom: DateTime!, $dateTo: DateTime!) {\n    roamingSettlement(partnerId: $partnerId, dateFrom: $dateFrom, dateTo: $dateTo) {\n      partner\n      emsp { sessions energyKwh amount { amount currency } }\n      cpo { sessions energyKwh amount { amount currency } }\n      net { amount currency }\n      lines { direction reference endedAt energyKwh amount { amount currency } status }\n      mismatches { direction reference problem }\n      csv\n      pdfBase64\n    }\n  }\n"): (typeof documents)["\n  query AdminRoamingSettlement($partnerId: ID!, $dateFrom: DateTime!, $dateTo: DateTime!) {\n    roamingSettlement(partnerId: $partnerId, dateFrom: $dateFrom, dateTo: $dateTo) {\n      partner\n      emsp { sessions energyKwh amount { amount currency } }\n      cpo { sessions energyKwh amount { amount currency } }\n      net { amount currency }\n      lines { direction reference endedAt energyKwh amount { amount currency } status }\n      mismatches { direction reference problem }\n      csv\n      pdfBase64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteOcpiPartner($name: String!) {\n    inviteOcpiPartner(name: $name) { tokenA versionsUrl partner { id } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminInviteOcpiPartner($name: String!) {\n    inviteOcpiPartner(name: $name) { tokenA versionsUrl partner { id } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterOcpiPartner($input: RegisterOcpiPartnerInput!) {\n    registerOcpiPartner(input: $input) { partner { id state } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRegisterOcpiPartner($input: RegisterOcpiPartnerInput!) {\n    registerOcpiPartner(input: $input) { partner { id state } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPullOcpiPartner($id: ID!) {\n    pullOcpiPartner(id: $id) { locations tariffs pages refused errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminPullOcpiPartner($id: ID!) {\n    pullOcpiPartner(id: $id) { locations tariffs pages refused errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRotateOcpiCredentials($id: ID!) {\n    rotateOcpiCredentials(id: $id) { partner { id state } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRotateOcpiCredentials($id: ID!) {\n    rotateOcpiCredentials(id: $id) { partner { id state } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUnregisterOcpiPartner($id: ID!) {\n    unregisterOcpiPartner(id: $id) { partner { id state } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminUnregisterOcpiPartner($id: ID!) {\n    unregisterOcpiPartner(id: $id) { partner { id state } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChargerSecurity($chargerId: ID!) {\n    chargerSecurity(chargerId: $chargerId) {\n      events { id type occurredAt techInfo critical alert receivedAt }\n      certificates { id source certificateType hashAlgorithm issuerNameHash issuerKeyHash serialNumber subject notAfter expiresSoon }\n      logRequests { id requestId logType location fileName status createdAt history { status at } }\n    }\n  }\n"): (typeof documents)["\n  query AdminChargerSecurity($chargerId: ID!) {\n    chargerSecurity(chargerId: $chargerId) {\n      events { id type occurredAt techInfo critical alert receivedAt }\n      certificates { id source certificateType hashAlgorithm issuerNameHash issuerKeyHash serialNumber subject notAfter expiresSoon }\n      logRequests { id requestId logType location fileName status createdAt history { status at } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminExpiringChargerCertificates {\n    expiringChargerCertificates { chargerId chargePointId serialNumber notAfter }\n  }\n"): (typeof documents)["\n  query AdminExpiringChargerCertificates {\n    expiringChargerCertificates { chargerId chargePointId serialNumber notAfter }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRaiseSecurityProfile($input: RaiseSecurityProfileInput!) {\n    raiseSecurityProfile(input: $input) { status steps { action status } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRaiseSecurityProfile($input: RaiseSecurityProfileInput!) {\n    raiseSecurityProfile(input: $input) { status steps { action status } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSessionRow on AdminChargingSession {\n    id transactionId status connectorId chargePointId idTag startedAt stoppedAt energyWh powerW billed flags stopReason startSource\n    cost { amount currency }\n    user { id email name }\n  }\n"): (typeof documents)["\n  fragment AdminSessionRow on AdminChargingSession {\n    id transactionId status connectorId chargePointId idTag startedAt stoppedAt energyWh powerW billed flags stopReason startSource\n    cost { amount currency }\n    user { id email name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessions($first: Int, $after: String, $filter: ChargingSessionFilter, $orderBy: ChargingSessionOrder) {\n    chargingSessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSessionRow }\n    }\n  }\n"): (typeof documents)["\n  query AdminSessions($first: Int, $after: String, $filter: ChargingSessionFilter, $orderBy: ChargingSessionOrder) {\n    chargingSessions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { ...AdminSessionRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSession($id: ID!) {\n    adminChargingSession(id: $id) {\n      ...AdminSessionRow\n      soc lastMeterAt meterStartWh startedBy { id email name } startedByApiKeyId\n      costSoFar { amount currency }\n      charger { id chargePointId name }\n      costLines { code description quantity unit quantityText amount { amount currency } }\n      receipt { id number issuedAt total { amount currency } pdfUrl }\n      meterSamples { timestamp energyWh powerW soc }\n      evChargingNeeds { requestedEnergyTransfer departureTime energyAmountWh }\n    }\n  }\n"): (typeof documents)["\n  query AdminSession($id: ID!) {\n    adminChargingSession(id: $id) {\n      ...AdminSessionRow\n      soc lastMeterAt meterStartWh startedBy { id email name } startedByApiKeyId\n      costSoFar { amount currency }\n      charger { id chargePointId name }\n      costLines { code description quantity unit quantityText amount { amount currency } }\n      receipt { id number issuedAt total { amount currency } pdfUrl }\n      meterSamples { timestamp energyWh powerW soc }\n      evChargingNeeds { requestedEnergyTransfer departureTime energyAmountWh }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSessionCost($id: ID!) {\n    adminChargingSession(id: $id) { id costSoFar { amount currency } }\n  }\n"): (typeof documents)["\n  query AdminSessionCost($id: ID!) {\n    adminChargingSession(id: $id) { id costSoFar { amount currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminSessionProgress($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) { sessionId status energyWh powerW soc costSoFar currency timestamp lagged }\n  }\n"): (typeof documents)["\n  subscription AdminSessionProgress($sessionId: ID!) {\n    sessionProgress(sessionId: $sessionId) { sessionId status energyWh powerW soc costSoFar currency timestamp lagged }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminSessionMeter($sessionId: ID) {\n    meterValues(sessionId: $sessionId) { sessionId timestamp energyWh powerW soc lagged }\n  }\n"): (typeof documents)["\n  subscription AdminSessionMeter($sessionId: ID) {\n    meterValues(sessionId: $sessionId) { sessionId timestamp energyWh powerW soc lagged }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminStopCharging($input: StopChargingInput!) {\n    stopCharging(input: $input) { session { id status } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminStopCharging($input: StopChargingInput!) {\n    stopCharging(input: $input) { session { id status } errors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMeterValues($chargerId: ID!, $since: DateTime!, $until: DateTime, $measurand: String, $limit: Int!) {\n    meterValues(chargerId: $chargerId, since: $since, until: $until, measurand: $measurand, limit: $limit) {\n      id timestamp connectorId transactionId measurand phase unit rawValue value\n    }\n  }\n"): (typeof documents)["\n  query AdminMeterValues($chargerId: ID!, $since: DateTime!, $until: DateTime, $measurand: String, $limit: Int!) {\n    meterValues(chargerId: $chargerId, since: $since, until: $until, measurand: $measurand, limit: $limit) {\n      id timestamp connectorId transactionId measurand phase unit rawValue value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvoiceSummary($from: DateTime!, $to: DateTime!, $groupBy: InvoiceGrouping!) {\n    invoiceSummary(from: $from, to: $to, groupBy: $groupBy) {\n      sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency }\n      rows { key sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency } }\n    }\n  }\n"): (typeof documents)["\n  query AdminInvoiceSummary($from: DateTime!, $to: DateTime!, $groupBy: InvoiceGrouping!) {\n    invoiceSummary(from: $from, to: $to, groupBy: $groupBy) {\n      sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency }\n      rows { key sessions energyKwh revenue { amount currency } tax { amount currency } total { amount currency } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCompletedSessions($from: DateTime, $to: DateTime, $orderBy: ChargingSessionOrder, $first: Int, $after: String) {\n    completedSessions(from: $from, to: $to, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id transactionId status connectorId startedAt stoppedAt energyWh cost { amount currency } receiptId }\n    }\n  }\n"): (typeof documents)["\n  query AdminCompletedSessions($from: DateTime, $to: DateTime, $orderBy: ChargingSessionOrder, $first: Int, $after: String) {\n    completedSessions(from: $from, to: $to, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      nodes { id transactionId status connectorId startedAt stoppedAt energyWh cost { amount currency } receiptId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCompletedSessionsCsv($from: DateTime!, $to: DateTime!) {\n    completedSessionsCsv(from: $from, to: $to) { filename contentType content }\n  }\n"): (typeof documents)["\n  query AdminCompletedSessionsCsv($from: DateTime!, $to: DateTime!) {\n    completedSessionsCsv(from: $from, to: $to) { filename contentType content }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReceipt($id: ID!) {\n    receipt(id: $id) { id number issuedAt total { amount currency } pdfUrl }\n  }\n"): (typeof documents)["\n  query AdminReceipt($id: ID!) {\n    receipt(id: $id) { id number issuedAt total { amount currency } pdfUrl }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseChargingSession($input: CloseChargingSessionInput!) {\n    closeChargingSession(input: $input) { session { id status } errors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCloseChargingSession($input: CloseChargingSessionInput!) {\n    closeChargingSession(input: $input) { session { id status } errors { code message field } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;