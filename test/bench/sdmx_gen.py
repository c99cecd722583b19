#!/usr/bin/env python3
"""test/bench/sdmx_gen.py — deterministic SDMX-ML 2.1 data messages for the
SDMX benchmark (test/bench/sdmx.sh, doc/benchmarks.md, "SDMX-ML import").

Writes the same observations twice: as a StructureSpecificData message
(keys and attributes as XML attributes, the compact form statistics offices
serve by default) and as a GenericData message (<generic:Value id= value=/>
elements).  The default, 20,000 series of 100-150 months, is 2,495,543
observations: 195 MB structure-specific and 571 MB generic (2.9 times: the
generic form spells every key and attribute as an element of its own).

    python3 test/bench/sdmx_gen.py [--series N] [--ss PATH] [--generic PATH]

--series N writes the first N series of the same data set, so a smaller
file is a prefix of the larger one (same structure, same values).  No
randomness from the library: every value comes from a 32-bit LCG seeded by
the series number, so the files are byte-identical from run to run.

Per series (dimensions FREQ, REF_AREA, INDICATOR, ADJUSTMENT; attributes
UNIT_MULT, DECIMALS, TITLE, SOURCE_AGENCY) and per observation (TIME_PERIOD,
OBS_VALUE, attributes OBS_STATUS, OBS_CONF): about 1 % of the values are
missing (OBS_VALUE="NaN", OBS_STATUS="M"), the last two of a series are
provisional ("P"), some are estimates ("E").
"""
import argparse
import sys

MSG = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic"
SS = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific"
COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
DSD = "POLICY_IND"
URN = "urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=PX:POLICY_IND(1.0)"

AREAS = ["AT", "AU", "BE", "BG", "BR", "CA", "CH", "CL", "CN", "CY", "CZ", "DE",
         "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "ID", "IE", "IN",
         "IS", "IT", "JP", "KR", "LT", "LU", "LV", "MT", "MX", "NL", "NO", "NZ",
         "PL", "PT", "RO", "RU", "SE", "SI", "SK", "TR", "US", "ZA", "I9", "EU",
         "G7", "W0"]
ADJ = ["N", "S", "Y", "C"]


def lcg(x):
    return (1664525 * x + 1013904223) & 0xFFFFFFFF


def series(i):
    """The i-th series (0-based): key, attributes and observations."""
    area = AREAS[i % len(AREAS)]
    ind = "IND%04d" % (i // len(AREAS))
    x = lcg(lcg(i + 1) ^ 0x9E3779B9)
    adj = ADJ[x % 4]
    x = lcg(x)
    n = 100 + x % 51                       # 100..150 months
    x = lcg(x)
    end_year, end_month = 2024, 12
    first = end_year * 12 + end_month - 1 - (n - 1)
    dec = 1 + x % 3
    x = lcg(x)
    level = 50 + x % 5000
    value = float(level)
    keys = [("FREQ", "M"), ("REF_AREA", area), ("INDICATOR", ind), ("ADJUSTMENT", adj)]
    attrs = [("UNIT_MULT", "0" if x % 7 else "3"), ("DECIMALS", str(dec)),
             ("TITLE", "Indicator %s, %s, adjustment %s" % (ind, area, adj)),
             ("SOURCE_AGENCY", "PX")]
    fmt = "%%.%df" % dec
    obs = []
    for k in range(n):
        x = lcg(x)
        m = first + k
        tp = "%04d-%02d" % (m // 12, m % 12 + 1)
        value *= 1 + ((x >> 8) % 2001 - 1000) / 50000.0
        if x % 97 == 0:
            v, st = "NaN", "M"
        else:
            v = fmt % value
            st = "P" if k >= n - 2 else ("E" if x % 13 == 0 else "A")
        obs.append((tp, v, st, "F" if x % 11 else "N"))
    return keys, attrs, obs


def header(kind):
    ns = ("xmlns:message=\"%s\" xmlns:common=\"%s\" xmlns:xsi=\"%s\"" % (MSG, COM, XSI))
    if kind == "ss":
        root = "message:StructureSpecificData"
        ns += " xmlns:ss=\"%s\" xmlns:ns1=\"%s\"" % (SS, URN + ":ObsLevelDim:TIME_PERIOD")
        struct = ("<message:Structure structureID=\"%s\" namespace=\"%s:ObsLevelDim:TIME_PERIOD\" "
                  "dimensionAtObservation=\"TIME_PERIOD\"><common:Structure><URN>%s</URN>"
                  "</common:Structure></message:Structure>" % (DSD, URN, URN))
        ds = ("<message:DataSet ss:dataScope=\"DataStructure\" xsi:type=\"ns1:DataSetType\" "
              "ss:structureRef=\"%s\">" % DSD)
    else:
        root = "message:GenericData"
        ns += " xmlns:generic=\"%s\"" % GEN
        struct = ("<message:Structure structureID=\"%s\" dimensionAtObservation=\"TIME_PERIOD\">"
                  "<common:Structure><URN>%s</URN></common:Structure></message:Structure>"
                  % (DSD, URN))
        ds = "<message:DataSet structureRef=\"%s\">" % DSD
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<%s %s>\n"
            "<message:Header><message:ID>PX_BENCH</message:ID><message:Test>true</message:Test>"
            "<message:Prepared>2025-01-01T00:00:00</message:Prepared>"
            "<message:Sender id=\"POLICY_EXT\"/>%s</message:Header>\n%s\n"
            % (root, ns, struct, ds)), root


def ss_series(keys, attrs, obs):
    out = ["<Series " + " ".join('%s="%s"' % kv for kv in keys + attrs) + ">"]
    for tp, v, st, conf in obs:
        out.append('<Obs TIME_PERIOD="%s" OBS_VALUE="%s" OBS_STATUS="%s" OBS_CONF="%s"/>'
                   % (tp, v, st, conf))
    out.append("</Series>\n")
    return "\n".join(out)


def generic_series(keys, attrs, obs):
    out = ["<generic:Series>\n<generic:SeriesKey>"
           + "".join('<generic:Value id="%s" value="%s"/>' % kv for kv in keys)
           + "</generic:SeriesKey>\n<generic:Attributes>"
           + "".join('<generic:Value id="%s" value="%s"/>' % kv for kv in attrs)
           + "</generic:Attributes>"]
    for tp, v, st, conf in obs:
        out.append('<generic:Obs><generic:ObsDimension value="%s"/><generic:ObsValue value="%s"/>'
                   '<generic:Attributes><generic:Value id="OBS_STATUS" value="%s"/>'
                   '<generic:Value id="OBS_CONF" value="%s"/></generic:Attributes></generic:Obs>'
                   % (tp, v, st, conf))
    out.append("</generic:Series>\n")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--series", type=int, default=20000)
    ap.add_argument("--ss", help="structure-specific output file")
    ap.add_argument("--generic", help="generic output file")
    a = ap.parse_args()
    outs = []
    if a.ss:
        outs.append(("ss", open(a.ss, "w", encoding="utf-8", buffering=1 << 20), ss_series))
    if a.generic:
        outs.append(("generic", open(a.generic, "w", encoding="utf-8", buffering=1 << 20),
                     generic_series))
    if not outs:
        ap.error("nothing to write: give --ss and/or --generic")
    roots = {}
    for kind, f, _ in outs:
        h, roots[kind] = header(kind)
        f.write(h)
    nobs = 0
    for i in range(a.series):
        keys, attrs, obs = series(i)
        nobs += len(obs)
        for _, f, write in outs:
            f.write(write(keys, attrs, obs))
    for kind, f, _ in outs:
        f.write("</message:DataSet>\n</%s>\n" % roots[kind])
        f.close()
    print("%d series, %d observations" % (a.series, nobs), file=sys.stderr)


if __name__ == "__main__":
    main()
