"""What recalc.py (the bench) and profile.py (the people's tool) both do through UNO: start a headless
LibreOffice on a pipe, connect, and append consultations at the bottom of 相談記録 with automatic
recalculation, timing each edit with the clock the caller trusts (wall time in the bench, the
office's CPU time in the profiler).
"""
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(soffice, profile_dir, pipe):
    """A headless soffice accepting UNO on `pipe`, with its own user profile."""
    return subprocess.Popen(
        [soffice, f"-env:UserInstallation=file://{profile_dir}", "--headless", "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def connect(pipe, timeout_s=120):
    """The office's component context, retried until it accepts (it takes a few seconds to start)."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + timeout_s
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def stop_office(proc):
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


def append_consultations(doc, count, id_prefix, clock):
    """Adds `count` copies of 相談記録's last row below it, one after another (each a real new
    consultation the 指標 must count, with its own id), with automatic recalculation on; returns
    the `clock()` difference of each setDataArray + calculate."""
    sheet = doc.Sheets.getByName("相談記録")
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last, end_col = cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn
    template = list(sheet.getCellRangeByPosition(0, last, end_col, last).getDataArray()[0])
    doc.enableAutomaticCalculation(True)
    times = []
    for k in range(1, count + 1):
        row = list(template)
        row[0] = f"{id_prefix}{k}"
        target = sheet.getCellRangeByPosition(0, last + k, end_col, last + k)
        t0 = clock()
        target.setDataArray((tuple(row),))
        doc.calculate()
        times.append(clock() - t0)
    return times
