"""Offline journal of transaction-related messages (StartTransaction, MeterValues, StopTransaction).

Each message is one small file named by a zero-padded sequence number, so the order survives a
reboot and a torn write damages at most one message. Messages are delivered strictly in order.
A message that references a transaction started offline carries a local transaction number;
the real transactionId is filled in once StartTransaction.conf has been received.
"""

from firmware import compat

TX_ACTIONS = ("StartTransaction", "MeterValues", "StopTransaction")


class Journal:
    def __init__(self, directory, max_entries=2000):
        self.dir = directory
        self.max_entries = max_entries
        compat.makedirs(directory)
        self._map_path = compat.path_join(directory, "txmap.json")
        self.tx_map = compat.read_json(self._map_path, None) or {}
        self._seqs = []
        for name in compat.listdir(directory):
            if name.endswith(".msg"):
                try:
                    self._seqs.append(int(name[:-4]))
                except ValueError:
                    pass
            elif name.endswith(".tmp"):
                compat.remove(compat.path_join(directory, name))
        self._seqs.sort()
        self._next = (self._seqs[-1] + 1) if self._seqs else 1
        self.dropped = []

    def __len__(self):
        return len(self._seqs)

    def last_seq(self):
        """Sequence number of the newest message ever appended (0 if none)."""
        return self._next - 1

    def _path(self, seq):
        return compat.path_join(self.dir, "%010d.msg" % seq)

    def append(self, action, payload, local_tx=None):
        if len(self._seqs) >= self.max_entries:
            # Flash is full: keep the oldest (billing-critical Start/Stop) and drop the newest sample.
            if action == "MeterValues":
                return None
        seq = self._next
        self._next += 1
        entry = {"seq": seq, "action": action, "payload": payload, "local_tx": local_tx, "attempts": 0}
        compat.write_json(self._path(seq), entry)
        self._seqs.append(seq)
        return seq

    def entries(self):
        out = []
        for seq in self._seqs:
            e = compat.read_json(self._path(seq), None)
            if e is not None:
                out.append(e)
        return out

    def head(self):
        while self._seqs:
            e = compat.read_json(self._path(self._seqs[0]), None)
            if e is not None:
                return e
            self._seqs.pop(0)  # unreadable (torn) entry
        return None

    def pop(self, seq):
        compat.remove(self._path(seq))
        if seq in self._seqs:
            self._seqs.remove(seq)

    def record_failure(self, entry):
        entry["attempts"] = entry.get("attempts", 0) + 1
        compat.write_json(self._path(entry["seq"]), entry)
        return entry["attempts"]

    def drop(self, entry, reason):
        self.dropped.append((entry, reason))
        self.pop(entry["seq"])

    def map_tx(self, local_tx, transaction_id):
        self.tx_map[str(local_tx)] = transaction_id
        # Keep the map small: only the newest mappings matter.
        if len(self.tx_map) > 20:
            keys = sorted(self.tx_map.keys(), key=lambda k: int(k))
            for k in keys[:-20]:
                del self.tx_map[k]
        compat.write_json(self._map_path, self.tx_map)

    def resolve(self, entry):
        """The payload to send, with the real transactionId; None if it cannot be known."""
        payload = entry["payload"]
        local = entry.get("local_tx")
        if entry["action"] == "StartTransaction" or local is None:
            return payload
        tid = self.tx_map.get(str(local))
        if tid is None:
            return None
        payload = dict(payload)
        payload["transactionId"] = tid
        return payload
