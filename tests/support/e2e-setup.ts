// A browser test starts Chromium and waits on a real server: seconds, not milliseconds.
jest.setTimeout(120_000);
