"""Startup benchmark: launch to first painted main window, beside novelWriter, as whole processes.

Run under Xvfb::

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python bench/bench_startup.py \
        [--novelwriter /tmp/nwvenv/bin/python] [--runs 5] [--large]

Both programs are measured from outside, by the same probe: a small wrapper installs an
event filter on the QApplication as soon as it exists and prints ``FIRST_PAINT <epoch
seconds>`` on the first paint of the visible main window, then quits. The programs
themselves carry no benchmark code. ``--large`` also builds the large workspace of
``bench_storage.py`` (100 documents × 200 sections), times its first paint and expanding
every document in the tree (the probe expands them, as a user would, and times it). ``strategie-editor --help``
is timed as a whole process too (target under 0.1 s). Without novelWriter the benchmark
fails: a target relative to a peer that was not measured is not met.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROBE = r"""
import sys, time
from {qt}.QtCore import QEvent, QObject, QTimer
from {qt}.QtWidgets import QApplication, QMainWindow, QTreeView

EXPAND = "--expand-all" in sys.argv
if EXPAND:
    sys.argv.remove("--expand-all")


def _expand_all():
    started = time.perf_counter()
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
    tree = window.findChild(QTreeView, "tree")
    model = tree.model()
    for row in range(model.rowCount()):
        tree.expand(model.index(row, 0))
    QApplication.processEvents()
    print(f"EXPAND_ALL {{time.perf_counter() - started:.6f}}", flush=True)
    QApplication.instance().quit()


class _Probe(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and hasattr(obj, "window"):
            window = obj.window()
            if isinstance(window, QMainWindow) and window.isVisible():
                self.done = True
                print(f"FIRST_PAINT {{time.time():.6f}}", flush=True)
                QTimer.singleShot(0, _expand_all if EXPAND else QApplication.instance().quit)
        return False

_probe = _Probe()
import {module}
_create = {module}.{factory}
def _create_with_probe(*args, **kwargs):
    app = _create(*args, **kwargs)
    app.installEventFilter(_probe)
    return app
{module}.{factory} = _create_with_probe
{start}
"""
"""The probe, a wrapper that starts a program with an event filter on its QApplication."""

NOVELWRITER_PROBE = PROBE.format(
    qt="PyQt6", module="novelwriter", factory="_createApp", start='sys.argv = ["novelwriter"]\nnovelwriter.main([])'
)
STRATEGIE_PROBE = PROBE.format(
    qt="PySide6",
    module="editor.app",
    factory="create_application",
    start="from editor.main import main\nraise SystemExit(main(sys.argv[1:]))",
)


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        HOME=str(home),
        **extra,
    )
    env.pop("QT_QPA_PLATFORM", None)
    return env


def launch(command: list[str], env: dict[str, str], timeout: float = 60) -> dict[str, float]:
    """Run ``command`` and return what it reported: seconds from launch to first paint, and more.

    The process is ended once it has reported (novelWriter does not always exit promptly
    after ``quit``); the time to shut down is not part of the measurement.
    """
    want = {"FIRST_PAINT", "EXPAND_ALL"} if "--expand-all" in command else {"FIRST_PAINT"}
    start = time.time()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    found: dict[str, float] = {}
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            parts = line.split()
            if len(parts) == 2 and parts[0] in want:
                value = float(parts[1])
                found[parts[0]] = value - start if parts[0] == "FIRST_PAINT" else value
                if want <= found.keys():
                    break
    finally:
        timer.cancel()
        if process.poll() is None:
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    if "FIRST_PAINT" not in found:
        raise RuntimeError(f"{command[0]} did not report a paint")
    return found


def median_of(
    runs: int, command: list[str], env: dict[str, str], key: str = "FIRST_PAINT"
) -> tuple[float, list[float]]:
    """Return the median and all values of ``key`` over ``runs`` launches (after one warm-up)."""
    launch(command, env)
    values = [launch(command, env)[key] for _ in range(runs)]
    return statistics.median(values), values


def help_times(runs: int, env: dict[str, str]) -> tuple[float, list[float]]:
    """Return the median and all wall-clock times of ``strategie-editor --help`` as a whole process."""
    script = Path(sys.executable).with_name("strategie-editor")
    command = [str(script)] if script.exists() else [sys.executable, str(ROOT / "main.py")]
    subprocess.run([*command, "--help"], env=env, capture_output=True, check=True)  # warm-up
    values: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([*command, "--help"], env=env, capture_output=True, check=True)
        values.append(time.perf_counter() - start)
    return statistics.median(values), values


def main() -> int:
    """Measure and print the table; exit 1 if a target is missed or novelWriter is missing."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--novelwriter", default="/tmp/nwvenv/bin/python", help="Python with novelwriter installed")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--large", action="store_true", help="also the large workspace (takes a minute to build)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("Bitte unter Xvfb starten: xvfb-run -a -s '-screen 0 1280x800x24' …", file=sys.stderr)
        return 2
    if not Path(args.novelwriter).exists():
        print(
            f"novelWriter fehlt ({args.novelwriter}); `make bench` legt es in .bench/ an. Ohne Vergleich kein Ergebnis.",
            file=sys.stderr,
        )
        return 1
    from editor.services import sample_workspace

    # Bytecode as after the first start (or a pip install, which novelWriter had): without it
    # every start compiles our modules again, which is not what a user waits for.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "editor"), str(ROOT / "exports")], check=True)
    rows: list[tuple[str, float, list[float], str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        sample = home / "Beispiel.strategie"
        sample_workspace(sample).close()
        probe = home / "strategie_probe.py"
        probe.write_text(STRATEGIE_PROBE, encoding="utf-8")
        ours = [sys.executable, str(probe), str(sample)]
        ours_median, ours_values = median_of(args.runs, ours, _env(home))
        rows.append(("Strategie-Editor: Start bis erstes Bild (Beispiel)", ours_median, ours_values, "< 0,8 s"))
        nw_probe = home / "nw_probe.py"
        nw_probe.write_text(NOVELWRITER_PROBE, encoding="utf-8")
        nw_median, nw_values = median_of(args.runs, [args.novelwriter, str(nw_probe)], _env(home / "nw"))
        rows.append(("novelWriter: Start bis erstes Bild", nw_median, nw_values, ""))
        help_median, help_values = help_times(20, _env(home))
        rows.append(("Kommandozeile: strategie-editor --help", help_median, help_values, "< 0,1 s"))
        if args.large:
            from bench.bench_storage import build

            large = home / "gross.strategie"
            started = time.perf_counter()
            build(large)
            print(f"(großer Arbeitsbereich aufgebaut in {time.perf_counter() - started:.0f} s)")
            command = [sys.executable, str(probe), str(large), "--expand-all"]
            env = _env(home)
            launch(command, env)
            results = [launch(command, env) for _ in range(args.runs)]
            paints = [r["FIRST_PAINT"] for r in results]
            expands = [r["EXPAND_ALL"] for r in results]
            rows.append(("Großer Arbeitsbereich: Start bis erstes Bild", statistics.median(paints), paints, "< 1 s"))
            rows.append(
                ("Großer Arbeitsbereich: alle 100 Dokumente aufklappen", statistics.median(expands), expands, "< 1 s")
            )

    print("Ganze Prozesse, warm (nach einem ersten Start: Dateicache und übersetzte Python-Dateien).")
    print(f"{'Messung (Median)':<56}{'gemessen':>10}{'Ziel':>10}   einzelne Läufe")
    for label, value, values, target in rows:
        runs = " ".join(f"{v:.2f}" for v in values)
        print(f"{label:<56}{value:>8.2f} s{target:>10}   {runs}")
    missed = ours_median >= 0.8 or any(value >= 1.0 for label, value, _, target in rows if target == "< 1 s")
    missed = missed or help_median >= 0.1
    ratio = ours_median / nw_median
    missed = missed or ratio > 0.5
    print(f"{'Verhältnis Strategie-Editor / novelWriter':<56}{ratio:>9.0%}{'≤ 50 %':>10}")
    print("Ziele NICHT erreicht." if missed else "Alle Ziele erreicht.")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
