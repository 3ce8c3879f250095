// Faults, maintenance, support, settings, API keys, users, and the tariff / membership / rewards catalogues.
import { graphql } from "../gql";

// ---- Faults
export const FaultFields = graphql(`
  fragment AdminFault on Fault {
    id connectorId errorCode info vendorErrorCode status openedAt acknowledgedAt resolvedAt notes
    charger { id chargePointId }
  }
`);
export const FaultsQuery = graphql(`
  query AdminFaults($first: Int, $after: String, $status: String, $orderBy: FaultOrder) {
    faults(first: $first, after: $after, status: $status, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminFault }
    }
  }
`);
export const FaultSubscription = graphql(`
  subscription AdminFaultLive { faults { faultId chargePointId status errorCode timestamp } }
`);
export const AcknowledgeFaultMutation = graphql(`
  mutation AdminAckFault($input: FaultNoteInput!) { acknowledgeFault(input: $input) { fault { ...AdminFault } errors { code message field } } }
`);
export const ResolveFaultMutation = graphql(`
  mutation AdminResolveFault($input: FaultNoteInput!) { resolveFault(input: $input) { fault { ...AdminFault } errors { code message field } } }
`);

// ---- Maintenance
export const MaintenanceFields = graphql(`
  fragment AdminMaintenance on MaintenanceRecord {
    id kind technician scheduledAt startedAt completedAt notes status createdAt charger { id chargePointId }
  }
`);
export const MaintenanceQuery = graphql(`
  query AdminMaintenance($first: Int, $after: String, $status: MaintenanceStatus) {
    maintenanceRecords(first: $first, after: $after, status: $status) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminMaintenance }
    }
  }
`);
export const CreateMaintenanceMutation = graphql(`
  mutation AdminCreateMaintenance($input: CreateMaintenanceRecordInput!) {
    createMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }
  }
`);
export const UpdateMaintenanceMutation = graphql(`
  mutation AdminUpdateMaintenance($input: UpdateMaintenanceRecordInput!) {
    updateMaintenanceRecord(input: $input) { maintenanceRecord { ...AdminMaintenance } errors { code message field } }
  }
`);
export const DeleteMaintenanceMutation = graphql(`
  mutation AdminDeleteMaintenance($input: DeleteMaintenanceRecordInput!) {
    deleteMaintenanceRecord(input: $input) { deletedId errors { code message field } }
  }
`);

// ---- Support messages
export const SupportFields = graphql(`
  fragment AdminSupportMessage on SupportMessage { id name email subject body status reply repliedAt createdAt }
`);
export const SupportMessagesQuery = graphql(`
  query AdminSupport($first: Int, $after: String, $status: SupportMessageStatus, $search: String) {
    supportMessages(first: $first, after: $after, status: $status, search: $search) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminSupportMessage }
    }
  }
`);
export const ReplySupportMutation = graphql(`
  mutation AdminReplySupport($input: ReplySupportMessageInput!) {
    replySupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }
  }
`);
export const CloseSupportMutation = graphql(`
  mutation AdminCloseSupport($input: SupportMessageInput!) {
    closeSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }
  }
`);
export const ReopenSupportMutation = graphql(`
  mutation AdminReopenSupport($input: SupportMessageInput!) {
    reopenSupportMessage(input: $input) { message { ...AdminSupportMessage } errors { code message field } }
  }
`);

// ---- Platform settings
export const SettingsFields = graphql(`
  fragment AdminSettings on PlatformSettings {
    registrationPolicy unknownChargerPolicy heartbeatIntervalSeconds minimumBalance { amount currency }
    pointsPerKwh messageLogRetentionDays updatedAt
  }
`);
export const SettingsQuery = graphql(`
  query AdminSettings { platformSettings { ...AdminSettings } platform { publicUrl ocppUrl } }
`);
export const UpdateSettingsMutation = graphql(`
  mutation AdminUpdateSettings($input: UpdatePlatformSettingsInput!) {
    updatePlatformSettings(input: $input) { settings { ...AdminSettings } errors { code message field } }
  }
`);

// ---- API keys (the signed-in admin's own keys)
export const ApiKeyFields = graphql(`
  fragment AdminApiKey on ApiKey { id name prefix scope createdAt lastUsedAt revokedAt revoked }
`);
export const ApiKeysQuery = graphql(`
  query AdminApiKeys { me { id apiKeys(includeRevoked: true, first: 100) { totalCount nodes { ...AdminApiKey } } } }
`);
export const CreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { apiKey { ...AdminApiKey } secret errors { code message field } }
  }
`);
export const RevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) { apiKey { ...AdminApiKey } errors { code message field } }
  }
`);

// ---- Users
export const UserFields = graphql(`
  fragment AdminUserFields on User { id email name phone role disabled emailVerified createdAt lastLoginAt deleted }
`);
export const UsersQuery = graphql(`
  query AdminUsers($first: Int, $after: String, $search: String, $role: Role, $disabled: Boolean, $orderBy: UserOrder) {
    users(first: $first, after: $after, search: $search, role: $role, disabled: $disabled, orderBy: $orderBy) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AdminUserFields wallet { balance { amount currency } } }
    }
  }
`);
export const UserQuery = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ...AdminUserFields
      idTags(first: 100) { nodes { id idTag kind status expiresAt label } }
      vehicles(first: 100) { nodes { id brand model batteryKwh plateNumber nickname } }
      chargingSessions(first: 50) { totalCount nodes { id transactionId connectorId idTag status startedAt stoppedAt energyWh totalCost { amount currency } stopReason } }
    }
    userWallet(userId: $id) {
      balance { amount currency } debt { amount currency }
      transactions(first: 50) { totalCount nodes { id kind amount { amount currency } balanceAfter { amount currency } memo reason createdAt sessionId } }
    }
  }
`);
export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: AdminCreateUserInput!) { adminCreateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }
`);
export const UpdateUserMutation = graphql(`
  mutation AdminUpdateUser($input: AdminUpdateUserInput!) { adminUpdateUser(input: $input) { user { ...AdminUserFields } errors { code message field } } }
`);
export const SetUserRoleMutation = graphql(`
  mutation AdminSetUserRole($input: AdminSetUserRoleInput!) { adminSetUserRole(input: $input) { user { ...AdminUserFields } errors { code message field } } }
`);
export const SetUserDisabledMutation = graphql(`
  mutation AdminSetUserDisabled($input: AdminSetUserDisabledInput!) { adminSetUserDisabled(input: $input) { user { ...AdminUserFields } errors { code message field } } }
`);
export const AdjustWalletMutation = graphql(`
  mutation AdminAdjustWallet($input: AdjustWalletInput!) {
    adjustWallet(input: $input) { wallet { balance { amount currency } } errors { code message field } }
  }
`);

// ---- Tariffs
export const TariffFields = graphql(`
  fragment AdminTariff on Tariff {
    id name description currency taxRate idleGraceMinutes isDefault active
    pricePerKwh { amount currency } pricePerMinute { amount currency } idleFeePerMinute { amount currency }
    sessionFee { amount currency } minCharge { amount currency } maxCharge { amount currency } reservationFee { amount currency }
  }
`);
export const TariffsQuery = graphql(`
  query AdminTariffs($first: Int) { tariffs(includeInactive: true, first: $first) { totalCount nodes { ...AdminTariff } } }
`);
export const CreateTariffMutation = graphql(`
  mutation AdminCreateTariff($input: CreateTariffInput!) { createTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }
`);
export const UpdateTariffMutation = graphql(`
  mutation AdminUpdateTariff($input: UpdateTariffInput!) { updateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }
`);
export const SetDefaultTariffMutation = graphql(`
  mutation AdminSetDefaultTariff($input: TariffIdInput!) { setDefaultTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }
`);
export const DeactivateTariffMutation = graphql(`
  mutation AdminDeactivateTariff($input: TariffIdInput!) { deactivateTariff(input: $input) { tariff { ...AdminTariff } errors { code message field } } }
`);

// ---- Membership plans
export const PlanFields = graphql(`
  fragment AdminPlan on MembershipPlan { id name description monthlyPrice { amount currency } discountPerKwh { amount currency } includedKwh active createdAt }
`);
export const PlansQuery = graphql(`
  query AdminPlans($first: Int) { membershipPlans(includeInactive: true, first: $first) { totalCount nodes { ...AdminPlan } } }
`);
export const CreatePlanMutation = graphql(`
  mutation AdminCreatePlan($input: CreateMembershipPlanInput!) { createMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }
`);
export const UpdatePlanMutation = graphql(`
  mutation AdminUpdatePlan($input: UpdateMembershipPlanInput!) { updateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }
`);
export const DeactivatePlanMutation = graphql(`
  mutation AdminDeactivatePlan($input: MembershipPlanIdInput!) { deactivateMembershipPlan(input: $input) { plan { ...AdminPlan } errors { code message field } } }
`);

// ---- Rewards catalog
export const RewardFields = graphql(`
  fragment AdminReward on RewardItem { id name description points category kind freeKwh discount { amount currency } stock inStock imageUrl active }
`);
export const RewardsQuery = graphql(`
  query AdminRewards($first: Int) { rewardCatalog(includeInactive: true, first: $first) { totalCount nodes { ...AdminReward } } }
`);
export const CreateRewardMutation = graphql(`
  mutation AdminCreateReward($input: CreateRewardItemInput!) { createRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }
`);
export const UpdateRewardMutation = graphql(`
  mutation AdminUpdateReward($input: UpdateRewardItemInput!) { updateRewardItem(input: $input) { item { ...AdminReward } errors { code message field } } }
`);
export const DeleteRewardMutation = graphql(`
  mutation AdminDeleteReward($input: RewardItemIdInput!) { deleteRewardItem(input: $input) { item { id } errors { code message field } } }
`);
