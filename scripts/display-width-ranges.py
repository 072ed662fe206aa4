#!/usr/bin/env python3
"""Prints the Swift array literal of East Asian Wide and Fullwidth ranges for DisplayWidth.

usage: display-width-ranges.py > ranges.txt   (then paste over `wide` in
Sources/SafeText/DisplayWidth.swift, header comment included)

Swift's standard library has no East Asian Width property, so DisplayWidth keeps this
table; everything else it asks of Unicode (general categories) comes from the stdlib at
run time. Both should be the same Unicode version: Swift 6.3's stdlib is Unicode 17.0,
while Python 3.11's own unicodedata is 14.0, so the script takes `unicodedata2` (the same
API, kept current; `pip install unicodedata2==17.0.0`) when it is installed and says on
stderr when it falls back to the older data.

Every code point whose width is W or F goes in, unassigned ones included: the data gives
W to the unassigned parts of the CJK blocks and of planes 2 and 3, and wcwidth keeps them
too. Adjacent ranges are merged. Zero-width scalars inside wide ranges (the ideographic
tone marks U+302A..U+302D, the kana voicing marks U+3099..U+309A) are left in: DisplayWidth
checks the zero-width categories first. The output is deterministic.
"""
import sys

try:
    import unicodedata2 as unicodedata
    MODULE = "unicodedata2"
except ImportError:
    import unicodedata
    MODULE = "unicodedata"
    print(f"display-width-ranges: unicodedata2 is not installed; using Python's unicodedata, "
          f"Unicode {unicodedata.unidata_version}", file=sys.stderr)

PER_LINE = 4


def wide_ranges():
    ranges = []
    for cp in range(0x110000):
        if unicodedata.east_asian_width(chr(cp)) not in ("W", "F"):
            continue
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return ranges


def main():
    ranges = wide_ranges()
    cells = [f"0x{lo:04X}...0x{hi:04X}" for lo, hi in ranges]
    print(f"    // East Asian Width W or F, Unicode {unicodedata.unidata_version} ({MODULE}): "
          f"{len(ranges)} ranges printed by")
    print("    // scripts/display-width-ranges.py. Regenerate it, do not edit it by hand.")
    print("    static let wide: [ClosedRange<UInt32>] = [")
    for i in range(0, len(cells), PER_LINE):
        print("        " + ", ".join(cells[i:i + PER_LINE]) + ",")
    print("    ]")


if __name__ == "__main__":
    main()
