// @ts-check
import { defineConfig } from 'astro/config';

// A fully static site: every page is pre-rendered at build time from public/data/.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
});
