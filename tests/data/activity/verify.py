#!/usr/bin/env python3
"""Parse-only checks of the fixtures (standard library only). It computes none of FACTS.md.

- every CSV parses with the csv module and has a uniform column count after its header
- every calendar.ics physical line is <= 75 octets, CRLF-terminated, with no bare CR or LF
- mail.mbox opens with the mailbox module; only headers are parsed (BytesHeaderParser)
- linkedin-export.zip holds exactly the export folder's files, byte for byte
- mail.mbox.gz decompresses to mail.mbox
"""
import csv, glob, gzip, io, mailbox, os, sys, zipfile
from email.parser import BytesHeaderParser
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
EXPORT = os.path.join(HERE, "linkedin", "Basic_LinkedInDataExport_11-20-2026")
failures = 0


def fail(msg):
    global failures
    failures += 1
    print("FAIL", msg)


for path in sorted(glob.glob(os.path.join(HERE, "linkedin*", "**", "*.csv"), recursive=True)):
    raw = open(path, "rb").read()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    # the header is the first row with more than one cell (Connections.csv has a Notes: preamble)
    start = next(i for i, r in enumerate(rows) if len(r) > 1)
    widths = {len(r) for r in rows[start:]}
    if len(widths) != 1:
        fail(f"{path}: column counts {widths}")
    bom = "BOM" if raw.startswith(b"\xef\xbb\xbf") else "no BOM"
    ends = "CRLF" if raw.count(b"\r\n") > 1 else "LF"
    print(f"ok  {os.path.relpath(path, HERE)}: {len(rows) - start - 1} records, {len(rows[start])} columns, {bom}, {ends}")

ics = open(os.path.join(HERE, "calendar.ics"), "rb").read()
lines = ics.split(b"\r\n")
if lines[-1] != b"":
    fail("calendar.ics does not end with CRLF")
for n, line in enumerate(lines[:-1], 1):
    if len(line) > 75:
        fail(f"calendar.ics:{n}: {len(line)} octets")
    if b"\r" in line or b"\n" in line:
        fail(f"calendar.ics:{n}: bare CR or LF")
    line.decode("utf-8")
print(f"ok  calendar.ics: {len(lines) - 1} physical lines, all <= 75 octets, CRLF")

box = mailbox.mbox(os.path.join(HERE, "mail.mbox"), create=False)
parser = BytesHeaderParser(policy=policy.compat32)
count = 0
for key in box.iterkeys():
    f = box.get_file(key)
    headers = parser.parse(f)
    f.close()
    if not headers["From"] or not headers["Date"]:
        fail(f"mbox message {count + 1}: missing From or Date")
    count += 1
print(f"ok  mail.mbox: {count} messages, headers parsed")

with zipfile.ZipFile(os.path.join(HERE, "linkedin-export.zip")) as z:
    names = sorted(z.namelist())
    on_disk = sorted(os.listdir(EXPORT))
    if names != on_disk:
        fail(f"zip entries {names} != folder {on_disk}")
    for name in names:
        if z.read(name) != open(os.path.join(EXPORT, name), "rb").read():
            fail(f"zip entry {name} differs from the folder")
print(f"ok  linkedin-export.zip: {len(names)} entries identical to the folder")

if gzip.open(os.path.join(HERE, "mail.mbox.gz")).read() != open(os.path.join(HERE, "mail.mbox"), "rb").read():
    fail("mail.mbox.gz differs from mail.mbox")
print("ok  mail.mbox.gz == mail.mbox")

print("ALL OK" if not failures else f"{failures} FAILURES")
sys.exit(1 if failures else 0)
