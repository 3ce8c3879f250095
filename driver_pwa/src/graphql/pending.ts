/* Operations the screens use that are NOT in ../api/schema.graphql yet.
 *
 * They are plain strings (not typed by graphql-codegen, so a missing field never breaks the build),
 * with hand-written result types in ./types.ts. When the backend adds an operation, move it to
 * src/graphql/ready/<name>.graphql, run `npm run codegen`, and switch the screen to the generated
 * document. `npm run ops:status` lists which of these validate against the current schema.
 *
 * Conventions followed (docs/ARCHITECTURE.md): mutations take one `input` and return a payload with
 * `errors { code message field }`; lists are Relay connections (`nodes`); Money is {amount, currency}.
 */

const ERR = "errors { __typename code message field }";
const MONEY = "{ amount currency }";

// ------------------------------------------------------------------ accounts (additions)
/** Referral code and points on User (rewards issue). */
export const ME_EXTRAS = /* GraphQL */ `
  query MeExtras {
    me { id referralCode pointsBalance }
  }`;

// ------------------------------------------------------------------ chargers
const CONNECTOR = `connectorId status connectorType maxPowerKw`;
const TARIFF = `tariff { name pricePerKwh ${MONEY} pricePerMinute ${MONEY} sessionFee ${MONEY} idleFeePerMinute ${MONEY} taxRate }`;

export const CHARGERS = /* GraphQL */ `
  query Chargers($first: Int, $connectorType: String, $minPowerKw: Decimal) {
    chargers(first: $first, connectorType: $connectorType, minPowerKw: $minPowerKw) {
      nodes { id chargePointId name address city latitude longitude online maxPowerKw connectors { ${CONNECTOR} } }
    }
  }`;

export const CHARGER = /* GraphQL */ `
  query Charger($chargePointId: String!) {
    charger(chargePointId: $chargePointId) {
      id chargePointId name description address city latitude longitude online maxPowerKw
      connectors { ${CONNECTOR} }
      ${TARIFF}
    }
  }`;

export const RESERVE_CONNECTOR = /* GraphQL */ `
  mutation ReserveConnector($input: ReserveConnectorInput!) {
    reserveConnector(input: $input) { reservation { id status expiresAt } ${ERR} }
  }`;

// ------------------------------------------------------------------ charging
const REQUEST = `id status error session { id }`;
const SESSION = `id status startedAt stoppedAt connectorId energyWh totalCost ${MONEY}
  charger { id chargePointId name address }`;

export const START_CHARGING = /* GraphQL */ `
  mutation StartCharging($input: StartChargingInput!) {
    startCharging(input: $input) { request { ${REQUEST} } ${ERR} }
  }`;

export const CHARGING_REQUEST_QUERY = /* GraphQL */ `
  query ChargingRequestQuery($id: ID!) {
    chargingRequest(id: $id) { ${REQUEST} }
  }`;

export const ACTIVE_SESSION = /* GraphQL */ `
  query ActiveSession {
    activeSession { ${SESSION} }
  }`;

export const SESSION_QUERY = /* GraphQL */ `
  query SessionQuery($id: ID!) {
    session(id: $id) { ${SESSION} }
  }`;

export const STOP_CHARGING = /* GraphQL */ `
  mutation StopCharging($input: StopChargingInput!) {
    stopCharging(input: $input) { session { id status } ${ERR} }
  }`;

export const RECEIPT = /* GraphQL */ `
  query Receipt($sessionId: ID!) {
    session(id: $sessionId) {
      ${SESSION} pointsAwarded
      receipt { id number issuedAt pdfUrl total ${MONEY} lines { description quantity unit amount ${MONEY} } }
    }
  }`;

// ------------------------------------------------------------------ wallet
/** Wallet transactions on the signed-in user's WalletSummary. */
export const WALLET = /* GraphQL */ `
  query Wallet($first: Int) {
    me { id wallet {
      balance ${MONEY}
      transactions(first: $first) { nodes { id kind description createdAt amount ${MONEY} } }
    } }
  }`;

export const PAYMENT_METHODS = /* GraphQL */ `
  query PaymentMethods {
    paymentMethods { code name kind }
  }`;

export const CREATE_TOP_UP = /* GraphQL */ `
  mutation CreateTopUp($input: CreateTopUpInput!) {
    createTopUp(input: $input) { topUp { id status checkoutUrl amount ${MONEY} } ${ERR} }
  }`;

export const TOP_UP = /* GraphQL */ `
  query TopUp($id: ID!) {
    topUp(id: $id) { id status amount ${MONEY} }
  }`;

// ------------------------------------------------------------------ rewards, memberships
export const REWARDS = /* GraphQL */ `
  query Rewards {
    me { id pointsBalance }
    rewardCatalog(first: 50) { nodes { id name description points category kind stock } }
    myRedemptions(first: 20) { nodes { id status createdAt item { id name points } } }
  }`;

export const REDEEM_REWARD = /* GraphQL */ `
  mutation RedeemReward($input: RedeemRewardInput!) {
    redeemReward(input: $input) { redemption { id status } pointsBalance ${ERR} }
  }`;

export const MEMBERSHIPS = /* GraphQL */ `
  query Memberships {
    membershipPlans { id name description monthlyPrice ${MONEY} discountPerKwh ${MONEY} includedKwh }
    myMembership { id status currentPeriodEnd cancelAtPeriodEnd plan { id name } }
  }`;

export const SUBSCRIBE_MEMBERSHIP = /* GraphQL */ `
  mutation SubscribeMembership($input: SubscribeMembershipInput!) {
    subscribeMembership(input: $input) { membership { id status } ${ERR} }
  }`;

export const CANCEL_MEMBERSHIP = /* GraphQL */ `
  mutation CancelMembership($input: CancelMembershipInput!) {
    cancelMembership(input: $input) { membership { id status cancelAtPeriodEnd } ${ERR} }
  }`;

// ------------------------------------------------------------------ support
export const SEND_SUPPORT_MESSAGE = /* GraphQL */ `
  mutation SendSupportMessage($input: SendSupportMessageInput!) {
    sendSupportMessage(input: $input) { message { id status } ${ERR} }
  }`;

/** Every pending operation, by name (for `npm run ops:status` and the report). */
export const PENDING_OPERATIONS: Record<string, string> = {
  ME_EXTRAS, CHARGERS, CHARGER, RESERVE_CONNECTOR, START_CHARGING, CHARGING_REQUEST_QUERY, ACTIVE_SESSION, SESSION_QUERY, STOP_CHARGING, RECEIPT, WALLET, PAYMENT_METHODS, CREATE_TOP_UP, TOP_UP, REWARDS, REDEEM_REWARD, MEMBERSHIPS, SUBSCRIBE_MEMBERSHIP, CANCEL_MEMBERSHIP, SEND_SUPPORT_MESSAGE,
};
