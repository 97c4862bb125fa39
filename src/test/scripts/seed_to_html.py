#!/usr/bin/env python3
"""Turns a seed text export into HTML with real tables, so LibreOffice can make the DOCX and PDF forms
of the same report for the golden tests. Tab rows and pipe rows become table rows; HTML fragments inside
cells are kept as HTML; a blank line ends a table, as in the seeds."""
import html
import re
import sys


# column widths like the originals: a measures table has six columns, an indicators table four
WIDTHS = {6: [17, 25, 13, 12, 23, 10], 4: [7, 19, 37, 37]}


def cells_of(line):
    if line.startswith('|'):
        return [c.strip() for c in line.strip().strip('|').split('|')]
    return [c.strip() for c in line.split('\t')]


def cell_html(text):
    if '<p>' in text or '<li>' in text or '<ul' in text:
        return text
    return html.escape(text)


def inline(text):
    text = html.escape(text)
    return re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', text)


def convert(lines):
    out = ['<html><head><meta charset="utf-8"><style>',
           'body{font-family:"Garuda";font-size:10pt} td,th{vertical-align:top;border:1px solid black}',
           'table{border-collapse:collapse;width:100%}</style></head><body>']
    table = None
    para = []

    def flush_para():
        if para:
            out.append('<p>' + '<br/>'.join(inline(p) for p in para) + '</p>')
            para.clear()

    def flush_table():
        nonlocal table
        if table:
            out.append('<table border="1" width="100%">')
            widths = WIDTHS.get(len(table[0]), [])
            for i, row in enumerate(table):
                tag = 'th' if i == 0 else 'td'
                out.append('<tr>' + ''.join(
                    f'<{tag} width="{widths[j]}%">{cell_html(c)}</{tag}>' if j < len(widths) else f'<{tag}>{cell_html(c)}</{tag}>'
                    for j, c in enumerate(row)) + '</tr>')
            out.append('</table>')
        table = None

    joined = []
    for raw in lines:
        line = raw.rstrip('\n')
        # a bold title may span lines: **a  \n b**
        if joined and joined[-1].startswith('**') and '**' not in joined[-1][2:]:
            joined[-1] = joined[-1].rstrip() + '\n' + line
        else:
            joined.append(line)

    for line in joined:
        stripped = line.strip()
        if '\t' in line or (stripped.startswith('|') and stripped.endswith('|')):
            flush_para()
            if re.fullmatch(r'\|[-|\s]+\|', stripped):
                continue
            table = table or []
            table.append(cells_of(stripped))
            continue
        flush_table()
        if not stripped:
            flush_para()
            continue
        m = re.match(r'(#+)\s+(.*)', stripped)
        if m:
            flush_para()
            level = min(len(m.group(1)), 6)
            out.append(f'<h{level}>{inline(m.group(2))}</h{level}>')
            continue
        if stripped.startswith('**') and '\n' in stripped:
            flush_para()
            inner = stripped[2:stripped.rindex('**')] if stripped.count('**') >= 2 else stripped[2:]
            out.append('<p>' + '<br/>'.join('<b>' + html.escape(p.strip()) + '</b>' for p in inner.split('\n')) + '</p>')
            continue
        para.append(stripped)
    flush_para()
    flush_table()
    out.append('</body></html>')
    return '\n'.join(out)


if __name__ == '__main__':
    with open(sys.argv[1], encoding='utf-8') as f:
        sys.stdout.write(convert(f.readlines()))
