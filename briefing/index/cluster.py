"""Indexing on a Dask distributed cluster (``--scheduler tcp://HOST:PORT``).

:func:`connect` reaches a scheduler and checks that every worker runs this
release of briefing; the :class:`DaskCluster` it returns is the ``cluster``
that :func:`briefing.index.update.update` takes. Called with a run's batches,
it first asks each worker for the run's analysis keys (digests of the reading
and analysis code, its data files, the versions of the libraries that shape
what it makes, and the run's settings) and whether it sees the corpus folder
and the run's first files as this process does. Then it sends the batches, a
few per worker thread at a time, and yields each batch's results as it
completes; this process writes them into the index, each batch in one
transaction. Nothing is sent before the checks pass, and a run that stops
midway keeps the batches it wrote: the next run goes on from there.

Workers read the article files themselves. A task names its file relative to
the corpus folder, and workers must see that folder at the same absolute path
(a shared filesystem): sending every file's bytes from here would make this
process the bottleneck and duplicate what reading a file already checks (its
kind, its size limit, a change while it is read). Each task checks again, on
the worker that runs it, that the worker's briefing and analysis keys are this
process's, so a worker that joins during a run cannot slip in results of other
code.

``distributed`` (the ``cluster`` extra) is imported by :func:`connect` only, so
``briefing --help`` and local runs never load it; the functions that run on
workers import nothing of it.
"""

from __future__ import annotations

import gc
import logging
import os
from collections import deque
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from briefing.errors import ClusterError
from briefing.index.analyse import Indexed, Settings, Task, analyse_files

__all__ = ["CONNECT_TIMEOUT", "DaskCluster", "connect"]

CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler, and for it to have a worker
PROBES = 3  # files of the run whose size each worker must see as this process does
INSTALL = "pip install 'briefing[cluster]'"


# ------------------------------------------------------------ on the workers

class WorkerMismatch(Exception):
    """A worker's briefing or analysis keys are not the ones the run expects."""


def identity(settings: Settings | None = None) -> tuple[str, tuple[str, str, str] | None]:
    """What results made in this process depend on: briefing's version and,
    given a run's settings, the analysis keys of its files."""
    import briefing
    from briefing.index.update import analysis_keys

    return briefing.__version__, (analysis_keys(settings) if settings is not None else None)


def worker_view(settings: Settings, probes: tuple[tuple[str, int], ...]) -> tuple[tuple, str | None]:
    """This worker's :func:`identity`, and what it does not see as the run does:
    the corpus folder, or one of ``probes`` (relative path, size in bytes)."""
    root = Path(settings.root)
    if not root.is_dir():
        return identity(settings), f"cannot see the corpus folder {root}"
    for path, size in probes:
        try:
            seen = os.stat(root / path).st_size
        except OSError as exc:
            return identity(settings), f"cannot see {root / path} ({exc.strerror or exc})"
        if seen != size:
            return identity(settings), (f"sees another {root / path} ({seen} bytes, not {size}): "
                                        "not the same corpus folder")
    return identity(settings), None


def analyse_on_worker(tasks: list[Task], settings: Settings, expected: tuple) -> list[Indexed]:
    """:func:`analyse_files`, once this worker is known to make what the run expects."""
    found = identity(settings)
    if found != expected:
        raise WorkerMismatch(_mismatch(_this_worker(), found, expected))
    return analyse_files(tasks, settings)


def _this_worker() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "a worker"


def _mismatch(worker: str, found: tuple, expected: tuple) -> str:
    if found[0] != expected[0]:
        return (f"worker {worker} runs briefing {found[0]}, this is briefing {expected[0]}: its "
                "results would not match; install the same version on every worker")
    return (f"worker {worker} runs briefing {found[0]} with other reading or analysis code, data "
            "or library versions (its analysis keys differ): its results would not match; install "
            "the same briefing and libraries on every worker")


# ------------------------------------------------------------ in this process

def connect(address: str, *, timeout: float = CONNECT_TIMEOUT) -> "DaskCluster":
    """The cluster of the Dask scheduler at ``address``, once it has a worker
    and every worker runs this briefing; raises :class:`ClusterError`."""
    try:
        import distributed
    except ImportError:
        raise ClusterError(f"--scheduler {address}: running on a Dask cluster needs the cluster "
                           f"extra: {INSTALL}") from None
    client = _client(distributed, address, timeout)
    try:
        with _quiet():
            try:
                client.wait_for_workers(1, timeout=timeout)
            except (TimeoutError, OSError):
                raise ClusterError(f"the Dask scheduler at {address} has no worker after {timeout:g} s "
                                   f"(start one with: dask worker {address})") from None
            views = client.run(identity, on_error="return")
        _check_views(views, identity(), address)
    except BaseException:
        client.close()
        raise
    return DaskCluster(distributed, client, address)


def _client(distributed, address: str, timeout: float):
    from distributed.comm import get_address_host_port

    try:  # checked before a client starts its event loop
        get_address_host_port(address)
    except ValueError as exc:
        raise ClusterError(f"--scheduler {address}: not a scheduler address ({exc}); "
                           "give tcp://HOST:PORT") from None
    reason = None
    with _quiet():
        try:
            return distributed.Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:
            reason = str(exc) or type(exc).__name__
        # a client that failed to connect keeps its event loop until it is collected:
        # collect it now, while the loop runs, not at exit, where closing it prints a traceback
        gc.collect()
    raise ClusterError(f"cannot reach the Dask scheduler at {address} ({reason})")


class _quiet:
    """distributed's own log lines (reconnecting, a closed stream) silenced: what
    goes wrong reaches the user as one ClusterError."""

    def __enter__(self):
        self._logger = logging.getLogger("distributed")
        self._level = self._logger.level
        self._logger.setLevel(logging.CRITICAL)
        return self

    def __exit__(self, *exc):
        self._logger.setLevel(self._level)


class DaskCluster:
    """The ``cluster`` of :func:`briefing.index.update.update`: a run's batches
    analysed on the workers of one scheduler, results yielded as they complete."""

    def __init__(self, distributed, client, address: str):
        self._distributed = distributed
        self.client = client
        self.address = address

    def __enter__(self) -> "DaskCluster":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with _quiet():
            self.client.close()

    def __call__(self, batches: list[list[Task]], settings: Settings) -> Iterator[list[Indexed]]:
        # workers have other working folders: they are given the corpus's absolute path
        settings = replace(settings, root=os.path.abspath(settings.root))
        expected = identity(settings)
        with _quiet():
            self._check(settings, expected, _probes(batches, Path(settings.root)))
            yield from self._analyse(batches, settings, expected)

    def _check(self, settings: Settings, expected: tuple, probes: tuple[tuple[str, int], ...]) -> None:
        try:
            views = self.client.run(worker_view, settings, probes, on_error="return")
        except (OSError, self._distributed.CancelledError) as exc:
            raise self._stopped(exc) from None
        if not views:
            raise ClusterError(f"the Dask scheduler at {self.address} has no worker "
                               f"(start one with: dask worker {self.address})")
        _check_views({worker: view if isinstance(view, BaseException) else view[0]
                      for worker, view in views.items()}, expected, self.address)
        for worker, (_, unseen) in sorted(views.items()):
            if unseen:
                raise ClusterError(f"worker {worker} {unseen}; workers read the articles themselves "
                                   "and must see the corpus folder at the same path (a shared filesystem)")

    def _analyse(self, batches: list[list[Task]], settings: Settings,
                 expected: tuple) -> Iterator[list[Indexed]]:
        from briefing.index.update import IN_FLIGHT

        client = self.client
        waiting = deque(batches)
        live: set = set()

        def send():
            future = client.submit(analyse_on_worker, waiting.popleft(), settings, expected, pure=False)
            live.add(future)
            return future

        # a few batches per worker thread at a time: workers stay busy while the
        # client, the scheduler and the workers hold a bounded number of results
        slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT
        try:
            done = self._distributed.as_completed([send() for _ in range(min(slots, len(waiting)))],
                                                  loop=client.loop, with_results=True)
            while live:
                try:
                    future, result = next(done)
                except WorkerMismatch as exc:
                    raise ClusterError(str(exc)) from None
                except Exception as exc:  # noqa: BLE001 - a lost scheduler or worker, a task that failed
                    raise self._stopped(exc) from None
                live.discard(future)
                if waiting:
                    done.add(send())
                yield result
        finally:
            if live:
                client.cancel(list(live))

    def _stopped(self, exc: BaseException) -> ClusterError:
        return ClusterError(f"the Dask cluster at {self.address} stopped the index run "
                            f"({type(exc).__name__}: {exc}); what was analysed is kept, run it again")


def _check_views(views: dict, expected: tuple, address: str) -> None:
    """Every worker's :func:`identity` is this process's; raises :class:`ClusterError`."""
    for worker, found in sorted(views.items()):
        if isinstance(found, BaseException):
            raise ClusterError(f"worker {worker} of {address} cannot run briefing "
                               f"({type(found).__name__}: {found}); install it on every worker")
        if found != expected:
            raise ClusterError(_mismatch(worker, found, expected))


def _probes(batches: list[list[Task]], root: Path) -> tuple[tuple[str, int], ...]:
    """The first few files of the run, with their sizes as this process sees them."""
    found = []
    for task in (t for batch in batches for t in batch):
        try:
            found.append((task.path, os.stat(root / task.path).st_size))
        except OSError:
            continue  # gone, or unreadable here too: its task will say so
        if len(found) == PROBES:
            break
    return tuple(found)
