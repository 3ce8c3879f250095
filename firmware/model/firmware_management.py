"""Firmware and diagnostics status (FirmwareStatusNotification, DiagnosticsStatusNotification) and
the OTA rollback watchdog. The download and the upload themselves are the UpdateFirmware and
GetDiagnostics operations (imported only when the central system asks for them)."""

from firmware.compat import asyncio


class FirmwareService:
    def __init__(self, cp, state):
        self.cp = cp
        self.status = state.get("firmware_status", "Idle")  # persisted in state.json
        if cp.hal.ota_pending():
            self.status = "Installing"
        self.diagnostics = "Idle"

    def notify(self, status):
        self.status = status
        self.cp.save_state()
        self.cp.requests.enqueue("FirmwareStatusNotification", {"status": status})

    def notify_diagnostics(self, status):
        self.diagnostics = status
        self.cp.requests.enqueue("DiagnosticsStatusNotification", {"status": status})

    def connected(self):
        """A session began: a new image that reached the central system is kept (Installed)."""
        hal = self.cp.hal
        if self.status == "Installing" and hal.ota_pending():
            hal.ota_mark_valid()
            self.notify("Installed")
        elif self.status == "RolledBack":
            self.notify("InstallationFailed")

    def reported_status(self):
        """The firmware status as TriggerMessage reports it (Idle once an update has ended)."""
        st = self.status
        if st in ("Downloaded", "DownloadFailed", "InstallationFailed", "Installed"):
            st = "Idle"
        return st

    def reported_diagnostics(self):
        st = self.diagnostics
        return "Idle" if st in ("Uploaded", "UploadFailed") else st

    async def watchdog(self):
        """A new image that has not reached the central system in time is rolled back."""
        cp = self.cp
        if not cp.hal.ota_pending():
            return
        await asyncio.sleep(cp.cfg.get("ota_confirm_s", 300))
        if cp.hal.ota_pending() and not cp.accepted:
            cp.log("new firmware not confirmed: rolling back")
            self.status = "RolledBack"
            cp.save_state()
            cp.hal.ota_rollback()
            cp.schedule_reboot("Rollback", 0)
