import { graphql } from "../gql";

export const DashboardStatsFields = graphql(`
  fragment AdminDashboardStats on DashboardStats {
    chargersTotal chargersOnline chargersOffline chargersCharging chargersFaulted sessionsActive powerW energyTodayWh
    revenueToday { amount currency } openFaults timestamp
  }
`);

export const DashboardQuery = graphql(`
  query AdminDashboard($days: Int!) {
    dashboardStats { ...AdminDashboardStats }
    dailyStats(days: $days) { date sessions energyKwh revenue { amount currency } }
    connectorStatusBreakdown { status count }
  }
`);

export const DashboardSubscription = graphql(`
  subscription AdminDashboardLive { dashboardStats { ...AdminDashboardStats } }
`);
