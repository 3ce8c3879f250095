import { useEffect, useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { useMutation } from "urql";
import { OtpInput } from "../components/OtpInput";
import { Notice } from "../components/ui";
import { setTokens } from "../lib/auth";
import { describeError, firstUserError } from "../lib/client";
import { useTokens } from "../lib/session";
import { ApplyReferralCodeDocument, LoginDocument, RegisterDocument, RequestEmailCodeDocument, VerifyEmailCodeDocument } from "../gql/graphql";

function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/home";
}

export function Splash() {
  const tokens = useTokens();
  const navigate = useNavigate();
  useEffect(() => {
    const t = setTimeout(() => navigate(tokens ? "/home" : "/login", { replace: true }), 900);
    return () => clearTimeout(t);
  }, [tokens, navigate]);
  return (
    <main className="splash" data-testid="splash">
      <img className="logo" src="/icons/icon-192.png" alt="" width={96} height={96} />
      <div className="big">PlagSini</div>
      <div className="muted">Charge your EV anywhere in Malaysia</div>
    </main>
  );
}

export function Login() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const r = await login({ input: { email: email.trim(), password } });
    const p = r.data?.login;
    if (p?.tokens) {
      setTokens({ accessToken: p.tokens.accessToken, refreshToken: p.tokens.refreshToken });
      navigate(safeNext(params.get("next")), { replace: true });
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? "Sign-in failed.");
  };

  return (
    <main className="page" style={{ paddingBottom: 24 }}>
      <div className="splash" style={{ minHeight: "auto", margin: "24px 0" }}>
        <img src="/icons/icon-192.png" alt="" width={72} height={72} />
        <div className="big">PlagSini</div>
      </div>
      <h1>Sign in</h1>
      <form onSubmit={submit} className="card">
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">Password</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <Notice kind="error">{message}</Notice>
        <div style={{ height: 12 }} />
        <button className="btn" disabled={fetching}>{fetching ? "Signing in…" : "Sign in"}</button>
      </form>
      <p className="muted" style={{ textAlign: "center" }}>
        New to PlagSini? <Link to={`/register${params.get("ref") ? `?ref=${params.get("ref")}` : ""}`}>Create an account</Link>
      </p>
      <p className="muted" style={{ textAlign: "center" }}>
        <Link to="/find">Browse chargers without signing in</Link>
      </p>
    </main>
  );
}

const RESEND_SECONDS = 60;

const REFERRAL = "plagsini.referral";

/** `/r/:code`, the share link of a referral code: remember the code and register. */
export function ReferralLanding() {
  const { code = "" } = useParams();
  useEffect(() => {
    if (code) localStorage.setItem(REFERRAL, code);
  }, [code]);
  return <Navigate to={`/register?ref=${encodeURIComponent(code)}`} replace />;
}

export function Register() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const referral = params.get("ref") ?? localStorage.getItem(REFERRAL);
  const [, applyReferral] = useMutation(ApplyReferralCodeDocument);
  const [step, setStep] = useState<"email" | "code" | "details">("email");
  const [email, setEmail] = useState("");
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [password, setPassword] = useState("");
  const [verificationToken, setVerificationToken] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [resendIn, setResendIn] = useState(0);

  const [{ fetching: sending }, requestCode] = useMutation(RequestEmailCodeDocument);
  const [{ fetching: verifying }, verifyCode] = useMutation(VerifyEmailCodeDocument);
  const [{ fetching: registering }, register] = useMutation(RegisterDocument);

  useEffect(() => {
    if (resendIn <= 0) return;
    const t = setTimeout(() => setResendIn((s) => s - 1), 1000);
    return () => clearTimeout(t);
  }, [resendIn]);

  const send = async () => {
    setMessage(null);
    const r = await requestCode({ input: { email: email.trim() } });
    const p = r.data?.requestEmailCode;
    if (p && !p.errors?.length) {
      setStep("code");
      setCode("");
      // The answer is the same for an address that already has an account (its owner gets a mail
      // saying so instead of a code), so the app cannot be used to find out who has an account.
      setInfo(`We sent a 6-digit code to ${email.trim()}. If this address already has an account, the mail tells you how to sign in instead.`);
      setResendIn(RESEND_SECONDS);
    } else {
      const err = p?.errors?.[0];
      if (err?.__typename === "RateLimitedError") setResendIn(err.retryAfterSeconds);
      setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? "Could not send the code.");
    }
  };

  const verify = async (value = code) => {
    if (value.length !== 6) return;
    setMessage(null);
    const r = await verifyCode({ input: { email: email.trim(), code: value } });
    const p = r.data?.verifyEmailCode;
    if (p?.verificationToken) {
      setVerificationToken(p.verificationToken);
      setInfo("Email verified.");
      setStep("details");
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? "That code did not work.");
  };

  const finish = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const input = { email: email.trim(), password, name: name.trim(), phone: phone.trim() || null, verificationToken };
    const r = await register({ input });
    const p = r.data?.register;
    if (p?.tokens) {
      setTokens({ accessToken: p.tokens.accessToken, refreshToken: p.tokens.refreshToken });
      if (referral) {
        // The friend's code is a bonus: a wrong or expired code must not block the new account.
        await applyReferral({ input: { code: referral } });
        localStorage.removeItem(REFERRAL);
      }
      navigate("/home", { replace: true });
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? "Registration failed.");
  };

  return (
    <main className="page" style={{ paddingBottom: 24 }}>
      <h1>Create your account</h1>
      <p className="muted">Step {step === "email" ? 1 : step === "code" ? 2 : 3} of 3</p>
      {step === "email" && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <label htmlFor="reg-email">Email</label>
          <input id="reg-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <Notice kind="error">{message}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={sending || !email}>{sending ? "Sending…" : "Send verification code"}</button>
        </form>
      )}
      {step === "code" && (
        <div className="card">
          <Notice kind="info">{info}</Notice>
          <label>Enter the code</label>
          <OtpInput
            value={code}
            disabled={verifying}
            onChange={(v) => {
              setCode(v);
              if (v.length === 6) void verify(v);
            }}
          />
          <Notice kind="error">{message}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={verifying || code.length !== 6} onClick={() => void verify()}>
            {verifying ? "Checking…" : "Verify"}
          </button>
          <div className="row between" style={{ marginTop: 12 }}>
            <button className="btn secondary small" onClick={() => setStep("email")}>Change email</button>
            <button className="btn secondary small" disabled={resendIn > 0 || sending} onClick={() => void send()} data-testid="resend">
              {resendIn > 0 ? `Resend in ${resendIn}s` : "Resend code"}
            </button>
          </div>
        </div>
      )}
      {step === "details" && (
        <form className="card" onSubmit={finish}>
          <Notice kind="info">{info}</Notice>
          <label htmlFor="reg-name">Full name</label>
          <input id="reg-name" required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="reg-phone">Phone (optional)</label>
          <input id="reg-phone" type="tel" autoComplete="tel" placeholder="+60…" value={phone} onChange={(e) => setPhone(e.target.value)} />
          <label htmlFor="reg-password">Password</label>
          <input id="reg-password" type="password" autoComplete="new-password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} />
          <Notice kind="error">{message}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={registering}>{registering ? "Creating…" : "Create account"}</button>
        </form>
      )}
      <p className="muted" style={{ textAlign: "center" }}>
        Already registered? <Link to="/login">Sign in</Link>
      </p>
    </main>
  );
}
