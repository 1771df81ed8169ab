"""Drive a headless Chromium over the DevTools protocol, with the network blocked.

Chromium talks the protocol over a pipe (``--remote-debugging-pipe``: it reads
NUL-terminated JSON messages on file descriptor 3 and writes them on 4), as Puppeteer does,
so no driver, port or websocket library is needed: the standard library is enough.

Every network request fails: all traffic goes to a proxy that does not exist
(``--proxy-server=127.0.0.1:9``) and every host name resolves to nothing; ``file://``
pages still load. :meth:`Browser.visit` returns what a reader would have seen: how many
charts there are and how many drew, the console errors, and a full-page screenshot.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["BLOCK_NETWORK", "Browser", "BrowserError", "PageReport", "find_chromium"]

# Flags of every run: headless, no first-run work, nothing phoned home.
BASE_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-extensions",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
    "--window-size=1280,900", "--remote-debugging-pipe",
)
# The network, blocked: every request (loopback too) goes to a proxy to nowhere, and no host
# name resolves.
BLOCK_NETWORK = ("--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
                 "--host-resolver-rules=MAP * ~NOTFOUND")

# What a page shows once scripts have run: charts (plotly divs), those that drew an SVG, and
# those wider than the box they sit in (cut off on the right), and those whose title, legend,
# buttons or axis title overlap.
_STATE_JS = """JSON.stringify({
  charts: document.querySelectorAll('.plotly-graph-div').length,
  drawn: Array.from(document.querySelectorAll('.plotly-graph-div'))
              .filter(d => d.querySelector('svg.main-svg')).length,
  clipped: Array.from(document.querySelectorAll('.plotly-graph-div'))
              .filter(d => d.querySelector('svg.main-svg') &&
                           d.querySelector('svg.main-svg').getBoundingClientRect().width >
                           d.parentElement.getBoundingClientRect().width + 1).length,
  overlapping: Array.from(document.querySelectorAll('.plotly-graph-div')).filter(d => {
    const boxes = ['.gtitle', '.legend', '.updatemenu-container', '.xtitle']
      .map(sel => d.querySelector(sel)).filter(e => e)
      .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
    return boxes.some((a, i) => boxes.slice(i + 1).some(b =>
      a.left < b.right - 1 && b.left < a.right - 1 &&
      a.top < b.bottom - 1 && b.top < a.bottom - 1));
  }).length,
  title: document.title,
  height: document.documentElement.scrollHeight
})"""


class BrowserError(RuntimeError):
    """Chromium did not start, answer or load a page in time."""


def find_chromium() -> str | None:
    """Path of a Chromium (Debian's ``chromium``) or Chrome binary, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    """What one page did in the browser."""

    url: str
    title: str = ""
    charts: int = 0
    drawn: int = 0
    clipped: int = 0
    overlapping: int = 0
    errors: list[str] = field(default_factory=list)
    screenshot: Path | None = None


class Browser:
    """One headless Chromium process; use as a context manager."""

    def __init__(self, binary: str, *, offline: bool = True, timeout_s: float = 30.0) -> None:
        self.timeout_s = timeout_s
        self._profile = tempfile.TemporaryDirectory(prefix="aidlib-chromium-")
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        flags = [*BASE_FLAGS, *(BLOCK_NETWORK if offline else ()),
                 f"--user-data-dir={self._profile.name}"]
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def pipes_on_3_and_4() -> None:  # runs in the child before exec
            high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD, 10)
            high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD, 10)
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        self._proc = subprocess.Popen(
            [binary, *flags, "about:blank"], stdin=subprocess.DEVNULL,
            stdout=self._log, stderr=self._log, pass_fds=(3, 4),
            preexec_fn=pipes_on_3_and_4,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.version = self.call("Browser.getVersion")["product"]

    # -- the protocol ---------------------------------------------------------------------
    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_chrome], [], [], max(left, 0))
            if not ready:
                raise BrowserError(f"no answer from Chromium in {self.timeout_s:.0f} s"
                                   f"{self._stderr_tail()}")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise BrowserError(f"Chromium closed the pipe{self._stderr_tail()}")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def _stderr_tail(self) -> str:
        self._log.seek(0)
        tail = self._log.read().decode("utf-8", "replace").strip().splitlines()[-5:]
        return (": " + " | ".join(tail)) if tail else ""

    def call(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None) -> dict[str, Any]:
        """Send one command and wait for its result; events seen meanwhile are kept."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout_s
        while True:
            reply = self._read_message(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error'].get('message')}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)

    def _wait_event(self, method: str, session: str) -> None:
        deadline = time.monotonic() + self.timeout_s
        while True:
            for event in self._events:
                if event["method"] == method and event.get("sessionId") == session:
                    return
            self._events.append(self._read_message(deadline))

    def _evaluate(self, expression: str, session: str) -> Any:
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True}, session)
        return result["result"].get("value")

    # -- pages ----------------------------------------------------------------------------
    def visit(self, url: str, screenshot: Path | None = None,
              settle_s: float = 10.0) -> PageReport:
        """Open ``url`` in a new tab, wait for its charts, collect errors, screenshot it."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        try:
            for domain in ("Page", "Runtime", "Log"):
                self.call(f"{domain}.enable", session=session)
            self._events.clear()
            self.call("Page.navigate", {"url": url}, session)
            self._wait_event("Page.loadEventFired", session)
            report = PageReport(url)
            deadline = time.monotonic() + settle_s
            while True:  # plotly draws after the load event; give it a moment
                state = json.loads(self._evaluate(_STATE_JS, session))
                if state["drawn"] >= state["charts"] or time.monotonic() > deadline:
                    break
                time.sleep(0.2)
            report.title, report.charts, report.drawn = (
                state["title"], state["charts"], state["drawn"])
            report.clipped, report.overlapping = state["clipped"], state["overlapping"]
            self.call("Runtime.evaluate", {"expression": "1"}, session)  # flush events
            report.errors = _errors(self._events, session)
            if screenshot is not None:
                shot = self.call("Page.captureScreenshot",
                                 {"format": "png", "captureBeyondViewport": True}, session)
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                screenshot.write_bytes(base64.b64decode(shot["data"]))
                report.screenshot = screenshot
            return report
        finally:
            self.call("Target.closeTarget", {"targetId": target})

    def fetch_fails(self, url: str, page: str = "about:blank") -> bool:
        """Whether a script on ``page`` fails to fetch ``url`` (proof the network is off)."""
        target = self.call("Target.createTarget", {"url": page})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        try:
            result = self.call("Runtime.evaluate", {
                "expression": f"fetch({json.dumps(url)}, {{mode: 'no-cors'}})"
                              ".then(() => 'loaded', e => 'failed: ' + e)",
                "awaitPromise": True, "returnByValue": True}, session)
            return str(result["result"].get("value", "")).startswith("failed")
        finally:
            self.call("Target.closeTarget", {"targetId": target})

    def close(self) -> None:
        """End Chromium and remove its profile."""
        if self._proc.poll() is None:
            with contextlib.suppress(BrowserError, OSError):
                self.call("Browser.close")
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)
        self._log.close()
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()


def _errors(events: list[dict[str, Any]], session: str) -> list[str]:
    """Console errors, uncaught exceptions and failed loads, as one line each."""
    out = []
    for event in events:
        if event.get("sessionId") != session:
            continue
        params = event.get("params", {})
        if event["method"] == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            out.append(f"uncaught: {text}")
        elif event["method"] == "Runtime.consoleAPICalled" and params["type"] in ("error",
                                                                                  "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
            out.append(f"console.{params['type']}: {args}")
        elif event["method"] == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            out.append(f"{entry['source']}: {entry['text']} {entry.get('url', '')}".strip())
    return out
