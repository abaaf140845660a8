"""Loaded by any Python started with this folder on PYTHONPATH: forbid the network.

Every attempt to connect, resolve a name or send a datagram is refused and appended to
the file named by ``XIANGYUE_NET_LOG`` (tests/reliability/test_no_network.py reads it).
"""

from __future__ import annotations

import os
import socket

_LOG = os.environ.get("XIANGYUE_NET_LOG", "")


def _refuse(what: str, original=None):
    def refused(*args, **kwargs):
        if original is not None and getattr(args[0], "family", None) == socket.AF_UNIX:
            return original(*args, **kwargs)  # a local socket file is not the network
        if _LOG:
            with open(_LOG, "a", encoding="utf-8") as handle:
                handle.write(f"{what} {args[1:2] or args[:1]!r}\n")
        raise OSError(f"network access attempted ({what}); Xiangyue must stay offline")

    return refused


def install() -> None:
    for name in ("connect", "connect_ex", "sendto"):
        setattr(socket.socket, name, _refuse(f"socket.{name}", getattr(socket.socket, name)))
    socket.create_connection = _refuse("create_connection")
    socket.getaddrinfo = _refuse("getaddrinfo")
    socket.gethostbyname = _refuse("gethostbyname")


install()
