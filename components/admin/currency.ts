/** "£" for GBP, "€" for EUR…: the symbol shown next to a price input. */
export function currencySymbol(currency: string): string {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).formatToParts(0).find((p) => p.type === "currency")?.value ?? currency;
}
