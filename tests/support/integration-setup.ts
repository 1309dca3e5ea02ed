// Integration tests talk to a real database; the first one of a file also creates and migrates it.
// (`testTimeout` inside a jest project entry is ignored: it is a global option, so it is set here.)
jest.setTimeout(60_000);

export {};
