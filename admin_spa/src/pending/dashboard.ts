// PENDING: dashboard aggregates and their live subscription.
import { gql } from "urql";
import type { Money } from "./types";

export interface DashboardStats {
  chargersOnline: number; chargersOffline: number; chargersFaulted: number; sessionsActive: number;
  powerNowKw: string; energyTodayKwh: string; revenueToday: Money;
  statusBreakdown: Array<{ status: string; count: number }>;
}
export interface DailyStat { date: string; energyKwh: string; revenue: Money; sessions: number }

const STATS = `chargersOnline chargersOffline chargersFaulted sessionsActive powerNowKw energyTodayKwh
  revenueToday { amount currency } statusBreakdown { status count }`;

export const DashboardQuery = gql<{ dashboardStats: DashboardStats; dailyStats: DailyStat[] }, { days: number }>(`
  query AdminDashboard($days: Int!) {
    dashboardStats { ${STATS} }
    dailyStats(days: $days) { date energyKwh revenue { amount currency } sessions }
  }
`);

export const DashboardSubscription = gql<{ dashboardStats: DashboardStats }, Record<string, never>>(`
  subscription AdminDashboardLive { dashboardStats { ${STATS} } }
`);
