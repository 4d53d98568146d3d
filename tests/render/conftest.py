"""Shared by the renderer tests: ``briefs`` on the import path, and LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


@pytest.fixture(scope="session")
def soffice(tmp_path_factory):
    """``soffice(path, fmt="pdf") -> Path``: convert with headless LibreOffice.

    Skips the test when LibreOffice is not installed (CI installs it). Each
    session gets its own LibreOffice profile, so parallel runs do not collide.
    """
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    profile = tmp_path_factory.mktemp("lo-profile")

    def convert(path: Path, fmt: str = "pdf") -> Path:
        out_dir = path.parent
        result = subprocess.run(
            [exe, f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", fmt, "--outdir", str(out_dir), str(path)],
            capture_output=True, text=True, timeout=600,
        )
        converted = out_dir / f"{path.stem}.{fmt}"
        if result.returncode != 0 or not converted.exists():
            raise AssertionError(
                f"soffice failed ({result.returncode}): {result.stdout}{result.stderr}"
            )
        return converted

    return convert
