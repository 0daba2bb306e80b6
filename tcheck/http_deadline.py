"""uvicorn's h11 protocol with a deadline on a request's headers.

uvicorn times out an idle keep-alive connection, but not one that opens and then sends its request
line and headers a byte at a time (or never finishes them): each such client holds a connection and
its buffers for as long as it likes. The deadline runs from the connection's start, and again from
the end of each response on a kept-alive connection, until the headers are complete. Past it, the
client gets a 408 and the connection closes, as nginx's `client_header_timeout` does. The body has
its own deadline (service.py's `--body-timeout`), which the app keeps.

The close lingers (RFC 9112, 9.6): the server stops writing, then reads and drops what the client
still sends for a moment before it closes. A byte that reached a closed socket would make the kernel
reset the connection, and a client still sending its headers would lose the 408 that says why.
"""
from __future__ import annotations

import asyncio
import logging

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("tcheck")


def protocol(timeout: float) -> type[H11Protocol]:
    """The protocol class to give uvicorn as `http=`."""
    return type("HeaderDeadlineProtocol", (_HeaderDeadline,), {"timeout": timeout})


LINGER = 2.0  # seconds a closing connection still reads (and drops) what the client sends


class _HeaderDeadline(H11Protocol):
    timeout: float
    _deadline: asyncio.TimerHandle | None = None
    _lingering = False

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._lingering:
            return  # the 408 is sent: what follows is dropped
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:  # the headers are in
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.timeout, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self) -> None:
        self._deadline = None
        if self.transport.is_closing() or self.conn.their_state is not h11.IDLE:
            return
        if self.conn.trailing_data[0]:  # a request had begun: tell the client why (an idle one just closes)
            log.warning("%s: request headers did not arrive within %g s; connection closed",
                        "%s:%d" % self.client if self.client else "a client", self.timeout)
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-type: application/json\r\n"
                                 b"connection: close\r\ncontent-length: %d\r\n\r\n%s" % (len(_BODY), _BODY))
            if self.transport.can_write_eof():
                self._lingering = True
                self.transport.write_eof()  # after the 408; the client reads it, then the end
                self.loop.call_later(LINGER, self.transport.close)
                return
        self.transport.close()


_BODY = b'{"error": "request headers did not arrive in time"}'
