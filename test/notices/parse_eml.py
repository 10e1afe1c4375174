"""Parses .eml files with Python's standard email package (policy=default) and prints JSON.

Usage: python3 parse_eml.py FILE...  ->  [{subject, from, to, text, html, messageId, unsent, date, defects, maxLine}]
Used by test/notices/eml-parse.test.ts as an independent reader of what renderEml writes.
"""
import json
import sys
from email import policy
from email.parser import BytesParser


def mailbox(header):
    if header is None:
        return None
    address = header.addresses[0]
    return {"name": address.display_name, "address": address.addr_spec}


def defects_of(msg):
    found = [type(d).__name__ for d in msg.defects]
    for part in msg.walk():
        found += [type(d).__name__ for d in part.defects]
        for value in part.values():
            found += [type(d).__name__ for d in getattr(value, "defects", ())]
    return found


def main(paths):
    out = []
    for path in paths:
        with open(path, "rb") as handle:
            raw = handle.read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        text_part = msg.get_body(preferencelist=("plain",))
        html_part = msg.get_body(preferencelist=("html",))
        out.append({
            "subject": msg["subject"],
            "from": mailbox(msg["from"]),
            "to": mailbox(msg["to"]),
            "text": text_part.get_content() if text_part is not None else None,
            "html": html_part.get_content() if html_part is not None else None,
            "messageId": msg["message-id"],
            "unsent": msg["x-unsent"],
            "date": msg["date"].datetime.isoformat() if msg["date"] is not None else None,
            "contentType": msg.get_content_type(),
            "defects": defects_of(msg),
            "maxLine": max(len(line) for line in raw.split(b"\r\n")),
            "ascii": all(b < 128 for b in raw),
        })
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
