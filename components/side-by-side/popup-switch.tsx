/**
 * The toolbar popup's switch for the side-by-side view on the tab's site. The content script
 * follows the stored preference, so the view opens or closes in the tab at once.
 */
import { useEffect, useState } from 'react';
import { followItem, sideBySideSitesItem } from '../../utils/storage';
import { useT } from '../i18n/use-t';
import { setSideBySide, sideBySideKey } from './preference';

export function SideBySideSwitch({ url }: { url: string }) {
  const t = useT();
  const key = sideBySideKey(url);
  const [open, setOpen] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    return followItem(sideBySideSitesItem, (sites) => setOpen(sites?.[key] === true), {
      onError: () => setOpen(false),
    }).off;
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
              setError(e instanceof Error ? e.message : String(e));
            });
          }}
        />
        {t('sideBySide.switch')}
      </label>
      {error && (
        <p className="error" role="alert">
          {t('sideBySide.notSaved', [error])}
        </p>
      )}
    </>
  );
}
