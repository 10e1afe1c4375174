#!/usr/bin/python3
"""Where LibreOffice spends its time on one workbook (a tool for people, not part of `npm run bench`).

Times are CPU seconds of the soffice.bin process (/proc/<pid>/stat), which a shared machine
disturbs far less than wall-clock time; they include LibreOffice's own calculation threads.

  ablate  — per variant, open the book, clear some ranges, then time calculateAll and seven
            one-row edits at the bottom of 相談記録 (as recalc.py does). A variant is a
            comma-separated list of 'Sheet!A1:B2' ranges, or 'base' for none; the difference to
            'base' is what the cleared formulas cost.
              profile.py ablate book.xlsx base '指標!N2:N200' '指標!J77:J89,指標!J116'
  alternate — open the book once, then per round and variant clear the ranges (or set them to a
            formula: 'Sheet!A1=0'), time four one-row edits (after one untimed), and put the
            formulas back; prints each round and the mean and median per variant. No reopening,
            and the variants take turns, so the machine's load falls on each alike — steadier than
            `ablate` for differences of a few tens of ms (still: compare means over ≥ 4 rounds).
              profile.py alternate book.xlsx 4 base '指標!J60:J72' '指標!N116'
  formula — open the book once, then set each formula of a TSV file (label<TAB>formula, in
            Excel's syntax: 'Sheet'!$A:$A, commas) into a scratch sheet and time it: 'cold' is
            the first evaluation (it also computes the dirty cells the formula reads: a
            COUNT over a helper column of 指標計算 right after opening times that column), 'warm'
            the median of five more (LibreOffice's lookup caches are then filled). Wall-clock ms.
              profile.py formula book.xlsx formulas.tsv

The large town's file: npx tsx bench/uno/write-large-town.ts large.xlsx
Needs Debian's python3-uno: run it with /usr/bin/python3.
"""
import json
import os
import re
import sys
import time

import uno

from uno_session import append_consultations, connect, prop, start_office, stop_office

SOFFICE = next((p for p in ("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice") if os.path.exists(p)), "soffice")
CLEAR = 1 | 2 | 4 | 16  # VALUE | DATETIME | STRING | FORMULA
EDITS = 7


def office_bin(launcher_pid):
    """soffice is a shell script: the process doing the work is its soffice.bin child."""
    for d in filter(str.isdigit, os.listdir("/proc")):
        try:
            ppid = int(open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1])
            if (ppid == launcher_pid or int(d) == launcher_pid) and "soffice.bin" in open(f"/proc/{d}/cmdline").read():
                return int(d)
        except OSError:
            pass
    return launcher_pid


class Office:
    def __init__(self):
        self.pipe = f"zrk_profile_{os.getpid()}"
        profile = f"/tmp/zrk-profile-{os.getpid()}"
        self.proc = start_office(SOFFICE, profile, self.pipe)
        ctx = connect(self.pipe)
        self.bin = office_bin(self.proc.pid)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),)).close(True)

    def cpu(self):
        f = open(f"/proc/{self.bin}/stat").read().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")

    def load(self, book):
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(book)), "_blank", 0, (prop("Hidden", True),))

    def close(self):
        stop_office(self.proc)


def ablate(office, book, variants):
    for variant in variants:
        c0, t0 = office.cpu(), time.perf_counter()
        doc = office.load(book)
        open_cpu, open_wall = office.cpu() - c0, time.perf_counter() - t0
        doc.enableAutomaticCalculation(False)
        for ref in [] if variant == "base" else variant.split(","):
            name, cells = ref.rsplit("!", 1)
            sheet = doc.Sheets.getByName(name.strip("'"))
            sheet.unprotect("")
            sheet.getCellRangeByName(cells).clearContents(CLEAR)
        c0 = office.cpu()
        doc.calculateAll()
        full = office.cpu() - c0
        edits = append_consultations(doc, EDITS, "C_PROFILE_", office.cpu)
        doc.close(True)
        print(json.dumps({
            "variant": variant, "open_wall_s": round(open_wall, 2), "open_cpu_s": round(open_cpu, 2), "calculateAll_cpu_s": round(full, 2),
            "edit_cpu_ms_median": round(1000 * sorted(edits)[EDITS // 2]), "edit_cpu_ms_min": round(1000 * min(edits)),
        }, ensure_ascii=False), flush=True)


def alternate(office, book, rounds, variants, edits=4):
    doc = office.load(book)
    doc.calculateAll()
    times = {v: [] for v in variants}
    for r in range(rounds):
        for v in variants:
            saved = []
            for ref in [] if v == "base" else v.split(","):
                ref, _, value = ref.partition("=")
                name, cells = ref.rsplit("!", 1)
                sheet = doc.Sheets.getByName(name.strip("'"))
                sheet.unprotect("")
                rng = sheet.getCellRangeByName(cells)
                saved.append((rng, rng.getFormulaArray()))
                if value:
                    rng.setFormula(value)
                else:
                    rng.clearContents(CLEAR)
            doc.calculate()
            # The first edit after a change also recomputes what the change made dirty: untimed.
            t = append_consultations(doc, edits + 1, f"C_ALT_{r}_{len(times[v])}_", office.cpu)[1:]
            times[v] += t
            for rng, formulas in saved:
                rng.setFormulaArray(formulas)
            doc.calculate()
            print(json.dumps({"round": r, "variant": v, "edit_cpu_ms": [round(1000 * x) for x in t]}, ensure_ascii=False), flush=True)
    for v in variants:
        s = sorted(times[v])
        print(json.dumps({"variant": v, "edit_cpu_ms_mean": round(1000 * sum(s) / len(s)), "edit_cpu_ms_median": round(1000 * s[len(s) // 2]), "edits": len(s)}, ensure_ascii=False), flush=True)
    doc.close(True)


def to_api_syntax(formula):
    """Excel syntax → the API's: $'Sheet'.$A:$A and ';' between arguments (string literals kept)."""
    out = []
    for part in re.split(r'("(?:[^"]|"")*")', formula):
        if not part.startswith('"'):
            part = re.sub(r"'([^']+)'!", lambda m: "$'" + m.group(1) + "'.", part).replace(",", ";")
        out.append(part)
    return "".join(out)


def formulas(office, book, tsv):
    lines = [l.rstrip("\n").split("\t", 1) for l in open(tsv, encoding="utf-8") if l.strip() and not l.startswith("#")]
    doc = office.load(book)
    doc.Sheets.insertNewByName("profile", 0)
    sheet = doc.Sheets.getByName("profile")
    doc.enableAutomaticCalculation(True)

    def timed(cell, formula):
        t0 = time.perf_counter()
        cell.setFormula(to_api_syntax(formula))
        cell.getString()
        return time.perf_counter() - t0

    overhead = sorted(timed(sheet.getCellByPosition(0, 0), f"=1+{i}") for i in range(7))[3]
    for i, (label, formula) in enumerate(lines):
        formula = formula if formula.startswith("=") else "=" + formula
        cell = sheet.getCellByPosition(1, i)
        cold = timed(cell, formula)
        value = cell.getString()
        warm = []
        for _ in range(5):
            cell.setString("")
            warm.append(timed(cell, formula))
        print(f"{label}\tcold {1000 * (cold - overhead):8.1f} ms\twarm {1000 * (sorted(warm)[2] - overhead):8.1f} ms\t= {value}", flush=True)
    doc.close(True)


def main():
    mode, book, rest = sys.argv[1], sys.argv[2], sys.argv[3:]
    office = Office()
    try:
        if mode == "ablate":
            ablate(office, book, rest or ["base"])
        elif mode == "alternate":
            alternate(office, book, int(rest[0]), rest[1:] or ["base"])
        elif mode == "formula":
            formulas(office, book, rest[0])
        else:
            sys.exit(__doc__)
    finally:
        office.close()


if __name__ == "__main__":
    main()
