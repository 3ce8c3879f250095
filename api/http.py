"""Plain HTTP routes served beside /graphql: payment webhooks, the sandbox gateway's checkout page,
receipt PDFs (signed links from `Receipt.pdfUrl`).

The sandbox gateway's pages exist only while the sandbox is the gateway in force (PAYMENT_GATEWAY;
by default in development only). In production they need an admin: the page and its Pay / Fail
POSTs carry ``?admin=<token>``, a link signed for one admin and one checkout that lives ten minutes
(``createSandboxCheckoutLink``, admin only; the sandbox page refused to anyone else links to the
console's ``/admin/sandbox-checkout/<reference>``, which asks for that link as the signed-in admin and
opens it). A plain HTML page cannot send the console's bearer token,
and a cookie would need CSRF protection; a signed, short-lived, per-checkout link needs neither and
is checked again (admin still active) on every request."""

from __future__ import annotations

import hmac
import html
import logging
import time
from typing import Any
from urllib.parse import quote, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from api.relay import encode_id
from db.engine import read_session
from domain import payments, receipts
from domain.errors import DomainError, NotFound
from domain.money import format_sen
from plagsini.platform import Platform

log = logging.getLogger("plagsini.http")

#: Sandbox pages may carry an admin link: never cached, never sent on as a Referer.
PRIVATE = {"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"}

SANDBOX_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SANDBOX payment - PlagSini</title>
<style>body{{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}}
.banner{{background:#b45309;color:#fff;padding:.6rem 1rem;border-radius:.4rem;font-weight:700}}
.amount{{font-size:2rem;margin:1rem 0}} form{{display:inline-block;margin-right:.5rem}}
button{{font-size:1rem;padding:.6rem 1.4rem;border-radius:.4rem;border:0;cursor:pointer}}
.pay{{background:#15803d;color:#fff}} .fail{{background:#b91c1c;color:#fff}}</style></head>
<body><div class="banner">SANDBOX GATEWAY: test payments only, no real money moves</div>
<h1>Pay PlagSini</h1><p>Wallet top-up via {method}</p><div class="amount">{amount}</div>
<p>Status: <strong id="status">{status}</strong></p>{buttons}{back}</body></html>"""

BUTTONS = """<form method="post" action="/sandbox-gateway/checkout/{ref}/pay{query}">
<button class="pay" id="pay">Pay</button></form>
<form method="post" action="/sandbox-gateway/checkout/{ref}/fail{query}">
<button class="fail" id="fail">Fail</button></form>"""

ADMIN_ONLY_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>SANDBOX payment - PlagSini</title></head><body>
<h1>Sandbox gateway: admins only</h1>
<p>This platform runs in production with the sandbox payment gateway, which moves no real money.
Its checkout pages open only through a link an admin creates in the console
(<code>createSandboxCheckoutLink</code>); the link lives ten minutes.</p>
<p><a id="admin-open" href="/admin/sandbox-checkout/{ref}">Admins: open this checkout from the console</a></p>
</body></html>"""


def _return_to(payment: Any) -> str:
    return payments.return_redirect(payment.return_url, encode_id("TopUp", payment.id), payment.status)


def http_routes(platform: Platform) -> list[Any]:
    async def webhook(request: Request) -> Response:
        provider = request.path_params["provider"]
        raw = await request.body()  # verified on the raw bytes, before any parsing
        try:
            outcome = await payments.process_webhook(platform, raw, dict(request.headers), provider)
        except payments.InvalidSignature:
            log.warning("payment webhook with a bad signature refused (provider %s)", provider)
            return JSONResponse({"error": "invalid signature"}, status_code=400)
        except DomainError as e:
            return JSONResponse({"error": e.message}, status_code=400 if not isinstance(e, NotFound) else 404)
        return JSONResponse({"status": outcome.status})

    needs_admin = platform.settings.is_production

    async def admin_ok(request: Request) -> bool:
        if not needs_admin:
            return True
        token = request.query_params.get("admin")
        return await payments.verify_sandbox_admin(platform, request.path_params["reference"], token)

    def admin_only(request: Request) -> Response:
        ref = html.escape(quote(request.path_params["reference"], safe=""))
        return HTMLResponse(ADMIN_ONLY_PAGE.format(ref=ref), status_code=403, headers=PRIVATE)

    async def checkout(request: Request) -> Response:
        ref = request.path_params["reference"]
        if not await admin_ok(request):
            return admin_only(request)
        async with read_session(platform.sessionmaker) as s:
            payment = await payments.get_by_reference(s, ref)
        if payment is None:
            return HTMLResponse("<h1>Unknown checkout</h1>", status_code=404)
        token = request.query_params.get("admin")
        query = "?" + urlencode({"admin": token}) if needs_admin and token else ""
        back = ""
        if payment.status != "pending" and payment.return_url:
            url = html.escape(_return_to(payment))
            back = f'<p><a id="return" href="{url}">Return to PlagSini</a></p>'
        page = SANDBOX_PAGE.format(
            method=html.escape(payments.METHOD_LABELS.get(payment.method, payment.method)),
            amount=html.escape(format_sen(payment.amount_sen, payment.currency)),
            status=html.escape(payment.status),
            buttons=BUTTONS.format(ref=html.escape(quote(ref, safe="")), query=html.escape(query))
            if payment.status == "pending"
            else "",
            back=back,
        )
        return HTMLResponse(page, headers=PRIVATE)

    async def complete(request: Request) -> Response:
        ref = request.path_params["reference"]
        outcome = request.path_params["outcome"]
        if outcome not in ("pay", "fail"):
            return HTMLResponse("<h1>Not found</h1>", status_code=404)
        if not await admin_ok(request):
            return admin_only(request)
        try:
            await payments.sandbox_complete(platform, ref, "paid" if outcome == "pay" else "fail")
        except NotFound:
            return HTMLResponse("<h1>Unknown checkout</h1>", status_code=404)
        async with read_session(platform.sessionmaker) as s:
            payment = await payments.get_by_reference(s, ref)
        if payment is not None and payment.return_url:
            # Back to the app that started the top-up (validated as one of our origins at creation).
            return RedirectResponse(_return_to(payment), status_code=303)
        return await checkout(request)

    async def receipt_pdf(request: Request) -> Response:
        from api.invoices import pdf_signature

        try:
            rid = int(request.path_params["receipt_id"])
            expires = int(request.query_params.get("expires", "0"))
        except ValueError:
            return Response("Not found", status_code=404)
        sig = request.query_params.get("sig", "")
        if expires < time.time() or not hmac.compare_digest(
            sig, pdf_signature(platform.secret_key, rid, expires)
        ):
            return Response("This link is invalid or has expired.", status_code=403)
        async with read_session(platform.sessionmaker) as s:
            try:
                receipt = await receipts.get(s, rid)
            except NotFound:
                return Response("Not found", status_code=404)
            pdf = await receipts.render_pdf(s, receipt, tz=platform.settings.time_zone)
        return Response(
            pdf,
            media_type="application/pdf",
            headers={"Content-Disposition": f'inline; filename="{receipt.number}.pdf"'},
        )

    routes = [
        Route("/payments/webhook/{provider}", webhook, methods=["POST"]),
        Route("/receipts/{receipt_id:int}.pdf", receipt_pdf, methods=["GET"]),
    ]
    if platform.settings.active_payment_gateway == "sandbox":
        # Served only while the sandbox is the gateway in force (never by default in production).
        routes += [
            Route("/sandbox-gateway/checkout/{reference}", checkout, methods=["GET"]),
            Route("/sandbox-gateway/checkout/{reference}/{outcome}", complete, methods=["POST"]),
        ]
    else:

        async def sandbox_absent(_: Request) -> Response:
            return HTMLResponse("<h1>Not found</h1>", status_code=404)

        # Not served: a plain 404 (not the driver app's page that would otherwise answer the path).
        routes.append(Route("/sandbox-gateway/{path:path}", sandbox_absent, methods=["GET", "HEAD", "POST"]))
    return routes
