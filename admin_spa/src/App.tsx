import { lazy, startTransition, Suspense, useEffect, useMemo, useState } from "react";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import { Provider } from "urql";
import { makeClient, resetWs } from "./client";
import { getAuth, setAuth, subscribeAuth, type AuthState } from "./auth/store";
import { Layout } from "./components/Layout";
import { LoginPage } from "./pages/Login";
import { LogoutMutation } from "./ops/auth";
import { revokeWithin } from "@shared/tokens";
// Every page but the sign-in is its own chunk, loaded on first visit: the console's first load
// carries the shell only (scripts/check-initial-js.mjs holds it under its budget).
const DashboardPage = lazy(() => import("./pages/Dashboard").then((m) => ({ default: m.DashboardPage })));
const ChargersPage = lazy(() => import("./pages/Chargers").then((m) => ({ default: m.ChargersPage })));
const ChargerDetailPage = lazy(() => import("./pages/ChargerDetail").then((m) => ({ default: m.ChargerDetailPage })));
const RegisterChargerPage = lazy(() => import("./pages/RegisterCharger").then((m) => ({ default: m.RegisterChargerPage })));
const SessionsPage = lazy(() => import("./pages/Sessions").then((m) => ({ default: m.SessionsPage })));
const SessionDetailPage = lazy(() => import("./pages/SessionDetail").then((m) => ({ default: m.SessionDetailPage })));
const MeteringPage = lazy(() => import("./pages/Metering").then((m) => ({ default: m.MeteringPage })));
const FaultsPage = lazy(() => import("./pages/Faults").then((m) => ({ default: m.FaultsPage })));
const InvoicesPage = lazy(() => import("./pages/Invoices").then((m) => ({ default: m.InvoicesPage })));
const ReconciliationPage = lazy(() => import("./pages/Reconciliation").then((m) => ({ default: m.ReconciliationPage })));
const RoamingSettlementPage = lazy(() => import("./pages/RoamingSettlement").then((m) => ({ default: m.RoamingSettlementPage })));
const SandboxCheckoutPage = lazy(() => import("./pages/SandboxCheckout").then((m) => ({ default: m.SandboxCheckoutPage })));
const OperationsPage = lazy(() => import("./pages/Operations").then((m) => ({ default: m.OperationsPage })));
const OcppLogPage = lazy(() => import("./pages/OcppLog").then((m) => ({ default: m.OcppLogPage })));
const UsersPage = lazy(() => import("./pages/Users").then((m) => ({ default: m.UsersPage })));
const UserDetailPage = lazy(() => import("./pages/UserDetail").then((m) => ({ default: m.UserDetailPage })));
const SupportPage = lazy(() => import("./pages/Support").then((m) => ({ default: m.SupportPage })));
const MaintenancePage = lazy(() => import("./pages/Catalogues").then((m) => ({ default: m.MaintenancePage })));
const MembershipPlansPage = lazy(() => import("./pages/Catalogues").then((m) => ({ default: m.MembershipPlansPage })));
const RewardsPage = lazy(() => import("./pages/Catalogues").then((m) => ({ default: m.RewardsPage })));
const TariffsPage = lazy(() => import("./pages/Catalogues").then((m) => ({ default: m.TariffsPage })));
const SettingsPage = lazy(() => import("./pages/Settings").then((m) => ({ default: m.SettingsPage })));
const ApiKeysPage = lazy(() => import("./pages/ApiKeys").then((m) => ({ default: m.ApiKeysPage })));
const AuditLogPage = lazy(() => import("./pages/AuditLog").then((m) => ({ default: m.AuditLogPage })));
const ImportChargersPage = lazy(() => import("./pages/ImportChargers").then((m) => ({ default: m.ImportChargersPage })));
const IdTagsPage = lazy(() => import("./pages/IdTags").then((m) => ({ default: m.IdTagsPage })));
const SitesPage = lazy(() => import("./pages/Sites").then((m) => ({ default: m.SitesPage })));
const SiteDetailPage = lazy(() => import("./pages/Sites").then((m) => ({ default: m.SiteDetailPage })));
const ExpertModePage = lazy(() => import("./pages/ExpertMode").then((m) => ({ default: m.ExpertModePage })));
const FleetPage = lazy(() => import("./pages/Fleet").then((m) => ({ default: m.FleetPage })));
const FleetJobPage = lazy(() => import("./pages/Fleet").then((m) => ({ default: m.FleetJobPage })));
const RoamingPage = lazy(() => import("./pages/Roaming").then((m) => ({ default: m.RoamingPage })));
const DiagnosticsPage = lazy(() => import("./pages/Diagnostics").then((m) => ({ default: m.DiagnosticsPage })));

const GraphiQLPage = lazy(() => import("./pages/GraphiQLPage"));

export default function App() {
  const [auth, setAuthState] = useState<AuthState | null>(getAuth);
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => subscribeAuth(setAuthState), []);
  // A new client per identity, so no cached data leaks across sign-ins.
  const client = useMemo(() => makeClient(() => navigate("/login")), [auth?.user?.id, auth === null]); // eslint-disable-line react-hooks/exhaustive-deps

  // Signing out ends the sign-in on the server (its tokens stop working everywhere), then goes to a
  // plain sign-in page even when the server could not be reached or does not answer in 3 s. Auth and route change in one
  // render (the router moves in a transition), else the guard below would first see this page
  // signed out and remember it, and the next operator would land on it instead of the dashboard.
  const signOut = async () => {
    const refreshToken = getAuth()?.refreshToken;
    if (refreshToken) await revokeWithin(client.mutation(LogoutMutation, { input: { refreshToken } }).toPromise());
    startTransition(() => {
      setAuth(null);
      resetWs();
      navigate("/login");
    });
  };

  if (!auth && location.pathname !== "/login") return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  return (
    <Provider value={client}>
      <Suspense fallback={<div className="muted" role="status">Loading…</div>}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<Layout onLogout={signOut} />}>
          <Route index element={<DashboardPage />} />
          <Route path="chargers" element={<ChargersPage />} />
          <Route path="chargers/new" element={<RegisterChargerPage />} />
          <Route path="chargers/import" element={<ImportChargersPage />} />
          <Route path="id-tags" element={<IdTagsPage />} />
          <Route path="sites" element={<SitesPage />} />
          <Route path="sites/:id" element={<SiteDetailPage />} />
          <Route path="expert" element={<ExpertModePage />} />
          <Route path="chargers/:cpid" element={<ChargerDetailPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="sessions/:id" element={<SessionDetailPage />} />
          <Route path="metering" element={<MeteringPage />} />
          <Route path="faults" element={<FaultsPage />} />
          <Route path="maintenance" element={<MaintenancePage />} />
          <Route path="invoices" element={<InvoicesPage />} />
          <Route path="reconciliation" element={<ReconciliationPage />} />
          <Route path="roaming-settlement" element={<RoamingSettlementPage />} />
          <Route path="sandbox-checkout/:reference" element={<SandboxCheckoutPage />} />
          <Route path="operations" element={<OperationsPage />} />
          <Route path="fleet" element={<FleetPage />} />
          <Route path="fleet/:id" element={<FleetJobPage />} />
          <Route path="diagnostics" element={<DiagnosticsPage />} />
          <Route path="ocpp-log" element={<OcppLogPage />} />
          <Route path="roaming" element={<RoamingPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="users/:id" element={<UserDetailPage />} />
          <Route path="support" element={<SupportPage />} />
          <Route path="tariffs" element={<TariffsPage />} />
          <Route path="membership-plans" element={<MembershipPlansPage />} />
          <Route path="rewards" element={<RewardsPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="audit" element={<AuditLogPage />} />
          <Route path="api" element={<ApiKeysPage />} />
          <Route path="graphiql" element={<Suspense fallback={<div className="muted">Loading GraphiQL…</div>}><GraphiQLPage /></Suspense>} />
          <Route path="*" element={<div className="card">Page not found.</div>} />
        </Route>
      </Routes>
      </Suspense>
    </Provider>
  );
}
