#!/usr/bin/env python3
"""Checks a .docx that summarize wrote, with tools that are not ours: openxml-audit (a port of the Open XML SDK's
validator) must report no error and no warning, and python-docx must read it as Word would: paragraphs in order with
their style names, the table with its header row, the odd/even footers with their PAGE field, the page and its grid.

    check_docx.py FILE.docx… [--sample] [--contains STRINGS.json] [--page W,H] [--margins T,R,B,L] [--grid TYPE,PITCH,CHARSPACE]

--sample      also check the 2016H1 sample's structure (numbering 一、（一）1., the metrics table, the signature)
--contains    a JSON list of strings that must each appear literally in the document's text; with several files, a
              list of such lists, one per file
Exit status 0 when every check passes, 1 when one fails (each failure is printed), 2 when a tool is missing.
Needs `python-docx` and `openxml-audit==0.8.0` (scripts/setup python-docx).
"""
import argparse
import json
import re
import subprocess
import sys
import zipfile

try:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
except ImportError:
    print("check_docx: python-docx is not installed (scripts/setup python-docx)", file=sys.stderr)
    sys.exit(2)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def audit(paths):
    """openxml-audit's report on each file, by path. Its exit status stays 0 on misordered children, so the counts
    are what matter. Files that are all the .docx of one folder are audited in one run (-r), which is much faster."""
    import os
    folders = {os.path.dirname(os.path.abspath(path)) for path in paths}
    folder = folders.pop() if len(folders) == 1 else None
    if folder and len(paths) > 1 and sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".docx")) \
            == sorted(os.path.abspath(path) for path in paths):
        runs = [["-r", folder]]
    else:
        runs = [[path] for path in paths]
    reports = {}
    for target in runs:
        try:
            result = subprocess.run([sys.executable, "-m", "openxml_audit", "--policy", "permissive", "-o", "json"] + target,
                                    capture_output=True, text=True, timeout=300)
        except FileNotFoundError:
            result = None
        if result is None or "No module named" in result.stderr:
            print("check_docx: openxml-audit is not installed (scripts/setup python-docx)", file=sys.stderr)
            sys.exit(2)
        try:
            for report in json.loads(result.stdout):
                reports[os.path.abspath(report["file"])] = report
        except ValueError:
            pass
    return reports


def check_audit(path, reports):
    import os
    report = reports.get(os.path.abspath(path))
    if not check(report is not None, "openxml-audit gave no report"):
        return
    check(report["error_count"] == 0 and report["warning_count"] == 0,
          f"openxml-audit: {report['error_count']} errors, {report['warning_count']} warnings: "
          + json.dumps(report.get("errors", [])[:5], ensure_ascii=False))


def check_package(path):
    with zipfile.ZipFile(path) as archive:
        entries = archive.infolist()
        names = [entry.filename for entry in entries]
        check(names[:3] == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"], f"entry order: {names[:3]}")
        check(not any(name.endswith("/") for name in names), "a directory entry")
        check(all(entry.compress_type == zipfile.ZIP_DEFLATED for entry in entries), "an entry that is not deflated")
        check(all(entry.date_time == (1980, 1, 1, 0, 0, 0) for entry in entries), "an entry not dated 1980-01-01")
        check(not any("theme" in name for name in names), "a theme part")
        for name in names:
            text = archive.read(name).decode("utf-8")
            check(text.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), f"{name}: declaration")
            for banned in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "mc:Ignorable"):
                check(banned not in text, f"{name} has {banned}")
        body = archive.read("word/document.xml").decode("utf-8")
        # Every paragraph names its style: a <w:p> directly followed by <w:pPr><w:pStyle …>.
        paragraphs = len(re.findall(r"<w:p>", body)) + len(re.findall(r"<w:p ", body))
        styled = len(re.findall(r"<w:p><w:pPr><w:pStyle ", body))
        check(paragraphs == styled, f"{paragraphs - styled} of {paragraphs} paragraphs have no pStyle")


def texts(document):
    """The document's text in reading order: paragraphs, and the paragraphs of table cells where the table is."""
    body = document.element.body
    result = []
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            result.append(docx.text.paragraph.Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            for cell in child.iter(qn("w:tc")):
                result.append("".join(docx.text.paragraph.Paragraph(p, document).text for p in cell.iter(qn("w:p"))))
    return result


def check_footers(section):
    for footer, side, alignment in ((section.footer, "odd", WD_ALIGN_PARAGRAPH.RIGHT),
                                    (section.even_page_footer, "even", WD_ALIGN_PARAGRAPH.LEFT)):
        check(not footer.is_linked_to_previous, f"no {side}-page footer")
        paragraph = footer.paragraphs[0]
        check(re.fullmatch(r"— \d+ —", paragraph.text) is not None, f"{side}-page footer reads {paragraph.text!r}")
        check(paragraph.alignment == alignment, f"{side}-page footer aligned {paragraph.alignment}")
        xml = paragraph._p.xml
        check(all(f'w:fldCharType="{kind}"' in xml for kind in ("begin", "separate", "end"))
              and "> PAGE </w:instrText>" in xml, f"{side}-page footer has no complex PAGE field")
        check(paragraph.style.name.lower() == "footer", f"{side}-page footer style {paragraph.style.name}")


def check_page(section, page, margins, grid):
    width, height = page
    check((section.page_width.twips, section.page_height.twips) == (width, height),
          f"page {section.page_width.twips}×{section.page_height.twips}")
    top, right, bottom, left = margins
    got = (section.top_margin.twips, section.right_margin.twips, section.bottom_margin.twips, section.left_margin.twips)
    check(got == (top, right, bottom, left), f"margins {got}")
    element = section._sectPr.find(qn("w:docGrid"))
    values = (element.get(qn("w:type")), element.get(qn("w:linePitch")), element.get(qn("w:charSpace"))) if element is not None else None
    check(values == grid, f"docGrid {values}, expected {grid}")


def check_sample(document, paragraphs):
    # Names as python-docx reports them, compared case-insensitively (a reference may save "title").
    styles = [p.style.name.lower() for p in paragraphs]
    check(styles[0] == "title", f"first paragraph is {styles[0]}")
    check(styles[-2:] == ["signature", "signature date"], f"last paragraphs are {styles[-2:]}")
    check(paragraphs[-1].text == "2016年7月8日", f"date {paragraphs[-1].text!r}")
    check(paragraphs[-3].paragraph_format.keep_with_next is True, "the last body paragraph does not keep with the signature")
    numerals = "一二三四五六七八九十"
    patterns = {"heading 1": f"[{numerals}]+、", "heading 2": f"（[{numerals}]+）", "heading 3": r"\d+\.", "heading 4": r"（\d+）"}
    level1 = []
    for paragraph in paragraphs:
        name = paragraph.style.name.lower()
        if name in patterns:
            check(re.match(patterns[name], paragraph.text) is not None, f"{name} {paragraph.text!r} lacks its number")
        if name == "heading 1":
            level1.append(paragraph.text.split("、")[0])
        check(name in ("title", "heading 1", "heading 2", "heading 3", "heading 4", "body text", "signature", "signature date"),
              f"paragraph in style {name}: {paragraph.text[:20]!r}")
    check(level1 == list(numerals[:len(level1)]) and len(level1) >= 4, f"level-1 numbers {level1}")
    check(any(s == "heading 2" for s in styles), "no Heading 2")
    check(any(p.style.name.lower() == "body text" and re.match(r"\d+\.", p.text) for p in paragraphs), "no 1. item in Body Text")
    check(len(document.tables) == 1, f"{len(document.tables)} tables")
    if document.tables:
        table = document.tables[0]
        header = table.rows[0]
        check([c.text for c in header.cells][:3] == ["序號", "項目", "本期"], f"header {[c.text for c in header.cells]}")
        check(header._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None, "header row does not repeat")
        check(all(row._tr.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for row in table.rows), "a row may split")
        check(len(table.rows) == 7, f"{len(table.rows)} rows")
        check(table.style.name == "Table Grid", f"table style {table.style.name}")
        widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.iter(qn("w:gridCol"))]
        section = document.sections[-1]
        area = section.page_width.twips - section.left_margin.twips - section.right_margin.twips
        check(sum(widths) == area, f"grid columns add up to {sum(widths)}, the type area is {area}")
        layout = table._tbl.tblPr.find(qn("w:tblLayout"))
        check(layout is not None and layout.get(qn("w:type")) == "fixed", "table layout is not fixed")
        for row in table.rows[1:]:
            check(row.cells[0].paragraphs[0].style.name == "Table Text", "body cell style")
        check(table.rows[1].cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT, "本期 is not right-aligned")
    properties = document.core_properties
    check(properties.title == "2016年上半年工作總結", f"title property {properties.title!r}")
    check(properties.author == "北海市海城區科學技術局", f"author property {properties.author!r}")
    check(properties.language == "zh-TW", f"language property {properties.language!r}")


def check_file(path, arguments, wanted, reports):
    check_audit(path, reports)
    check_package(path)
    document = docx.Document(path)
    paragraphs = document.paragraphs
    check(document.settings.odd_and_even_pages_header_footer, "evenAndOddHeaders is off")
    section = document.sections[-1]
    check_footers(section)
    grid = tuple(arguments.grid.split(","))
    check_page(section, tuple(map(int, arguments.page.split(","))), tuple(map(int, arguments.margins.split(","))),
               tuple(value or None for value in grid) + (None,) * (3 - len(grid)))
    if arguments.sample:
        check_sample(document, paragraphs)
    text = "\n".join(texts(document))
    for string in wanted:
        check(string in text, f"the text does not contain {string[:60]!r}")
    return f"{len(paragraphs)} paragraphs, {len(document.tables)} tables"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("docx", nargs="+")
    parser.add_argument("--sample", action="store_true")
    parser.add_argument("--contains")
    parser.add_argument("--page", default="11906,16838")
    parser.add_argument("--margins", default="2098,1474,1984,1587")
    parser.add_argument("--grid", default="linesAndChars,579,-841")
    arguments = parser.parse_args()
    wanted = json.load(open(arguments.contains, encoding="utf-8")) if arguments.contains else []
    if len(arguments.docx) > 1 or (wanted and isinstance(wanted[0], list)):
        assert len(wanted) in (0, len(arguments.docx)), "--contains needs one list per file"
    else:
        wanted = [wanted]
    status = 0
    reports = audit(arguments.docx)
    for index, path in enumerate(arguments.docx):
        failures.clear()
        summary = check_file(path, arguments, wanted[index] if wanted else [], reports)
        for failure in failures:
            print(f"check_docx: {path}: {failure}")
        if failures:
            status = 1
        else:
            print(f"check_docx: {path}: ok ({summary})")
    return status


if __name__ == "__main__":
    sys.exit(main())
