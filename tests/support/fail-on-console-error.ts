// A test run fails on any console.error it did not expect: an error logged and swallowed is still a bug.
// A test that expects one mocks console.error itself (jest.spyOn(console, "error").mockImplementation(...)).
const original = console.error;
let unexpected: unknown[][] = [];

beforeEach(() => {
  unexpected = [];
  console.error = (...args: unknown[]) => {
    unexpected.push(args);
    original(...args);
  };
});

afterEach(() => {
  console.error = original;
  if (unexpected.length > 0) {
    const first = unexpected[0].map((a) => (a instanceof Error ? a.stack : String(a))).join(" ");
    throw new Error(`Unexpected console.error (${unexpected.length}): ${first}`);
  }
});
