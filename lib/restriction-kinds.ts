// What a moderator can do to a reader's account: suspend for a number of days, or ban.
export const RESTRICTION_KINDS = [
  { value: '1d', label: 'Suspend for 1 day', days: 1 },
  { value: '7d', label: 'Suspend for 7 days', days: 7 },
  { value: '30d', label: 'Suspend for 30 days', days: 30 },
  { value: 'ban', label: 'Ban', days: null },
] as const;

export type RestrictionKind = (typeof RESTRICTION_KINDS)[number]['value'];
export const RESTRICTION_KIND_VALUES = RESTRICTION_KINDS.map((k) => k.value) as [RestrictionKind, ...RestrictionKind[]];

/** Days of suspension for a kind; null for a ban, which has no end. */
export function restrictionDays(kind: RestrictionKind): number | null {
  return RESTRICTION_KINDS.find((k) => k.value === kind)!.days;
}
