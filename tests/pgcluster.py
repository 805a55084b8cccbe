"""A throwaway PostgreSQL cluster for the tests and CI: initdb in a temporary folder, a server on
a unix socket inside that folder (and 127.0.0.1 on a free port, password-only), stopped at the end.

Standard library only, so ``.ci/run`` can call it before the virtual environment exists::

    python3 tests/pgcluster.py start DIR    # prints shell `export` lines for CASEAPP_TEST_PG_*
    python3 tests/pgcluster.py stop DIR

As root, PostgreSQL refuses to run: the folder is handed to the ``postgres`` user (or ``nobody``)
and the binaries run as that user through ``runuser``.

The socket accepts everyone without a password (trust: the folder is private to this run). TCP on
127.0.0.1 asks for a password, so the tests can prove the wrong-password sentence and the
PostgreSQL password file; the role ``caseapp_pw`` has the password ``PW_PASSWORD``.
"""

from __future__ import annotations

import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
DATABASE = "caseapp_test"
PW_ROLE = "caseapp_pw"
PW_PASSWORD = "pw-role-secret-4711"


@dataclass(frozen=True)
class Cluster:
    folder: Path
    bin_dir: Path
    port: int

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def url(self, database: str = DATABASE, user: str = SUPERUSER) -> str:
        """A SQLAlchemy URL over the unix socket (no password needed)."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str = DATABASE, user: str = PW_ROLE) -> str:
        """A URL over TCP on 127.0.0.1, where the server asks for a password."""
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"


def find_bin_dir() -> Path | None:
    """The folder of initdb: on PATH, else Debian's /usr/lib/postgresql/<newest>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent

    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    return Path(candidates[-1]).parent if candidates else None


def _run_as() -> str | None:
    """The user to run the server as when we are root, else None."""
    if os.geteuid() != 0:
        return None
    for name in (SUPERUSER, "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and there is no 'postgres' or 'nobody' user to run as")


def _cmd(args: list[str]) -> list[str]:
    user = _run_as()
    return ["runuser", "-u", user, "--", *args] if user else args


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def start(folder: Path, bin_dir: Path | None = None) -> Cluster:
    bin_dir = bin_dir or find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's initdb was not found")
    folder.mkdir(parents=True, exist_ok=True)
    cluster = Cluster(folder.resolve(), bin_dir, _free_port())
    cluster.socket_dir.mkdir(exist_ok=True)
    user = _run_as()
    if user is not None:
        entry = pwd.getpwnam(user)
        for path in (cluster.folder, cluster.socket_dir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    initdb = [str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", SUPERUSER]
    initdb += ["--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-sync"]
    # A natural-language collation that ignores punctuation, like glibc's locales on many real
    # servers: a text comparison that only holds in byte order (SQLite's) fails here, not at a
    # customer's.
    initdb += ["--locale-provider=icu", "--icu-locale=ru-RU-u-ka-shifted", "--locale=C.UTF-8"]
    result = subprocess.run(_cmd(initdb), check=False, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("initdb failed: " + result.stderr.strip()[-500:])
    options = " ".join(
        [
            f"-p {cluster.port}",
            "-c listen_addresses=127.0.0.1",
            f"-c unix_socket_directories={cluster.socket_dir}",
            "-c fsync=off",  # throwaway: speed over durability
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            "-c max_connections=60",
            "-c max_wal_size=64MB",  # a small folder for the canary test to read
            "-c min_wal_size=32MB",
            "-c logging_collector=off",
        ]
    )
    pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(cluster.data), "-o", options]
    pg_ctl += ["-l", str(cluster.folder / "server.log"), "-w", "-t", "60", "start"]
    result = subprocess.run(_cmd(pg_ctl), check=False, capture_output=True, text=True)
    if result.returncode != 0:
        log = cluster.folder / "server.log"
        tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
        raise RuntimeError("the PostgreSQL server did not start: " + (result.stderr + tail)[-800:])
    psql = [str(bin_dir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
    psql += ["-h", str(cluster.socket_dir), "-p", str(cluster.port)]
    psql += ["-U", SUPERUSER, "-d", "postgres", "-c"]
    for statement in (
        f"CREATE DATABASE {DATABASE}",
        f"CREATE ROLE {PW_ROLE} LOGIN PASSWORD '{PW_PASSWORD}'",
    ):
        subprocess.run([*psql, statement], check=True, capture_output=True)
    return cluster


def stop(folder: Path, bin_dir: Path | None = None) -> None:
    bin_dir = bin_dir or find_bin_dir()
    data = folder / "data"
    if bin_dir is None or not (data / "postmaster.pid").exists():
        return
    subprocess.run(
        _cmd([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
        check=False,
        capture_output=True,
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print("usage: pgcluster.py start|stop FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[1])
    if argv[0] == "stop":
        stop(folder)
        return 0
    try:
        cluster = start(folder)
    except RuntimeError as exc:
        print(f"pgcluster: {exc}", file=sys.stderr)
        return 1
    for name, value in (
        ("CASEAPP_TEST_PG_URL", cluster.url()),
        ("CASEAPP_TEST_PG_DATA", str(cluster.data)),
        ("CASEAPP_TEST_PG_BIN", str(cluster.bin_dir)),
        ("CASEAPP_TEST_PG_TCP_URL", cluster.tcp_url()),
    ):
        print(f"export {name}={shlex.quote(value)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
