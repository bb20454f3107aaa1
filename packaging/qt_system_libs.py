"""Which Debian packages Qt's xcb platform plugin (a real X11 window) needs, from what it loads.

    python packaging/qt_system_libs.py          # needs a display (DISPLAY, or Xvfb on PATH)

Starts a QApplication on the xcb platform, shows a window, and reads the shared libraries the process
then has mapped (/proc/self/maps): what ``ldd`` lists for the plugin plus what Qt opens at run time
(EGL/GL, libxcb-cursor). Libraries that come with PySide6 itself are left out; each other one is
looked up with ``dpkg -S`` and the packages are printed, one per line. Libraries every Debian system
has (libc6, libstdc++6, zlib...) are listed separately. Also prints what ``ldd`` says is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

# Always installed on Debian and Ubuntu (priority required/important, or pulled in by Python).
BASE = {"libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libzstd1", "liblzma5", "libbz2-1.0", "libffi8",
        "libexpat1", "libuuid1", "libmd0", "libbsd0", "libcap2", "libselinux1", "libpcre2-8-0",
        "libgcrypt20", "libgpg-error0", "liblz4-1", "libsystemd0", "libcrypt1", "libssl3", "libtinfo6",
        "libncursesw6", "libreadline8", "libsqlite3-0", "libdb5.3", "libnsl2", "libtirpc3", "libgssapi-krb5-2",
        "libkrb5-3", "libk5crypto3", "libkrb5support0", "libcom-err2", "libkeyutils1"}


def _probe() -> None:
    """Runs in the child: open a window on xcb and print the mapped libraries."""
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel("probe")
    label.show()
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        app.processEvents()
    paths = set()
    for line in Path("/proc/self/maps").read_text().splitlines():
        part = line.split()[-1]
        if ".so" in part and part.startswith("/"):
            paths.add(part)
    print("\n".join(sorted(paths)))


def _package(path: str) -> str | None:
    for candidate in (path, os.path.realpath(path)):
        done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
        # /lib is a link to /usr/lib on merged-/usr systems; dpkg knows one of the two names.
        alt = candidate.replace("/usr/lib/", "/lib/", 1) if candidate.startswith("/usr/lib/") \
            else candidate.replace("/lib/", "/usr/lib/", 1)
        done = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
        if done.returncode == 0:
            return done.stdout.split(":", 1)[0].strip()
    return None


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--probe":
        _probe()
        return 0
    import PySide6

    pyside = Path(PySide6.__file__).resolve().parent
    plugin = pyside / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    missing = sorted({line.split()[0] for line in ldd.splitlines() if "not found" in line})

    env = dict(os.environ)
    xvfb = None
    if not env.get("DISPLAY") and shutil.which("Xvfb"):
        env["DISPLAY"] = ":%d" % (200 + os.getpid() % 100)
        xvfb = subprocess.Popen(["Xvfb", env["DISPLAY"], "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(1.0)
    try:
        done = subprocess.run([sys.executable, __file__, "--probe"], capture_output=True, text=True, env=env,
                              timeout=60)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        print(f"ldd: missing {', '.join(missing) or 'nothing'}", file=sys.stderr)
        return 1
    site = pyside.parent
    packages, base, unknown = set(), set(), []
    for path in done.stdout.split():
        if Path(path).resolve().is_relative_to(site) or "/python3" in path:
            continue
        package = _package(path)
        if package is None:
            unknown.append(path)
        elif package in BASE or package.startswith("libpython"):
            base.add(package)
        else:
            packages.add(package)
    print("# packages the xcb platform needs (apt-get install ...):")
    print("\n".join(sorted(packages)))
    print(f"# also loaded, on every Debian system: {' '.join(sorted(base))}")
    if unknown:
        print(f"# not from a package: {' '.join(unknown)}")
    print(f"# ldd now finds every library the plugin links to{'' if not missing else ' except ' + ', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
