#!/usr/bin/env python3
"""Print the assigned East Asian Wide/Fullwidth code point ranges of this Python's Unicode data,
one `LO HI` (hex) pair a line. Input for gen-width-table.swift (see its header)."""
import sys
import unicodedata

lo = None
for cp in range(0x110000 + 1):
    wide = (cp <= 0x10FFFF and unicodedata.category(chr(cp)) != "Cn"
            and unicodedata.east_asian_width(chr(cp)) in ("W", "F"))
    if wide and lo is None:
        lo = cp
    elif not wide and lo is not None:
        print(f"{lo:X} {cp - 1:X}")
        lo = None
print(f"# unicodedata {unicodedata.unidata_version}", file=sys.stderr)
