import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { useMutation } from "urql";
import { SandboxCheckoutLinkMutation } from "../ops/payments";
import { PageHeader } from "../components/ui";
import { describeError, userErrorsText } from "../lib/errors";

/**
 * Opens a sandbox gateway checkout as the signed-in admin: asks for a link signed for this admin and
 * this checkout (valid ten minutes) and goes there. In production the sandbox's pages open no other way.
 */
export function SandboxCheckoutPage() {
  const { reference = "" } = useParams();
  const [, createLink] = useMutation(SandboxCheckoutLinkMutation);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const r = await createLink({ input: { reference } });
      if (cancelled) return;
      const url = r.data?.createSandboxCheckoutLink.url;
      if (url) window.location.assign(url);
      else setError(describeError(r.error)?.message ?? userErrorsText(r.data?.createSandboxCheckoutLink.errors) ?? "No link.");
    })();
    return () => { cancelled = true; };
  }, [reference, createLink]);
  return (
    <div className="stack">
      <PageHeader title="Sandbox checkout" />
      {error ? <div className="alert error" data-testid="sandbox-error">{error}</div> : <div className="muted">Opening the sandbox checkout…</div>}
    </div>
  );
}
