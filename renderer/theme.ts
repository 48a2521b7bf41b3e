import { Button, createTheme, darken, rem, type ComboboxProps, getPrimaryShade, luminance, type CSSVariablesResolver } from '@mantine/core';

const droppedDown = {
  keepMounted: false,
  position: 'bottom-start',
  middlewares: { flip: true, shift: true, size: true },
} satisfies ComboboxProps;

// One bundled font for both scripts, so Bengali renders the same on every office PC.
export const theme = createTheme({
  fontFamily: "'Noto Sans Bengali', sans-serif",
  headings: { fontFamily: "'Noto Sans Bengali', sans-serif" },
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'sm',
  components: {
    // A closed dropdown's options stay out of the page, so a field's label names one element only.
    // An open one is short and flips above its field when there is no room below, so the dialog's
    // Save / Assign under the last field stays where it can be clicked (a click meant for Save once
    // landed on an option drawn over it).
    Select: { defaultProps: { comboboxProps: droppedDown, maxDropdownHeight: 200 } },
    Autocomplete: { defaultProps: { comboboxProps: droppedDown, maxDropdownHeight: 200 } },
    MultiSelect: { defaultProps: { comboboxProps: droppedDown, maxDropdownHeight: 200 } },
    // Targets of at least 24 px (WCAG 2.5.8): a checkbox's box is 24 px, and the smallest compact button is raised from 22 px.
    Checkbox: { defaultProps: { size: 'md' } },
    Button: Button.extend({
      vars: (_theme, props) => (props.size === 'compact-xs' ? { root: { '--button-height': rem(24) } } : { root: {} }),
    }),
  },
});

/** WCAG's contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The first of the shades, or the darkest made darker step by step, that reads at 4.5:1 on `background`. */
function readableOn(background: string, shades: readonly string[]): string {
  for (const shade of shades) if (contrastRatio(shade, background) >= 4.5) return shade;
  let colour = shades[shades.length - 1] ?? '#000000';
  for (let i = 0; i < 20 && contrastRatio(colour, background) < 4.5; i++) colour = darken(colour, 0.05);
  return colour;
}

/**
 * WCAG 2.1 AA (4.5:1 for text) for every colour Mantine derives from a palette: white on a filled
 * button, coloured text on white (links, badges, outline buttons) and on its own light tint (the
 * light variant, the active nav link). Mantine's defaults miss it: white on teal.6 is 2.6:1, teal.9
 * on teal.1 4.3:1, dimmed gray.6 on white 3.3:1.
 */
export const contrastResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  };
  const shade = getPrimaryShade(t, 'light');
  for (const [name, palette] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'gray') continue;
    const deep = palette.slice(shade);
    const filled = readableOn(t.white, deep);
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
    light[`--mantine-color-${name}-text`] = filled;
    light[`--mantine-color-${name}-outline`] = filled;
    light[`--mantine-color-${name}-light-color`] = readableOn(palette[1] ?? t.white, palette.slice(9));
  }
  light['--mantine-color-anchor'] = `var(--mantine-color-${t.primaryColor}-filled)`;
  light['--mantine-color-error'] = 'var(--mantine-color-red-filled)';
  return { variables: {}, light, dark: {} };
};
