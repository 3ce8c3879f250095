"""Authorization of idTags: local list and cache first when allowed, else Authorize.req, else the
offline rules. The store of the cache and the local list is `firmware.auth.Authorizer`."""

from firmware.core.errors import CallError, CallTimeout, NotConnected


class AuthorizationService:
    def __init__(self, cp):
        self.cp = cp
        cp.requests.on_conf["StopTransaction"] = self._stop_conf

    def cache(self, tag, info):
        """Remember the idTagInfo the central system gave for tag (if the cache is enabled)."""
        if self.cp.config.get("AuthorizationCacheEnabled"):
            self.cp.auth.update_cache(tag, info)

    def same_group(self, tx, tag):
        info = self.cp.auth.lookup(tag)
        return bool(info and tx.get("parent") and info.get("parentIdTag") == tx.get("parent"))

    async def authorize(self, tag):
        """idTagInfo for tag."""
        cp = self.cp
        config = cp.config
        local = None
        if config.get("LocalAuthListEnabled") or config.get("AuthorizationCacheEnabled"):
            local = cp.auth.lookup(
                tag, config.get("LocalAuthListEnabled"), config.get("AuthorizationCacheEnabled")
            )
        if cp.connected and cp.accepted:
            if local is not None and local.get("status") == "Accepted" and config.get("LocalPreAuthorize"):
                return local
            try:
                conf = await cp.call("Authorize", {"idTag": tag})
                info = conf.get("idTagInfo", {"status": "Invalid"})
                self.cache(tag, info)
                return info
            except (NotConnected, CallTimeout, CallError) as e:
                cp.log("authorize failed", e)
        if config.get("LocalAuthorizeOffline") and local is not None:
            return local
        if config.get("AllowOfflineTxForUnknownId") and local is None:
            return {"status": "Accepted"}
        return {"status": "Invalid"}

    def _stop_conf(self, payload, conf, local_tx):
        info = conf.get("idTagInfo")
        if info:
            self.cache(payload["idTag"], info)
