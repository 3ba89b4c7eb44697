#!/usr/bin/env python3
"""Finishes the new entries of translations/channelconsole_en.ts: the English text is its source.

Plural entries (numerus="yes") are left unfinished: a person writes their singular and plural forms.
Run `cmake --build build --target update_translations` afterwards, so that lupdate writes the file
back in its own layout (tst_translations compares bytes).
"""
import pathlib
import sys
import xml.etree.ElementTree as ET

path = pathlib.Path(__file__).resolve().parent.parent / "translations" / "channelconsole_en.ts"
tree = ET.parse(path)
left = []
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") != "unfinished":
        continue
    source = message.find("source").text
    if message.get("numerus") == "yes":
        left.append(source)
        continue
    translation.text = source
    del translation.attrib["type"]
tree.write(path, encoding="utf-8", xml_declaration=True)
for source in left:
    print("plural forms to write in channelconsole_en.ts:", source, file=sys.stderr)
