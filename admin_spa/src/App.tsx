import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Navigate, Route, Routes, useLocation, useNavigate } from "react-router-dom";
import { Provider } from "urql";
import { makeClient, resetWs } from "./client";
import { getAuth, setAuth, subscribeAuth, type AuthState } from "./auth/store";
import { Layout } from "./components/Layout";
import { LoginPage } from "./pages/Login";
import { DashboardPage } from "./pages/Dashboard";
import { ChargersPage } from "./pages/Chargers";
import { ChargerDetailPage } from "./pages/ChargerDetail";
import { RegisterChargerPage } from "./pages/RegisterCharger";
import { SessionsPage } from "./pages/Sessions";
import { SessionDetailPage } from "./pages/SessionDetail";
import { MeteringPage } from "./pages/Metering";
import { FaultsPage } from "./pages/Faults";
import { InvoicesPage } from "./pages/Invoices";
import { ReconciliationPage } from "./pages/Reconciliation";
import { SandboxCheckoutPage } from "./pages/SandboxCheckout";
import { FleetJobPage, FleetPage } from "./pages/Fleet";
import { DiagnosticsPage } from "./pages/Diagnostics";
import { OperationsPage } from "./pages/Operations";
import { OcppLogPage } from "./pages/OcppLog";
import { UsersPage } from "./pages/Users";
import { UserDetailPage } from "./pages/UserDetail";
import { SupportPage } from "./pages/Support";
import { MaintenancePage, MembershipPlansPage, RewardsPage, TariffsPage } from "./pages/Catalogues";
import { SettingsPage } from "./pages/Settings";
import { ApiKeysPage } from "./pages/ApiKeys";
import { AuditLogPage } from "./pages/AuditLog";

const GraphiQLPage = lazy(() => import("./pages/GraphiQLPage"));

export default function App() {
  const [auth, setAuthState] = useState<AuthState | null>(getAuth);
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => subscribeAuth(setAuthState), []);
  // A new client per identity, so no cached data leaks across sign-ins.
  const client = useMemo(() => makeClient(() => navigate("/login")), [auth?.user?.id, auth === null]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!auth && location.pathname !== "/login") return <Navigate to="/login" replace state={{ from: location.pathname }} />;

  return (
    <Provider value={client}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<Layout onLogout={() => { setAuth(null); resetWs(); navigate("/login"); }} />}>
          <Route index element={<DashboardPage />} />
          <Route path="chargers" element={<ChargersPage />} />
          <Route path="chargers/new" element={<RegisterChargerPage />} />
          <Route path="chargers/:cpid" element={<ChargerDetailPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="sessions/:id" element={<SessionDetailPage />} />
          <Route path="metering" element={<MeteringPage />} />
          <Route path="faults" element={<FaultsPage />} />
          <Route path="maintenance" element={<MaintenancePage />} />
          <Route path="invoices" element={<InvoicesPage />} />
          <Route path="reconciliation" element={<ReconciliationPage />} />
          <Route path="sandbox-checkout/:reference" element={<SandboxCheckoutPage />} />
          <Route path="operations" element={<OperationsPage />} />
          <Route path="fleet" element={<FleetPage />} />
          <Route path="fleet/:id" element={<FleetJobPage />} />
          <Route path="diagnostics" element={<DiagnosticsPage />} />
          <Route path="ocpp-log" element={<OcppLogPage />} />
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
    </Provider>
  );
}
