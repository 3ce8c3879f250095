import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, Navigate, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { useMutation } from "urql";
import { OtpInput } from "../components/OtpInput";
import { Notice } from "../components/ui";
import { setTokens } from "../lib/auth";
import { describeError, firstUserError } from "../lib/client";
import { useTokens } from "../lib/session";
import { getLocale, useT } from "../lib/i18n";
import { isComplete } from "../lib/otp";
import { ApplyReferralCodeDocument, LoginDocument, RegisterDocument, RequestEmailCodeDocument, VerifyEmailCodeDocument } from "../gql/graphql";

function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/home";
}

export function Splash() {
  const tokens = useTokens();
  const navigate = useNavigate();
  const t = useT();
  useEffect(() => {
    const t = setTimeout(() => navigate(tokens ? "/home" : "/login", { replace: true }), 900);
    return () => clearTimeout(t);
  }, [tokens, navigate]);
  return (
    <main className="splash" data-testid="splash">
      <img className="logo" src="/icons/icon-192.png" alt="" width={96} height={96} />
      <div className="big">PlagSini</div>
      <div className="muted">{t("app.tagline")}</div>
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
  const t = useT();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const r = await login({ input: { email: email.trim(), password } });
    const p = r.data?.login;
    if (p?.tokens) {
      setTokens({ accessToken: p.tokens.accessToken, refreshToken: p.tokens.refreshToken });
      navigate(safeNext(params.get("next")), { replace: true });
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("auth.signInFailed"));
  };

  return (
    <main className="page" style={{ paddingBottom: 24 }}>
      <div className="splash" style={{ minHeight: "auto", margin: "24px 0" }}>
        <img src="/icons/icon-192.png" alt="" width={72} height={72} />
        <div className="big">PlagSini</div>
      </div>
      <h1>{t("auth.signIn")}</h1>
      <form onSubmit={submit} className="card">
        <label htmlFor="email">{t("auth.email")}</label>
        <input id="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        <label htmlFor="password">{t("auth.password")}</label>
        <input id="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <Notice kind="error">{message}</Notice>
        <div style={{ height: 12 }} />
        <button className="btn" disabled={fetching}>{fetching ? t("auth.signingIn") : t("auth.signIn")}</button>
      </form>
      <p className="muted" style={{ textAlign: "center" }}>
        {t("auth.newHere")} <Link to={`/register${params.get("ref") ? `?ref=${params.get("ref")}` : ""}`}>{t("auth.createAccount")}</Link>
      </p>
      <p className="muted" style={{ textAlign: "center" }}>
        <Link to="/find">{t("auth.browse")}</Link>
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
  // A new attempt remounts the code boxes: cleared, the first one focused.
  const [attempt, setAttempt] = useState(0);
  const checked = useRef<string | null>(null);
  const t = useT();

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
    const r = await requestCode({ input: { email: email.trim(), locale: getLocale() } });
    const p = r.data?.requestEmailCode;
    if (p && !p.errors?.length) {
      setStep("code");
      setCode("");
      checked.current = null;
      setAttempt((a) => a + 1);
      // The answer is the same for an address that already has an account (its owner gets a mail
      // saying so instead of a code), so the app cannot be used to find out who has an account.
      setInfo(t("auth.codeSent", { email: email.trim() }));
      setResendIn(RESEND_SECONDS);
    } else {
      const err = p?.errors?.[0];
      if (err?.__typename === "RateLimitedError") setResendIn(err.retryAfterSeconds);
      setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("auth.sendFailed"));
    }
  };

  const verify = async (value = code) => {
    // Each complete code is sent once (a paste, autofill and the button cannot double-submit it).
    if (!isComplete(value) || checked.current === value) return;
    checked.current = value;
    setMessage(null);
    const r = await verifyCode({ input: { email: email.trim(), code: value } });
    const p = r.data?.verifyEmailCode;
    if (p?.verificationToken) {
      setVerificationToken(p.verificationToken);
      setInfo(t("auth.verified"));
      setStep("details");
    } else {
      const err = p?.errors?.[0];
      if (err?.code === "CODE_INVALID") {
        // Clear the boxes and focus the first, so the driver retypes the whole code.
        setMessage(t("auth.wrongCode"));
        setCode("");
        checked.current = null;
        setAttempt((a) => a + 1);
      } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("auth.codeFailed"));
    }
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
    } else setMessage(firstUserError(p?.errors) ?? describeError(r.error) ?? t("auth.registerFailed"));
  };

  return (
    <main className="page" style={{ paddingBottom: 24 }}>
      <h1>{t("auth.registerTitle")}</h1>
      <p className="muted">{t("auth.step", { n: step === "email" ? 1 : step === "code" ? 2 : 3 })}</p>
      {step === "email" && (
        <form
          className="card"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <label htmlFor="reg-email">{t("auth.email")}</label>
          <input id="reg-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <Notice kind="error">{message}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={sending || !email}>{sending ? t("auth.sending") : t("auth.sendCode")}</button>
        </form>
      )}
      {step === "code" && (
        <div className="card">
          <Notice kind="info">{info}</Notice>
          <label>{t("auth.enterCode")}</label>
          <OtpInput
            key={attempt}
            autoFocus
            value={code}
            disabled={verifying}
            onChange={(v) => {
              setCode(v);
              if (isComplete(v)) void verify(v);
            }}
          />
          <Notice kind="error">{message}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={verifying || !isComplete(code)} onClick={() => void verify()}>
            {verifying ? t("auth.checking") : t("auth.verify")}
          </button>
          <div className="row between" style={{ marginTop: 12 }}>
            <button className="btn secondary small" onClick={() => setStep("email")}>{t("auth.changeEmail")}</button>
            <button className="btn secondary small" disabled={resendIn > 0 || sending} onClick={() => void send()} data-testid="resend">
              {resendIn > 0 ? t("auth.resendIn", { s: resendIn }) : t("auth.resend")}
            </button>
          </div>
        </div>
      )}
      {step === "details" && (
        <form className="card" onSubmit={finish}>
          <Notice kind="info">{info}</Notice>
          <label htmlFor="reg-name">{t("auth.fullName")}</label>
          <input id="reg-name" required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="reg-phone">{t("auth.phone")}</label>
          <input id="reg-phone" type="tel" autoComplete="tel" placeholder="+60…" value={phone} onChange={(e) => setPhone(e.target.value)} />
          <label htmlFor="reg-password">{t("auth.password")}</label>
          <input id="reg-password" type="password" autoComplete="new-password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} />
          <Notice kind="error">{message}</Notice>
          <div style={{ height: 12 }} />
          <button className="btn" disabled={registering}>{registering ? t("auth.creating") : t("auth.register")}</button>
        </form>
      )}
      <p className="muted" style={{ textAlign: "center" }}>
        {t("auth.already")} <Link to="/login">{t("auth.signIn")}</Link>
      </p>
    </main>
  );
}
