/**
 * Faro's icons as the manifest names them (files under public/, drawn in assets/icons/ and rendered by
 * `npm run icons`). One list for wxt.config.ts and for the tests that check every named file exists.
 */
export const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' } as const;

/** The toolbar button: the night-blue tile reads on light and dark toolbars alike (Chrome has no themed icons). */
export const TOOLBAR_ICONS = { 16: ICONS[16], 32: ICONS[32] } as const;

/**
 * Firefox only (`action.theme_icons`): a one-colour glyph matched to the toolbar, as Firefox's own
 * buttons are. `light` is the icon shown on a dark theme, `dark` the one shown on a light theme.
 */
export const THEME_ICONS = [16, 32].map((size) => ({
  size,
  light: `icon/toolbar-dark-${size}.png`,
  dark: `icon/toolbar-light-${size}.png`,
}));

/** Every icon file the manifests name. */
export const ICON_FILES: readonly string[] = [...new Set([...Object.values(ICONS), ...THEME_ICONS.flatMap((t) => [t.light, t.dark])])];
