"""ClearCache: empty the authorization cache (Rejected when the cache is disabled)."""


def handle(cp, payload):
    if not cp.config.get("AuthorizationCacheEnabled"):
        return {"status": "Rejected"}
    cp.auth.clear_cache()
    return {"status": "Accepted"}
