/** A preferred time window as forms hold it: local "HH:MM" strings. */
export type WindowValue = { start: string; end: string };

/** The saved scheduling preferences as forms hold them (see ZSchedulingPreferencesSchema). */
export type SchedulingPrefsValue = {
  preferredWeekdays: number[];
  preferredWindows: WindowValue[];
  weekdaysOnly: boolean;
  windowsOnly: boolean;
  unavailableDates: string[];
};

// A plain module (not "use client"): server pages spread it into a form's initial values, and a value exported
// from a client module reaches a server component only as a reference, not as the object.
export const NO_PREFERENCES: SchedulingPrefsValue = { preferredWeekdays: [], preferredWindows: [], weekdaysOnly: false, windowsOnly: false, unavailableDates: [] };
