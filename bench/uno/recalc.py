#!/usr/bin/python3
"""Times LibreOffice on one workbook through its UNO API: open (which computes every formula the
file holds without a cached result), a full recalculation, and one-row edits at the bottom of
相談記録 with automatic recalculation (median of three rows added one after another). Prints one
JSON line. Needs Debian's python3-uno, so run it with the system /usr/bin/python3.

usage: recalc.py <soffice> <book.xlsx> <profile-dir>
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

EDITS = 3


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, deadline):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.time() > deadline:
                raise
            time.sleep(0.2)


def main():
    soffice, book, profile = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    pipe = f"zrk_bench_{os.getpid()}"
    office = subprocess.Popen(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--nologo", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        ctx = connect(pipe, time.time() + 120)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        # Warm the office up on an empty document, so the open time is the workbook's own.
        desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),)).close(True)

        t0 = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(book), "_blank", 0, (prop("Hidden", True),))
        open_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        doc.calculateAll()
        full_s = time.perf_counter() - t0

        sheet = doc.Sheets.getByName("相談記録")
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        last = cursor.RangeAddress.EndRow
        end_col = cursor.RangeAddress.EndColumn
        template = [list(r) for r in sheet.getCellRangeByPosition(0, last, end_col, last).getDataArray()][0]
        doc.enableAutomaticCalculation(True)
        # Three rows added one after another, each timed alone: the median is steadier on a shared
        # machine than one edit, and every edit is a real new consultation the 指標 must count.
        edits = []
        for k in range(1, EDITS + 1):
            row = list(template)
            row[0] = f"C_BENCH_NEW_{k}"
            target = sheet.getCellRangeByPosition(0, last + k, end_col, last + k)
            t0 = time.perf_counter()
            target.setDataArray((tuple(row),))
            doc.calculate()
            edits.append(time.perf_counter() - t0)
        edit_s = sorted(edits)[len(edits) // 2]

        value = doc.Sheets.getByName("指標").getCellRangeByName("F2").getValue()
        doc.close(True)
        print(json.dumps({"open_s": open_s, "full_recalc_s": full_s, "edit_s": edit_s, "edits_s": edits, "check": value}))
    finally:
        office.terminate()
        try:
            office.wait(20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
