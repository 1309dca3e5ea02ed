// Guards the migration shim (docs/database.md, "The migration shim"): it drives a pinned build of Prisma's WASM
// schema engine through its generated bindings, so a Prisma upgrade must fail here, loudly, before it fails a
// migration on a clinic's machine.
import fs from "node:fs";
import path from "node:path";
import { loadSchemaEngine } from "./wasm";

function version(pkg: string): string {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "node_modules", pkg, "package.json"), "utf8")).version;
}

const declared = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package.json"), "utf8")).dependencies as Record<string, string>;

describe("the migration shim", () => {
  it("pins the Prisma packages to one exact release", () => {
    const prisma = declared["prisma"];
    expect(prisma).toMatch(/^\d+\.\d+\.\d+$/);
    for (const pkg of ["@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"]) {
      expect({ pkg, version: declared[pkg] }).toEqual({ pkg, version: prisma });
      expect({ pkg, installed: version(pkg) }).toEqual({ pkg, installed: prisma });
    }
  });

  it("uses a schema engine build of the same minor release as Prisma", () => {
    const engine = version("@prisma/schema-engine-wasm");
    const [major, minor] = declared["prisma"].split(".");
    expect(engine.startsWith(`${major}.${minor}.`)).toBe(true);
    expect(declared["@prisma/schema-engine-wasm"]).toBe(engine);
  });

  it("loads the engine and finds every operation the migration commands call", () => {
    const { SchemaEngine } = loadSchemaEngine();
    expect(typeof SchemaEngine.new).toBe("function");
    for (const op of ["applyMigrations", "diff", "devDiagnostic", "diagnoseMigrationHistory", "reset"]) {
      expect({ op, type: typeof (SchemaEngine.prototype as unknown as Record<string, unknown>)[op] }).toEqual({ op, type: "function" });
    }
  });
});
