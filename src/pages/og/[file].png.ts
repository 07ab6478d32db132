// The share image of every profile (see src/lib/site/share-images.ts), under a hashed name.
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImages } from '../../lib/site/share-images.ts';

export const getStaticPaths: GetStaticPaths = async () => [...(await shareImages()).values()].map((image) => ({
  params: { file: image.path.replace(/^\/og\//, '').replace(/\.png$/, '') },
  props: { png: image.png },
}));

export const GET: APIRoute = ({ props }) => new Response(Uint8Array.from(props.png as Uint8Array), { headers: { 'Content-Type': 'image/png' } });
