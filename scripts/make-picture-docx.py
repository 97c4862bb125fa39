#!/usr/bin/env python3
"""Wraps a page image into a DOCX that holds nothing but that picture, the way a scanned report pasted into Word
arrives. Used for the test that OCRs pictures inside DOCX files.

    python3 scripts/make-picture-docx.py sample-input/003_de5ae8d4d3f592eb-scanned-p1.png \
        src/test/resources/ocr/picture-only-003-p1.docx

Needs only the Python standard library. The page image must be a PNG; its size in the document is A4 width.
"""
import struct
import sys
import zipfile

EMU_PER_INCH = 914400


def png_size(data):
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def main(image_path, docx_path):
    image = open(image_path, "rb").read()
    width_px, height_px = png_size(image)
    width_emu = int(8.27 * EMU_PER_INCH * 0.9)
    height_emu = int(width_emu * height_px / width_px)
    document = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
<w:body><w:p><w:r><w:drawing><wp:inline>
<wp:extent cx="{width_emu}" cy="{height_emu}"/><wp:docPr id="1" name="scan"/>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="scan.png"/><pic:cNvPicPr/></pic:nvPicPr>
<pic:blipFill><a:blip r:embed="rIdImage"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>
</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:body></w:document>"""
    content_types = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
    package_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
    document_rels = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/scan.png"/>
</Relationships>"""
    with zipfile.ZipFile(docx_path, "w", zipfile.ZIP_DEFLATED) as docx:
        # fixed timestamps keep the output byte-for-byte reproducible
        for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", package_rels),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", document_rels),
                           ("word/media/scan.png", image)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            docx.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
