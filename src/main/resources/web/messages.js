// Every word the page shows, in Thai (the default) and English. Keys are used by app.js and data-i18n attributes.
window.ITA_MESSAGES = {
  th: {
    title: "คลังรายงาน ITA", searchPlaceholder: "ค้นหามาตรการ ตัวชี้วัด รายงาน…", searchButton: "ค้นหา",
    uploadTitle: "เพิ่มไฟล์รายงาน", dropHint: "ลากไฟล์มาวางที่นี่ หรือคลิกเพื่อเลือกไฟล์",
    statusTitle: "สถานะการนำเข้า", failuresTitle: "ไฟล์ที่นำเข้าไม่สำเร็จ", noFailures: "ไม่มี",
    found: "พบ {n} รายการ", nothing: "ไม่พบรายการที่ตรงกับคำค้น", loading: "กำลังค้นหา…", error: "เกิดข้อผิดพลาด: {m}",
    year: "ปีงบประมาณ", organization: "หน่วยงาน", province: "จังหวัด", kind: "ประเภท", form: "แบบวัด", oCode: "ข้อ O",
    oCodeHint: "เช่น O17", apply: "ใช้", remove: "เอาออก", chartTitle: "จำนวนที่พบตามปีงบประมาณ (พ.ศ.)",
    exportCsv: "ส่งออก CSV", exportNdjson: "ส่งออก NDJSON", more: "แสดงเพิ่ม",
    kindReport: "รายงาน", kindMeasure: "มาตรการ", kindIndicator: "ตัวชี้วัด",
    openReport: "เปิดรายงาน", back: "← กลับไปผลการค้นหา", original: "ไฟล์ต้นฉบับ", json: "JSON",
    memo: "บันทึกข้อความ", department: "ส่วนราชการ", phone: "โทร", reference: "ที่", date: "วันที่", subject: "เรื่อง", to: "เรียน",
    measures: "มาตรการ", indicators: "ตัวชี้วัด", problems: "ข้อสังเกตจากการอ่านไฟล์", units: "รายการ",
    code: "ข้อ", titleCol: "ชื่อ", methods: "วิธีการ", responsible: "ผู้รับผิดชอบ", period: "ระยะเวลา",
    results: "ผลการดำเนินการ", suggestions: "ข้อเสนอแนะ", number: "ข้อ", issues: "ประเด็น", oitItems: "ข้อ O",
    queued: "รอคิว", processing: "กำลังประมวลผล", archived: "นำเข้าแล้ว", failed: "ไม่สำเร็จ",
    "needs-ocr": "รอ OCR", duplicate: "ซ้ำกับไฟล์เดิม", uploading: "กำลังส่ง", reports: "รายงาน", "inFlight": "กำลังทำ",
    fiscalYearShort: "ปี", ruleANY_WORD: "(ไม่มีรายการที่มีครบทุกคำ: แสดงรายการที่มีบางคำ)",
    ruleRELAXED: "(พบตรงตามที่พิมพ์น้อย จึงแสดงคำที่สะกดใกล้เคียงต่อท้าย)",
    queryCut: "คำค้นยาว {n} ตัวอักษร จึงค้นเฉพาะ {m} ตัวอักษรแรก"
  },
  en: {
    title: "ITA report archive", searchPlaceholder: "Search measures, indicators, reports…", searchButton: "Search",
    uploadTitle: "Add report files", dropHint: "Drop files here, or click to choose",
    statusTitle: "Ingest status", failuresTitle: "Files that failed", noFailures: "None",
    found: "{n} matches", nothing: "Nothing matches", loading: "Searching…", error: "Something went wrong: {m}",
    year: "Fiscal year", organization: "Organisation", province: "Province", kind: "Kind", form: "Form", oCode: "O-item",
    oCodeHint: "e.g. O17", apply: "Apply", remove: "remove", chartTitle: "Matches per fiscal year (BE)",
    exportCsv: "Export CSV", exportNdjson: "Export NDJSON", more: "Show more",
    kindReport: "report", kindMeasure: "measure", kindIndicator: "indicator",
    openReport: "Open report", back: "← Back to results", original: "Original file", json: "JSON",
    memo: "Memo", department: "Department", phone: "Phone", reference: "Ref.", date: "Date", subject: "Subject", to: "To",
    measures: "Measures", indicators: "Indicators", problems: "Problems found while reading", units: "Units",
    code: "Code", titleCol: "Title", methods: "Methods", responsible: "Responsible", period: "Period",
    results: "Results", suggestions: "Suggestions", number: "No.", issues: "Issues", oitItems: "O-items",
    queued: "queued", processing: "processing", archived: "archived", failed: "failed",
    "needs-ocr": "needs OCR", duplicate: "duplicate", uploading: "sending", reports: "reports", "inFlight": "in flight",
    fiscalYearShort: "FY", ruleANY_WORD: "(no unit has every word: these have some)",
    ruleRELAXED: "(few exact matches, so near spellings follow them)",
    queryCut: "The query is long ({n} characters); only its first {m} were searched."
  }
};
