import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineModule = { SchemaEngine: typeof SchemaEngine; __wbg_set_wasm(exports: unknown): void };

let loaded: EngineModule | undefined;

/**
 * Evaluates wasm-bindgen's generated bindings (an ES module with no imports, only `export function` / `export
 * class`) as a plain function body. A dynamic import() would do, but jest (next/jest compiles import() to
 * require) cannot load ES modules from node_modules; this loads the same code identically under tsx, jest and Node.
 */
function evaluateBindings(source: string): EngineModule {
  const names: string[] = [];
  const body = source.replace(/^export (function|class) ([A-Za-z0-9_$]+)/gm, (_m, kind: string, name: string) => {
    names.push(name);
    return `${kind} ${name}`;
  });
  if (/^\s*(export|import)\s/m.test(body)) {
    throw new Error("Unexpected module syntax in @prisma/schema-engine-wasm's bindings; update scripts/db/wasm.ts.");
  }
  // The engine arms 10-second timers (lock timeouts) that it never clears; they would keep a finished script
  // alive. Its timers go through this shadow so they can be cleared once the engine is freed.
  const shadow = "const setTimeout = (fn, ms) => __timers.add(fn, ms);";
  return new Function("__timers", `${shadow}\n${body}\nreturn { ${names.join(", ")} };`)(engineTimers) as EngineModule;
}

const pendingTimers = new Set<ReturnType<typeof setTimeout>>();
const engineTimers = {
  add(fn: () => void, ms: number) {
    const timer = setTimeout(() => {
      pendingTimers.delete(timer);
      fn();
    }, ms);
    pendingTimers.add(timer);
    return timer;
  },
};

/** Clears timers the engine left behind; call when no engine operation is running. */
export function clearEngineTimers(): void {
  for (const timer of pendingTimers) clearTimeout(timer);
  pendingTimers.clear();
}

/**
 * Loads Prisma's schema engine compiled to WebAssembly (the CLI's native engine cannot be downloaded here).
 * The package's entry imports the .wasm file as an ES module, which Node cannot do, so it is instantiated by hand
 * with the generated bindings as its import object.
 */
export function loadSchemaEngine(): EngineModule {
  if (loaded) return loaded;
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const bindings = evaluateBindings(fs.readFileSync(path.join(pkgDir, "schema_engine_bg.js"), "utf8"));
  const wasmModule = new WebAssembly.Module(fs.readFileSync(path.join(pkgDir, "schema_engine_bg.wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = bindings;
  return loaded;
}
