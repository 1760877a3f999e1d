/**
 * App icons for the manifest, generated from public/favicon.svg by @vite-pwa/assets-generator
 * (`npm run icons`; the PNGs are committed, so builds don't need it). Transparent icons keep the
 * rounded square; the maskable one fills the whole canvas with the brand colour and keeps the
 * mark inside the safe zone, so launchers can crop it to any shape.
 */
import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

export default defineConfig({
  headLinkOptions: { preset: '2023' },
  preset: {
    ...minimal2023Preset,
    maskable: {
      ...minimal2023Preset.maskable,
      padding: 0.3,
      resizeOptions: { background: '#1b2a41' },
    },
    apple: {
      ...minimal2023Preset.apple,
      padding: 0.3,
      resizeOptions: { background: '#1b2a41' },
    },
  },
  images: ['public/favicon.svg'],
});
