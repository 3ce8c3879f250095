"""Real services for the tests: MariaDB and Redis on throwaway data directories and free ports.

`make test` installs the Debian packages; these helpers only start and stop the servers.
With CI=true a service that cannot start fails the run; elsewhere its tests are skipped and
the summary says so loudly.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
MISSING: dict[str, str] = {}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}")
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"port {port} did not open within {timeout}s")


def terminate(proc: subprocess.Popen[Any], timeout: float) -> None:
    """Stops a server process: SIGTERM, then SIGKILL when it has not exited within `timeout` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _find(*names: str) -> str | None:
    for name in names:
        path = shutil.which(name) or (f"/usr/sbin/{name}" if Path(f"/usr/sbin/{name}").exists() else None)
        if path:
            return path
    return None


class RedisServer:
    """A redis-server process that a test may stop and start again on the same port."""

    def __init__(self) -> None:
        binary = _find("redis-server")
        if binary is None:
            raise RuntimeError("redis-server is not installed (make test installs it)")
        self.binary = binary
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="plagsini-redis-")
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.dir,
                "--protected-mode",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_port(self.port, 10, self.proc)

    def stop(self) -> None:
        if self.proc:
            terminate(self.proc, 10)
        self.proc = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class MariaDBServer:
    def __init__(self) -> None:
        server = _find("mariadbd", "mysqld")
        install = _find("mariadb-install-db", "mysql_install_db")
        if server is None or install is None:
            raise RuntimeError("mariadb-server is not installed (make test installs it)")
        self.server = server
        self.install = install
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="plagsini-mariadb-")
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        datadir = os.path.join(self.dir, "data")
        subprocess.run(
            [
                self.install,
                "--user=root",
                f"--datadir={datadir}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.log = open(os.path.join(self.dir, "server.log"), "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [
                self.server,
                "--no-defaults",
                "--user=root",
                f"--datadir={datadir}",
                f"--port={self.port}",
                "--bind-address=127.0.0.1",
                f"--socket={os.path.join(self.dir, 'mysqld.sock')}",
                f"--pid-file={os.path.join(self.dir, 'mysqld.pid')}",
                "--skip-grant-tables",
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--innodb-buffer-pool-size=128M",
                "--innodb-flush-log-at-trx-commit=2",
                "--max-connections=500",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_port(self.port, 60, self.proc)

    def url(self, database: str) -> str:
        return f"mysql+asyncmy://root@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import pymysql

        conn = pymysql.connect(host="127.0.0.1", port=self.port, user="root")
        try:
            with conn.cursor() as cur:
                cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
                cur.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        finally:
            conn.close()
        return self.url(name)

    def clone_database(self, source: str, name: str) -> str:
        """A new database `name` with the tables of `source` (each as SHOW CREATE TABLE gives it, keys
        and foreign keys included) and their rows: a migrated template copied in a fraction of the
        time its migrations take."""
        import pymysql

        self.create_database(name)
        conn = pymysql.connect(host="127.0.0.1", port=self.port, user="root", database=name)
        try:
            with conn.cursor() as cur:
                cur.execute(
                    "SELECT table_name FROM information_schema.tables "
                    "WHERE table_schema = %s AND table_type = 'BASE TABLE'",
                    (source,),
                )
                tables = [str(row[0]) for row in cur.fetchall()]
                cur.execute("SET FOREIGN_KEY_CHECKS = 0")
                for table in tables:
                    cur.execute(f"SHOW CREATE TABLE `{source}`.`{table}`")
                    cur.execute(cur.fetchone()[1])
                for table in tables:
                    cur.execute(f"INSERT INTO `{table}` SELECT * FROM `{source}`.`{table}`")
                cur.execute("SET FOREIGN_KEY_CHECKS = 1")
            conn.commit()
        finally:
            conn.close()
        return self.url(name)

    def close(self) -> None:
        # Killed, not shut down: its data directory is deleted next, so there is nothing to flush
        # (a clean shutdown of a server that held many databases took up to its 30 s timeout).
        if self.proc:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)
