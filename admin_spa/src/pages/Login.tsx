import { useState, type FormEvent } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { useMutation } from "urql";
import { LoginMutation } from "../ops/auth";
import { setAuth } from "../auth/store";
import { resetWs } from "../client";
import { describeError, userErrorsText } from "../lib/errors";

const OPERATOR_ROLES = ["ADMIN"];

export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, login] = useMutation(LoginMutation);
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? "/";

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!email.trim() || !password) { setError("Enter your email and password."); return; }
    const r = await login({ input: { email: email.trim(), password } });
    const p = r.data?.login;
    const msg = describeError(r.error)?.message ?? userErrorsText(p?.errors);
    if (msg) { setError(msg); return; }
    if (!p?.tokens?.accessToken) { setError("Sign-in failed."); return; }
    if (p.user?.role && !OPERATOR_ROLES.includes(p.user.role)) { setError("This account is not an operator account."); return; }
    setAuth({ accessToken: p.tokens.accessToken, refreshToken: p.tokens.refreshToken, user: p.user ?? null });
    resetWs();
    navigate(from === "/login" ? "/" : from, { replace: true });
  };

  return (
    <div className="login">
      <form className="card stack" onSubmit={submit} noValidate aria-label="Sign in">
        <div className="brand" style={{ border: "none", padding: 0 }}>
          <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden><path d="M18 3 7 18h7l-2 11 11-15h-7z" fill="#00FF88" /></svg>
          <span>PlagSini operator console</span>
        </div>
        {error && <div className="alert error" role="alert">{error}</div>}
        <label className="field">Email<input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        <label className="field">Password<input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        <button className="primary" type="submit" disabled={fetching}>{fetching ? "Signing in…" : "Sign in"}</button>
      </form>
    </div>
  );
}
