import { csvAmount, csvField, csvResponse, toCsv } from "@/lib/reports/csv";

describe("csvField (RFC 4180)", () => {
  test("plain text and numbers are written as they are", () => {
    expect(csvField("London")).toBe("London");
    expect(csvField(42)).toBe("42");
    expect(csvField(-1250)).toBe("-1250");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(new Date("2030-01-07T08:00:00Z"))).toBe("2030-01-07T08:00:00.000Z");
  });

  test("commas, quotes and line breaks are quoted, quotes doubled", () => {
    expect(csvField("Smith, Anna")).toBe('"Smith, Anna"');
    expect(csvField('The "best" physio')).toBe('"The ""best"" physio"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  test("cells that a spreadsheet would run as a formula are made inert", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+44 20 7946 0000")).toBe("'+44 20 7946 0000");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1:A9)")).toBe("'@SUM(A1:A9)");
    expect(csvField("\t=1+1")).toBe("'\t=1+1");
    expect(csvField("\r=1+1")).toBe("\"'\r=1+1\"");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("-1+2")).toBe("'-1+2");
    expect(csvField("-12.50")).toBe("-12.50");
    expect(csvField("-12.50e3")).toBe("'-12.50e3");
  });
});

describe("toCsv", () => {
  test("header and rows joined with CRLF, trailing CRLF", () => {
    expect(toCsv(["name", "amount"], [["Anna", 10], ["=cmd", -5]])).toBe("name,amount\r\nAnna,10\r\n'=cmd,-5\r\n");
  });

  test("an empty report is just its header", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });
});

describe("csvResponse", () => {
  test("downloads as UTF-8 CSV with a sanitised file name", async () => {
    const res = csvResponse('liability "Q1"/2030.csv', "a\r\n");
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="liability-Q1-2030.csv"');
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect(Buffer.from(await res.arrayBuffer()).toString("hex")).toBe("efbbbf610d0a");
  });
});

test("csvAmount writes minor units with two decimals, exactly", () => {
  expect([csvAmount(0), csvAmount(5), csvAmount(10_001), csvAmount(-250)]).toEqual(["0.00", "0.05", "100.01", "-2.50"]);
  expect(csvField(csvAmount(-250))).toBe("-2.50");
});
