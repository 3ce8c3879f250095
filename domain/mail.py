"""Outgoing mail: branded HTML + plain-text messages sent through a real SMTP client (aiosmtplib).

`SMTP_TLS=starttls` (port 587), `tls` (implicit TLS, port 465) or `none` (a local relay). When
`SMTP_HOST` is not set, development logs the message (codes included) instead of sending it;
production logs only that mail could not be sent.
"""

from __future__ import annotations

import asyncio
import html
import logging
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Any

import aiosmtplib

from domain.errors import InvalidInput
from domain.ports import DomainSettings

log = logging.getLogger("plagsini.mail")

BRAND = "PlagSini"
BRAND_COLOR = "#0a7d4f"

_background: set[asyncio.Task[None]] = set()


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str
    html: str


#: The languages of the driver app and of the mails a user receives.
LOCALES = ("en", "ms", "zh")
DEFAULT_LOCALE = "en"
_HTML_LANG = {"en": "en", "ms": "ms", "zh": "zh-Hans"}

#: Every text of the mails, per language; each language has every key (a test checks it).
TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "footer": "{brand} · EV charging. You received this because someone entered your address in the {brand} app.",  # noqa: E501
        "otp.register.subject": "Your {brand} verification code",
        "otp.register.lead": "Use this code to verify your email address",
        "otp.reset.subject": "Your {brand} password reset code",
        "otp.reset.lead": "Use this code to reset your password",
        "otp.valid": "The code is valid for {minutes} minutes and can be used once.",
        "otp.ignore": "If you did not ask for it, ignore this message.",
        "exists.subject": "Your {brand} account",
        "exists.lead": "Someone (probably you) asked to register with this email address.",
        "exists.what": "You already have a {brand} account with this address: sign in, or reset your password if you forgot it.",  # noqa: E501
        "exists.ignore": "If you did not ask, ignore this message; nothing was changed.",
        "support.signature": "{brand} support",
        "support.you_wrote": "You wrote:",
        "receipt.subject": "Your {brand} receipt {number}",
        "receipt.heading": "{brand} charging receipt",
        "receipt.thanks": "Thank you for charging with {brand}.",
        "receipt.meta.number": "Receipt no.",
        "receipt.meta.issued": "Issued",
        "receipt.meta.customer": "Customer",
        "receipt.meta.session": "Session",
        "receipt.meta.charger": "Charger",
        "receipt.meta.connector": "Connector",
        "receipt.meta.started": "Started",
        "receipt.meta.stopped": "Stopped",
        "receipt.meta.energy": "Energy",
        "receipt.subtotal": "Subtotal",
        "receipt.tax": "Tax",
        "receipt.total": "Total",
        "receipt.sessions": "{n} session(s)",
        "receipt.line.energy": "Energy",
        "receipt.line.time": "Charging time",
        "receipt.line.idle": "Idle fee (after the grace period)",
        "receipt.line.session_fee": "Session fee",
        "receipt.line.minimum": "Minimum charge adjustment",
        "receipt.line.maximum": "Maximum charge cap",
        "receipt.line.plan_included": "Included kWh (membership)",
        "receipt.line.reward_kwh": "Free kWh (reward)",
        "receipt.line.plan_discount": "Member discount",
        "receipt.line.reward_discount": "Discount (reward)",
        "receipt.line.tax": "Service tax",
        "receipt.pdf.title": "Receipt {number}",
        "receipt.pdf.item": "Item",
        "receipt.pdf.quantity": "Quantity",
        "receipt.pdf.amount": "Amount",
        "receipt.pdf.paid": "Paid from your {brand} wallet. Thank you for charging with {brand}.",
    },
    "ms": {
        "footer": "{brand} · Pengecasan EV. Anda menerima e-mel ini kerana seseorang memasukkan alamat anda dalam aplikasi {brand}.",  # noqa: E501
        "otp.register.subject": "Kod pengesahan {brand} anda",
        "otp.register.lead": "Gunakan kod ini untuk mengesahkan alamat e-mel anda",
        "otp.reset.subject": "Kod tetapan semula kata laluan {brand} anda",
        "otp.reset.lead": "Gunakan kod ini untuk menetapkan semula kata laluan anda",
        "otp.valid": "Kod ini sah selama {minutes} minit dan boleh digunakan sekali sahaja.",
        "otp.ignore": "Jika anda tidak memintanya, abaikan mesej ini.",
        "exists.subject": "Akaun {brand} anda",
        "exists.lead": "Seseorang (mungkin anda) telah meminta untuk mendaftar dengan alamat e-mel ini.",
        "exists.what": "Anda sudah mempunyai akaun {brand} dengan alamat ini: log masuk, atau tetapkan semula kata laluan jika anda terlupa.",  # noqa: E501
        "exists.ignore": "Jika anda tidak memintanya, abaikan mesej ini; tiada apa-apa yang diubah.",
        "support.signature": "Sokongan {brand}",
        "support.you_wrote": "Anda menulis:",
        "receipt.subject": "Resit {brand} anda {number}",
        "receipt.heading": "Resit pengecasan {brand}",
        "receipt.thanks": "Terima kasih kerana mengecas dengan {brand}.",
        "receipt.meta.number": "No. resit",
        "receipt.meta.issued": "Dikeluarkan",
        "receipt.meta.customer": "Pelanggan",
        "receipt.meta.session": "Sesi",
        "receipt.meta.charger": "Pengecas",
        "receipt.meta.connector": "Penyambung",
        "receipt.meta.started": "Bermula",
        "receipt.meta.stopped": "Berhenti",
        "receipt.meta.energy": "Tenaga",
        "receipt.subtotal": "Jumlah kecil",
        "receipt.tax": "Cukai",
        "receipt.total": "Jumlah",
        "receipt.sessions": "{n} sesi",
        "receipt.line.energy": "Tenaga",
        "receipt.line.time": "Masa pengecasan",
        "receipt.line.idle": "Yuran melahu (selepas tempoh tenggang)",
        "receipt.line.session_fee": "Yuran sesi",
        "receipt.line.minimum": "Pelarasan caj minimum",
        "receipt.line.maximum": "Had caj maksimum",
        "receipt.line.plan_included": "kWh termasuk (keahlian)",
        "receipt.line.reward_kwh": "kWh percuma (ganjaran)",
        "receipt.line.plan_discount": "Diskaun ahli",
        "receipt.line.reward_discount": "Diskaun (ganjaran)",
        "receipt.line.tax": "Cukai perkhidmatan",
        "receipt.pdf.title": "Resit {number}",
        "receipt.pdf.item": "Butiran",
        "receipt.pdf.quantity": "Kuantiti",
        "receipt.pdf.amount": "Amaun",
        "receipt.pdf.paid": "Dibayar daripada dompet {brand} anda. Terima kasih kerana mengecas dengan {brand}.",  # noqa: E501
    },
    "zh": {
        "footer": "{brand} · 电动车充电。您收到此邮件，是因为有人在 {brand} 应用中输入了您的邮箱地址。",
        "otp.register.subject": "您的 {brand} 验证码",
        "otp.register.lead": "请使用此验证码验证您的邮箱地址",
        "otp.reset.subject": "您的 {brand} 密码重置验证码",
        "otp.reset.lead": "请使用此验证码重置您的密码",
        "otp.valid": "验证码 {minutes} 分钟内有效，仅可使用一次。",
        "otp.ignore": "如果这不是您本人的操作，请忽略此邮件。",
        "exists.subject": "您的 {brand} 账户",
        "exists.lead": "有人（可能是您）请求使用此邮箱地址注册。",
        "exists.what": "此邮箱地址已有 {brand} 账户：请直接登录；如果忘记密码，可以重置密码。",
        "exists.ignore": "如果这不是您本人的操作，请忽略此邮件；您的账户没有任何变更。",
        "support.signature": "{brand} 客服",
        "support.you_wrote": "您的来信：",
        "receipt.subject": "您的 {brand} 收据 {number}",
        "receipt.heading": "{brand} 充电收据",
        "receipt.thanks": "感谢您使用 {brand} 充电。",
        "receipt.meta.number": "收据编号",
        "receipt.meta.issued": "开具时间",
        "receipt.meta.customer": "客户",
        "receipt.meta.session": "充电记录",
        "receipt.meta.charger": "充电桩",
        "receipt.meta.connector": "充电枪",
        "receipt.meta.started": "开始",
        "receipt.meta.stopped": "结束",
        "receipt.meta.energy": "电量",
        "receipt.subtotal": "小计",
        "receipt.tax": "税",
        "receipt.total": "合计",
        "receipt.sessions": "{n} 次",
        "receipt.line.energy": "电量",
        "receipt.line.time": "充电时长",
        "receipt.line.idle": "占位费（宽限期后）",
        "receipt.line.session_fee": "单次服务费",
        "receipt.line.minimum": "最低消费调整",
        "receipt.line.maximum": "最高收费上限",
        "receipt.line.plan_included": "套餐内含 kWh（会员）",
        "receipt.line.reward_kwh": "免费 kWh（奖励）",
        "receipt.line.plan_discount": "会员折扣",
        "receipt.line.reward_discount": "折扣（奖励）",
        "receipt.line.tax": "服务税",
        "receipt.pdf.title": "收据 {number}",
        "receipt.pdf.item": "项目",
        "receipt.pdf.quantity": "数量",
        "receipt.pdf.amount": "金额",
        "receipt.pdf.paid": "已从您的 {brand} 钱包支付。感谢您使用 {brand} 充电。",
    },
}


def clean_locale(value: str | None) -> str:
    """A supported language code; InvalidInput otherwise."""
    v = (value or "").strip().lower()
    if v not in LOCALES:
        raise InvalidInput(f"Choose one of: {', '.join(LOCALES)}.", field="locale")
    return v


def locale_or_default(value: str | None) -> str:
    """The language to write a mail in: the user's, else English."""
    return value if value in LOCALES else DEFAULT_LOCALE


def text(locale: str | None, key: str, **params: object) -> str:
    """A mail text in `locale` (English for an unknown one), with `{brand}` and `params` filled."""
    return TEXTS[locale_or_default(locale)][key].format(brand=BRAND, **params)


def layout(title: str, body_html: str, locale: str | None = None) -> str:
    """The branded HTML frame of every mail, in the reader's language."""
    loc = locale_or_default(locale)
    footer = html.escape(text(loc, "footer"))
    return f"""<!doctype html>
<html lang="{_HTML_LANG[loc]}"><head><meta charset="utf-8"><title>{html.escape(title)}</title></head>
<body style="margin:0;background:#f4f6f5;font-family:Helvetica,Arial,sans-serif;color:#1d2b24">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:24px">
<table role="presentation" width="480" cellpadding="0" cellspacing="0"
 style="background:#ffffff;border-radius:8px">
<tr><td style="background:{BRAND_COLOR};color:#ffffff;padding:16px 24px;border-radius:8px 8px 0 0;
font-size:20px;font-weight:bold">&#9889; {BRAND}</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">{body_html}</td></tr>
<tr><td style="padding:16px 24px;color:#6b7a72;font-size:12px">{footer}</td></tr>
</table></td></tr></table></body></html>
"""


def otp_mail(to: str, code: str, purpose: str, minutes: int, locale: str | None = None) -> Mail:
    kind = purpose if purpose in ("register", "reset") else "register"
    subject = text(locale, f"otp.{kind}.subject")
    lead = text(locale, f"otp.{kind}.lead")
    valid = text(locale, "otp.valid", minutes=minutes)
    ignore = text(locale, "otp.ignore")
    body_text = f"{BRAND}\n\n{lead}:\n\n    {code}\n\n{valid}\n{ignore}\n"
    body = (
        f"<p>{html.escape(lead)}:</p>"
        f'<p style="font-size:32px;letter-spacing:8px;font-weight:bold;margin:16px 0">{html.escape(code)}</p>'
        f"<p>{html.escape(valid)}</p>"
        f"<p>{html.escape(ignore)}</p>"
    )
    return Mail(to=to, subject=subject, text=body_text, html=layout(subject, body, locale))


def account_exists_mail(to: str, locale: str | None = None) -> Mail:
    """The answer to a registration-code request for an address that already has an account."""
    subject = text(locale, "exists.subject")
    lead = text(locale, "exists.lead")
    what = text(locale, "exists.what")
    ignore = text(locale, "exists.ignore")
    body_text = f"{BRAND}\n\n{lead}\n\n{what}\n\n{ignore}\n"
    body = (
        f"<p>{html.escape(lead)}</p><p><strong>{html.escape(what)}</strong></p><p>{html.escape(ignore)}</p>"
    )
    return Mail(to=to, subject=subject, text=body_text, html=layout(subject, body, locale))


def receipt_mail(to: str, receipt: Any, locale: str | None = None) -> Mail:
    """A charging receipt (a `domain.receipts.ReceiptView` written in `locale`): local times, plain
    quantities, in the driver's language."""
    subject = text(locale, "receipt.subject", number=receipt.number)
    heading = text(locale, "receipt.heading")
    thanks = text(locale, "receipt.thanks")
    width = max((len(label) for label, _ in receipt.meta), default=0)
    meta_text = "\n".join(f"{label.ljust(width)}  {value}" for label, value in receipt.meta)
    lines_text = "\n".join(
        f"{desc}{f' ({qty})' if qty else ''}: {amount}" for desc, qty, amount in receipt.lines
    )
    totals_text = "\n".join(f"{label}: {amount}" for label, amount in receipt.totals)
    body_text = f"{heading}\n\n{meta_text}\n\n{lines_text}\n\n{totals_text}\n\n{thanks}\n"
    cell = 'style="padding:4px 8px 4px 0"'
    meta_html = "".join(
        f'<tr><th align="left" {cell}>{html.escape(label)}</th><td {cell}>{html.escape(value)}</td></tr>'
        for label, value in receipt.meta
    )
    lines_html = "".join(
        f"<tr><td {cell}>{html.escape(desc)}</td><td {cell}>{html.escape(qty)}</td>"
        f'<td align="right" {cell}>{html.escape(amount)}</td></tr>'
        for desc, qty, amount in receipt.lines
    )
    totals_html = "".join(
        f'<tr><th align="right" colspan="2" {cell}>{html.escape(label)}</th>'
        f'<td align="right" {cell}>{html.escape(amount)}</td></tr>'
        for label, amount in receipt.totals
    )
    body = (
        f'<table role="presentation">{meta_html}</table>'
        f'<table role="presentation" style="margin-top:16px;width:100%">{lines_html}{totals_html}</table>'
        f"<p>{html.escape(thanks)}</p>"
    )
    return Mail(to=to, subject=subject, text=body_text, html=layout(subject, body, locale))


def build_message(settings: DomainSettings, mail: Mail) -> EmailMessage:
    msg = EmailMessage()
    sender = settings.smtp_email or f"no-reply@{_domain(settings)}"
    msg["From"] = formataddr((settings.smtp_from_name, sender))
    msg["To"] = mail.to
    msg["Subject"] = mail.subject
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1])
    msg.set_content(mail.text)
    msg.add_alternative(mail.html, subtype="html")
    return msg


def _domain(settings: DomainSettings) -> str:
    host = settings.public_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return host if "." in host else "plagsini.local"


async def send_mail(settings: DomainSettings, mail: Mail) -> None:
    """Send now; raises on SMTP failure. Without SMTP_HOST, log instead (development only)."""
    if not settings.smtp_host:
        if settings.is_production:
            log.error("SMTP_HOST is not set: cannot send %r to %s", mail.subject, mail.to)
        else:
            log.warning("SMTP_HOST is not set (development): mail to %s\n%s", mail.to, mail.text)
        return
    message = build_message(settings, mail)
    await aiosmtplib.send(
        message,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_email if settings.smtp_password else None,
        password=settings.smtp_password,
        use_tls=settings.smtp_tls == "tls",
        start_tls=True if settings.smtp_tls == "starttls" else False,
        timeout=30,
    )


def send_in_background(settings: DomainSettings, mail: Mail) -> asyncio.Task[None]:
    """Send without making the caller wait (so response time does not reveal whether it was sent)."""

    async def run() -> None:
        try:
            await send_mail(settings, mail)
        except Exception:  # noqa: BLE001 - logged; the caller already answered
            log.exception("sending mail to %s failed", mail.to)

    task = asyncio.get_running_loop().create_task(run())
    _background.add(task)
    task.add_done_callback(_background.discard)
    return task
