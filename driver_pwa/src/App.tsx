import { lazy, Suspense, type ComponentType, type ReactNode } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { BottomNav } from "./components/BottomNav";
import { OfflineBanner } from "./components/ui";
import { useTokens } from "./lib/session";
import { LocaleSync } from "./components/LocaleSync";
import { useLocale, useT } from "./lib/i18n";
import { Splash, Login, Register, ReferralLanding } from "./screens/Auth";
import { Home } from "./screens/Home";

// The first screens (welcome, sign-in, home) are in the initial download; every other screen is a
// chunk of its own, fetched when the driver goes there. The scanner's decoder (jsQR) and the map
// (Leaflet) are further chunks inside those.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const Find = named(() => import("./screens/Find"), "Find");
const Scan = named(() => import("./screens/Scan"), "Scan");
const ChargerScreen = named(() => import("./screens/Charger"), "ChargerScreen");
const ReportProblem = named(() => import("./screens/Report"), "ReportProblem");
const LiveCharging = named(() => import("./screens/Live"), "LiveCharging");
const PartnerLive = named(() => import("./screens/PartnerLive"), "PartnerLive");
const PartnerStationScreen = named(() => import("./screens/PartnerStation"), "PartnerStationScreen");
const ReceiptScreen = named(() => import("./screens/Live"), "ReceiptScreen");
const History = named(() => import("./screens/Live"), "History");
const Wallet = named(() => import("./screens/Wallet"), "Wallet");
const TopUpReturn = named(() => import("./screens/Wallet"), "TopUpReturn");
const PaymentMethods = named(() => import("./screens/Wallet"), "PaymentMethods");
const Rewards = named(() => import("./screens/Rewards"), "Rewards");
const Membership = named(() => import("./screens/Rewards"), "Membership");
const Profile = named(() => import("./screens/Profile"), "Profile");
const EditProfile = named(() => import("./screens/Profile"), "EditProfile");
const Vehicles = named(() => import("./screens/Profile"), "Vehicles");
const Invite = named(() => import("./screens/Profile"), "Invite");
const Faq = named(() => import("./screens/Profile"), "Faq");
const Contact = named(() => import("./screens/Profile"), "Contact");

function RequireAuth({ children }: { children: ReactNode }) {
  const tokens = useTokens();
  const location = useLocation();
  if (!tokens) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

function ScreenLoading() {
  const t = useT();
  return (
    <main className="page" aria-busy="true">
      <p role="status">{t("common.loading")}</p>
    </main>
  );
}

const NO_NAV = ["/", "/login", "/register"];

export function App() {
  const location = useLocation();
  const tokens = useTokens();
  useLocale(); // every screen follows a language switch
  const auth = (el: ReactNode) => <RequireAuth>{el}</RequireAuth>;
  return (
    <div className="app">
      <OfflineBanner />
      {tokens && <LocaleSync />}
      {/* keyed by path: each screen mounts with the page transition */}
      <div key={location.pathname} style={{ display: "contents" }}>
        <Suspense fallback={<ScreenLoading />}>
        <Routes location={location}>
          <Route path="/" element={<Splash />} />
          <Route path="/login" element={<Login />} />
          <Route path="/register" element={<Register />} />
          <Route path="/r/:code" element={<ReferralLanding />} />
          <Route path="/home" element={auth(<Home />)} />
          <Route path="/find" element={<Find />} />
          <Route path="/scan" element={<Scan />} />
          <Route path="/c/:chargePointId" element={<ChargerScreen />} />
          <Route path="/c/:chargePointId/:connectorId" element={<ChargerScreen />} />
          <Route path="/c/:chargePointId/report" element={auth(<ReportProblem />)} />
          <Route path="/c/:chargePointId/report/:connectorId" element={auth(<ReportProblem />)} />
          <Route path="/charging" element={auth(<LiveCharging />)} />
          <Route path="/charging/:sessionId" element={auth(<LiveCharging />)} />
          <Route path="/partner-charging/:id" element={auth(<PartnerLive />)} />
          <Route path="/p/:id" element={<PartnerStationScreen />} />
          <Route path="/receipt/:sessionId" element={auth(<ReceiptScreen />)} />
          <Route path="/history" element={auth(<History />)} />
          <Route path="/wallet" element={auth(<Wallet />)} />
          <Route path="/wallet/return" element={auth(<TopUpReturn />)} />
          <Route path="/payment-methods" element={auth(<PaymentMethods />)} />
          <Route path="/rewards" element={auth(<Rewards />)} />
          <Route path="/membership" element={auth(<Membership />)} />
          <Route path="/profile" element={auth(<Profile />)} />
          <Route path="/profile/edit" element={auth(<EditProfile />)} />
          <Route path="/vehicles" element={auth(<Vehicles />)} />
          <Route path="/invite" element={auth(<Invite />)} />
          <Route path="/faq" element={<Faq />} />
          <Route path="/contact" element={<Contact />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
        </Suspense>
      </div>
      {!NO_NAV.includes(location.pathname) && <BottomNav />}
    </div>
  );
}
