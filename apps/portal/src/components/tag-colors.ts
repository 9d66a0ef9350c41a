/**
 * Solid tag colours with white text at 4.5:1 or more (WCAG AA). antd's light presets (green, gold,
 * orange, red text on a pale background) fall to about 3:1, which axe flags.
 */
export const TAG_COLORS = {
  green: '#237804',
  gold: '#874d00',
  orange: '#ad4e00',
  blue: '#0b5cad',
  red: '#a8071a',
  grey: '#595959',
  purple: '#531dab',
} as const;
