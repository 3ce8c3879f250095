import { type ReactNode } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router-dom";
import { BottomNav } from "./components/BottomNav";
import { OfflineBanner } from "./components/ui";
import { useTokens } from "./lib/session";
import { LocaleSync } from "./components/LocaleSync";
import { useLocale } from "./lib/i18n";
import { Splash, Login, Register, ReferralLanding } from "./screens/Auth";
import { Home } from "./screens/Home";
import { Find } from "./screens/Find";
import { Scan } from "./screens/Scan";
import { ChargerScreen } from "./screens/Charger";
import { ReportProblem } from "./screens/Report";
import { LiveCharging, ReceiptScreen, History } from "./screens/Live";
import { Wallet, TopUpReturn, PaymentMethods } from "./screens/Wallet";
import { Rewards, Membership } from "./screens/Rewards";
import { Profile, EditProfile, Vehicles, Invite, Faq, Contact } from "./screens/Profile";

function RequireAuth({ children }: { children: ReactNode }) {
  const tokens = useTokens();
  const location = useLocation();
  if (!tokens) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
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
      </div>
      {!NO_NAV.includes(location.pathname) && <BottomNav />}
    </div>
  );
}
