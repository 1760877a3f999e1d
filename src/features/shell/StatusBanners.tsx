import { useEffect, type ReactNode } from 'react';
import { applyUpdate, useUpdateStore } from '../../stores/updateStore';
import { probeStorage, useStorageHealth } from '../../stores/storageHealth';
import './shell.css';

/**
 * Messages every screen can show: a new version is ready (the learner chooses when to reload),
 * the app now works offline, progress can't be saved, or this tab is outdated. They float over
 * the foot of the window (shell.css) instead of sitting above the page, so appearing (the
 * service worker finishing its install, a storage probe failing) pushes nothing down. The polite
 * live region is always in the page, so what appears in it is announced.
 */
export function StatusBanners() {
  const { updateReady, offlineReady, reloading } = useUpdateStore();
  const health = useStorageHealth((s) => s.health);
  // Once per app start: whether this browser keeps site data at all (the banner below).
  useEffect(probeStorage, []);

  return (
    <div className="app-banners">
      {health.kind === 'outdated' && (
        <ReloadBanner>
          A newer version of the app is open in another tab and has updated your saved data. Reload
          this tab to keep studying; your reviews so far are saved.
        </ReloadBanner>
      )}
      {health.kind === 'cleared' && (
        <ReloadBanner>
          This browser’s data for the app was just cleared. Reload to start fresh; if you have a
          backup file, you can restore it from <a href="/data">Your data</a>.
        </ReloadBanner>
      )}
      {health.kind === 'unavailable' && (
        <div className="app-banner app-banner--error" role="alert">
          <p>
            <strong>Progress can’t be saved in this browser</strong> (private browsing, or site data
            is blocked). You can study now, but this session’s reviews are lost when you close the
            tab.
          </p>
        </div>
      )}
      <div role="status" className="app-banners__status">
        {updateReady && (health.kind === 'ok' || health.kind === 'unavailable') && (
          <div className="app-banner">
            <p>{reloading ? 'Saving your reviews, then reloading…' : 'A new version is ready.'}</p>
            {!reloading && (
              <button type="button" className="button" onClick={() => void applyUpdate()}>
                Reload
              </button>
            )}
          </div>
        )}
        {offlineReady && !updateReady && (
          <div className="app-banner">
            <p>Ready to work offline: every chapter, card and question is on this device now.</p>
          </div>
        )}
      </div>
    </div>
  );
}

/** A warning that only a reload resolves, with the button to do it. */
function ReloadBanner({ children }: { children: ReactNode }) {
  return (
    <div className="app-banner app-banner--warn" role="alert">
      <p>{children}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
