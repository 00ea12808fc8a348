import { MODERATION_REASONS } from '@/lib/moderation-reasons';

/** The moderation reasons as <option>s, for every reason <select> (hide, report, bulk, queue filter). */
export function ReasonOptions() {
  return MODERATION_REASONS.map((r) => (
    <option key={r.code} value={r.code}>
      {r.label}
    </option>
  ));
}
