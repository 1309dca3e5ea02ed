/**
 * A value built afresh before each test and read through one constant, instead of a `let` that every test file
 * declares and reassigns in its own beforeEach:
 *   const s = perTest(() => buildBookingScenario(db.prisma));   // s.patient.id inside any test or helper
 * Hooks run in the order they were registered, so a later perTest may read an earlier one. Reading it outside a
 * test (or after its build failed) throws rather than handing over the previous test's value.
 */
export function perTest<T extends object>(build: () => Promise<T>): T {
  let current: T | undefined;
  beforeEach(async () => {
    current = undefined;
    current = await build();
  });
  const value = (): T => {
    if (current === undefined) throw new Error("perTest(): read outside a test, or its beforeEach failed.");
    return current;
  };
  return new Proxy({} as T, {
    get: (_target, property) => Reflect.get(value(), property),
    has: (_target, property) => Reflect.has(value(), property),
    ownKeys: () => Reflect.ownKeys(value()),
    getOwnPropertyDescriptor: (_target, property) => Reflect.getOwnPropertyDescriptor(value(), property),
  });
}
