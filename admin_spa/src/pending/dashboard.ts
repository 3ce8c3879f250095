// Dashboard: live counters (Subscription.dashboardStats, matched to api/schema.graphql by hand).
// PENDING: Query.dashboardStats (initial value) and Query.dailyStats(days) for the per-day charts.
import { gql } from "urql";
import type { Money } from "./types";

export interface DashboardStats {
  chargersTotal: number; chargersOnline: number; sessionsActive: number; powerW: number; energyTodayWh: number; openFaults: number; timestamp: string;
}
export interface DailyStat { date: string; energyKwh: string; revenue: Money; sessions: number; statusBreakdown?: never }
export interface StatusCount { status: string; count: number }

const STATS = `chargersTotal chargersOnline sessionsActive powerW energyTodayWh openFaults timestamp`;

export const DashboardSubscription = gql<{ dashboardStats: DashboardStats }, Record<string, never>>(`
  subscription AdminDashboardLive { dashboardStats { ${STATS} } }
`);

/** PENDING: Query.dashboardStats, Query.dailyStats(days: Int!): [DailyStat!]!, Query.connectorStatusBreakdown: [StatusCount!]!,
 * Query.revenueToday: Money! */
export const DashboardQuery = gql<{ dashboardStats: DashboardStats }, Record<string, never>>(`
  query AdminDashboard { dashboardStats { ${STATS} } }
`);
export const DailyStatsQuery = gql<{ dailyStats: DailyStat[]; connectorStatusBreakdown: StatusCount[]; revenueToday: Money }, { days: number }>(`
  query AdminDailyStats($days: Int!) {
    dailyStats(days: $days) { date energyKwh revenue { amount currency } sessions }
    connectorStatusBreakdown { status count }
    revenueToday { amount currency }
  }
`);
