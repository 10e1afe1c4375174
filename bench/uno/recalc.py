#!/usr/bin/python3
"""Times LibreOffice on one workbook through its UNO API: open (which computes every formula the
file holds without a cached result), a full recalculation, and one-row edits at the bottom of
相談記録 with automatic recalculation (median of three rows added one after another). Prints one
JSON line. Needs Debian's python3-uno, so run it with the system /usr/bin/python3.

usage: recalc.py <soffice> <book.xlsx> <profile-dir>
"""
import json
import os
import sys
import time

import uno

from uno_session import append_consultations, connect, prop, start_office, stop_office

EDITS = 3


def main():
    soffice, book, profile = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3]
    pipe = f"zrk_bench_{os.getpid()}"
    office = start_office(soffice, profile, pipe)
    try:
        ctx = connect(pipe)
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        # Warm the office up on an empty document, so the open time is the workbook's own.
        desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),)).close(True)

        t0 = time.perf_counter()
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(book), "_blank", 0, (prop("Hidden", True),))
        open_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        doc.calculateAll()
        full_s = time.perf_counter() - t0

        # Three rows added one after another, each timed alone: the median is steadier on a shared
        # machine than one edit, and every edit is a real new consultation the 指標 must count.
        edits = append_consultations(doc, EDITS, "C_BENCH_NEW_", time.perf_counter)
        edit_s = sorted(edits)[len(edits) // 2]

        value = doc.Sheets.getByName("指標").getCellRangeByName("F2").getValue()
        doc.close(True)
        print(json.dumps({"open_s": open_s, "full_recalc_s": full_s, "edit_s": edit_s, "edits_s": edits, "check": value}))
    finally:
        stop_office(office)


if __name__ == "__main__":
    main()
