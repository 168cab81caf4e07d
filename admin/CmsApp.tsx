/**
 * Mounts Decap CMS. A React island (client:only) rather than a plain script, so that in
 * `astro dev` the React plugin's refresh preamble is present for the TSX widgets and previews.
 * Decap renders into its own root element; this component renders nothing itself.
 */
import { useEffect } from 'react';

let started = false;

export default function CmsApp() {
  useEffect(() => {
    if (started) return;
    started = true;
    void import('./cms');
  }, []);
  return null;
}
