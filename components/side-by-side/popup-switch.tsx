/**
 * The toolbar popup's switch for the side-by-side view on the tab's site. The content script
 * follows the stored preference, so the view opens or closes in the tab at once.
 */
import { useEffect, useState } from 'react';
import { sideBySideSitesItem } from '../../utils/storage';
import { setSideBySide, sideBySideKey } from './preference';

export function SideBySideSwitch({ url }: { url: string }) {
  const key = sideBySideKey(url);
  const [open, setOpen] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    sideBySideSitesItem.getValue().then(
      (sites) => live && setOpen(sites[key] === true),
      () => live && setOpen(false),
    );
    const unwatch = sideBySideSitesItem.watch((sites) => setOpen(sites?.[key] === true));
    return () => {
      live = false;
      unwatch();
    };
  }, [key]);

  return (
    <>
      <label className="switch">
        <input
          type="checkbox"
          data-testid="side-by-side-switch"
          checked={open === true}
          disabled={open === null}
          onChange={(event) => {
            const next = event.target.checked;
            setOpen(next);
            setError(null);
            setSideBySide(url, next).catch((e: unknown) => {
              setOpen(!next);
              setError(`Not saved: ${e instanceof Error ? e.message : String(e)}`);
            });
          }}
        />
        Side by side with the official English (Alt+Shift+S)
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
