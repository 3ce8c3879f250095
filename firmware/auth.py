"""Local authorization: the authorization cache and the local authorization list (both on flash)."""

from firmware import compat


class Authorizer:
    def __init__(self, store_dir):
        self.cache_path = compat.path_join(store_dir, "auth_cache.json")
        self.list_path = compat.path_join(store_dir, "local_list.json")
        self.cache = compat.read_json(self.cache_path, None) or {}
        data = compat.read_json(self.list_path, None) or {}
        self.list_version = data.get("version", 0)
        self.local_list = data.get("entries", {})

    @staticmethod
    def _effective(info):
        if info is None:
            return None
        exp = info.get("expiryDate")
        if exp and info.get("status") == "Accepted":
            try:
                if compat.parse_iso(exp) < compat.unix_time():
                    info = dict(info)
                    info["status"] = "Expired"
            except (ValueError, IndexError):
                pass
        return info

    def lookup(self, tag, use_list=True, use_cache=True):
        """idTagInfo known locally for `tag` (local list first), or None."""
        if use_list and tag in self.local_list:
            return self._effective(self.local_list[tag])
        if use_cache and tag in self.cache:
            return self._effective(self.cache[tag])
        return None

    def update_cache(self, tag, info, max_entries=100):
        if tag in self.local_list:
            return  # the local list wins; never shadow it in the cache
        self.cache[tag] = info
        if len(self.cache) > max_entries:
            for k in list(self.cache.keys())[: len(self.cache) - max_entries]:
                del self.cache[k]
        compat.write_json(self.cache_path, self.cache)

    def clear_cache(self):
        self.cache = {}
        compat.write_json(self.cache_path, self.cache)

    def send_local_list(self, version, update_type, entries, max_len):
        """Apply SendLocalList; returns Accepted / Failed / VersionMismatch."""
        entries = entries or []
        if update_type == "Full":
            new = {}
        elif update_type == "Differential":
            if version <= self.list_version:
                return "VersionMismatch"
            new = dict(self.local_list)
        else:
            return "Failed"
        for e in entries:
            tag = e.get("idTag")
            if not tag:
                return "Failed"
            info = e.get("idTagInfo")
            if info is None:
                if tag in new:
                    del new[tag]
            else:
                new[tag] = info
        if len(new) > max_len:
            return "Failed"
        self.local_list = new
        self.list_version = version
        compat.write_json(self.list_path, {"version": version, "entries": new})
        for tag in new:
            if tag in self.cache:
                del self.cache[tag]
        return "Accepted"
