/** Values some calculator inputs take, without their schemas (for forms that only list the choices). */

/** Dibao classes where a place classifies dibao households (渝中: 低保A类); `none` if not a dibao household. */
export const DIBAO_CLASSES = ['A', 'B', 'C', 'none'] as const;
/** How grave a hardship is: `major` is fire, traffic accident, sudden grave illness (重大生活困难). */
export const SEVERITIES = ['general', 'major'] as const;
