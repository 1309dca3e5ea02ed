// Deterministic randomness for the seed: seeded faker instances (never Math.random) and cuid-shaped ids drawn
// from their own stream, so the same `now` always produces the same rows.
import { Faker, base, en, en_GB, en_US } from "@faker-js/faker";

export const SEED = 20_240_611;

export interface SeedRandom {
  /** UK patient names and addresses. */
  uk: Faker;
  /** US patient names and addresses. */
  us: Faker;
  /** Every other choice (bookings, outcomes, slots). */
  pick: Faker;
  /** A fresh cuid-shaped id ("c" + 24 lower-case base-36 characters). */
  id(): string;
}

export function createRandom(seed: number = SEED): SeedRandom {
  const uk = new Faker({ locale: [en_GB, en, base] });
  uk.seed(seed);
  const us = new Faker({ locale: [en_US, en, base] });
  us.seed(seed + 1);
  const pick = new Faker({ locale: [en, base] });
  pick.seed(seed + 2);
  const ids = new Faker({ locale: [base] });
  ids.seed(seed + 3);
  const used = new Set<string>();
  return {
    uk,
    us,
    pick,
    id() {
      for (;;) {
        const value = `c${ids.string.alphanumeric({ length: 24, casing: "lower" })}`;
        if (!used.has(value)) {
          used.add(value);
          return value;
        }
      }
    },
  };
}
