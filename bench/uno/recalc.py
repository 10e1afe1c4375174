#!/usr/bin/python3
"""Times LibreOffice on one workbook through its UNO API: open (which computes every formula the
file holds without a cached result), a full recalculation, and a one-row edit at the bottom of
相談記録 with automatic recalculation. Prints one JSON line. Needs Debian's python3-uno, so run it
with the system /usr/bin/python3.

usage: recalc.py <soffice> <book.xlsx> <profile-dir>
"""
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


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
        row = cursor.RangeAddress.EndRow + 1
        source = sheet.getCellRangeByPosition(0, row - 1, cursor.RangeAddress.EndColumn, row - 1)
        target = sheet.getCellRangeByPosition(0, row, cursor.RangeAddress.EndColumn, row)
        data = [list(r) for r in source.getDataArray()]
        data[0][0] = "C_BENCH_NEW"
        doc.enableAutomaticCalculation(True)
        t0 = time.perf_counter()
        target.setDataArray(tuple(tuple(r) for r in data))
        doc.calculate()
        edit_s = time.perf_counter() - t0

        value = doc.Sheets.getByName("指標").getCellRangeByName("F2").getValue()
        doc.close(True)
        print(json.dumps({"open_s": open_s, "full_recalc_s": full_s, "edit_s": edit_s, "check": value}))
    finally:
        office.terminate()
        try:
            office.wait(20)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main()
