"""Writing a build's files as one set: the folder holds the old set or the new one.

A brief is several files (PDF, DOCX, JSON, Markdown) that must agree: a reader
sent the PDF of one build and the JSON of another could not verify it. So a
build writes its files as one transaction, in three steps:

1. **stage**: every file is written to a temporary file in the output folder
   (``.NAME.briefing-tmp``) and flushed to disk;
2. **commit**: a journal (``.briefing-commit.json``) naming every staged file
   and its target is written atomically (temporary file, fsync, rename) — from
   this moment the new set is decided;
3. **switch**: each staged file is renamed over its target (``os.replace`` is
   atomic), then the journal is removed.

Killed before step 2, the folder still holds the previous set; the staged
files are leftovers. Killed during step 3, the journal says what is left to
do. The next build (or :func:`recover`) finishes a committed set and removes
leftovers before it writes anything, so after it the folder holds one whole
set. A lock on the folder serialises builds writing to it, so two builds
at once each write a whole set and the last one wins.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from pathlib import Path

from briefing.errors import OutputError

__all__ = ["JOURNAL", "TMP_SUFFIX", "ensure_dir", "folder_lock", "pending_commit", "recover", "write_atomic",
           "write_set"]

JOURNAL = ".briefing-commit.json"
TMP_SUFFIX = ".briefing-tmp"


def ensure_dir(path: Path) -> None:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{path}: output path exists and is not a folder") from None
    except OSError as exc:
        raise OutputError(f"{path}: cannot create output folder ({exc.strerror or exc})") from None
    if not path.is_dir():
        raise OutputError(f"{path}: output path is not a folder")


def _fail(path: Path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write ({exc.strerror or exc})")


def _sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stage(path: Path, data: bytes) -> Path:
    """``data`` in a new temporary file beside ``path``, on disk."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TMP_SUFFIX}")
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _fail(path, exc) from None
    return tmp


def write_atomic(path: Path, data: bytes) -> None:
    """Replace one file: readers see the old file or the new one, never half."""
    tmp = _stage(path, data)
    try:
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _fail(path, exc) from None
    _sync_folder(path.parent)


@contextlib.contextmanager
def folder_lock(folder: Path):
    """Hold the folder's lock: an advisory lock on the folder itself, so no lock
    file is left behind (no lock where the system has none)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: builds into one folder are not serialised
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        raise _fail(folder, exc) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def pending_commit(folder: Path) -> list[tuple[Path, Path]] | None:
    """The staged files and targets of a committed set not yet switched in, if any."""
    journal = folder / JOURNAL
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        pairs = [(folder / staged, folder / target) for staged, target in data["files"]]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return []  # unreadable: never written whole (it is renamed into place), so never committed
    # names only, never paths: a journal cannot point outside its folder
    return [(s, t) for s, t in pairs if s.parent == folder and t.parent == folder]


def recover(folder: Path) -> None:
    """Finish a set an interrupted build committed; remove what one only staged."""
    pairs = pending_commit(folder)
    for staged, target in pairs or []:
        if staged.exists():
            try:
                os.replace(staged, target)
            except OSError as exc:
                raise _fail(target, exc) from None
    if pairs is not None:
        _sync_folder(folder)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / JOURNAL)
    for leftover in folder.glob(f".*{TMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            os.unlink(leftover)
    _sync_folder(folder)


def write_set(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write ``files`` (name → bytes) into ``folder`` as one set; the paths written."""
    ensure_dir(folder)
    with folder_lock(folder):
        recover(folder)
        staged: list[tuple[Path, Path]] = []
        try:
            for name, data in files.items():
                target = folder / name
                staged.append((_stage(target, data), target))
            journal = json.dumps({"files": [[s.name, t.name] for s, t in staged]}).encode("utf-8")
            write_atomic(folder / JOURNAL, journal)  # the commit point
        except OutputError:
            for tmp, _ in staged:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            raise
        recover(folder)  # the switch: the same step that finishes an interrupted set
    return [target for _, target in staged]
